// Install: the Docker CLI and Podman, each skipped when a satisfying version is on PATH. Downloads
// and package installs run in parallel; Homebrew formulae go in one `brew install`, because two
// Homebrew processes at once fail on its lock.

import { SetupError } from '../errors.js';
import type { Step } from '../pipeline.js';
import { brewInstall } from './install-brew.js';
import { dockerPlan, installDockerRelease } from './install-docker.js';
import { installPodmanPackage, podmanPlan } from './install-podman.js';

/** What to do about one tool: nothing (it is on PATH), or install it by one method. */
export type InstallPlan =
  | { tool: string; action: 'keep'; version: string }
  | { tool: string; action: 'brew'; formula: string }
  | { tool: string; action: 'release'; version: string };

export const installStep: Step = {
  id: 'install',
  title: 'Install Docker CLI and Podman',
  deadlineMs: () => 15 * 60_000,

  async run(context) {
    const plans = await Promise.all([dockerPlan(context), podmanPlan(context)]);
    const kept = plans.filter((plan) => plan.action === 'keep');
    const brewPlans = plans.filter((plan) => plan.action === 'brew');
    const releasePlans = plans.filter((plan) => plan.action === 'release');

    const work: Promise<void>[] = [];
    if (brewPlans.length > 0) {
      work.push(brewInstall(context, brewPlans.map((plan) => plan.formula)));
    }
    for (const plan of releasePlans) {
      work.push(plan.tool === 'podman' ? installPodmanPackage(context, plan.version) : installDockerRelease(context, plan.version));
    }
    await settleAll(work);

    const verified = context.runner.dryRun ? plans : await Promise.all([dockerPlan(context), podmanPlan(context)]);
    for (const plan of verified) {
      if (plan.action !== 'keep') {
        throw new SetupError(`${plan.tool} is still missing or too old after installing it.`, {
          hint: `Check that the installed ${plan.tool} comes first on PATH (\`which ${plan.tool}\`).`,
        });
      }
      if (plan.tool === 'podman') context.facts.podmanVersion = plan.version;
      else context.facts.dockerVersion = plan.version;
    }

    const detail = plans
      .map((plan) => (plan.action === 'keep' ? `${plan.tool} ${plan.version} already installed` : `${plan.tool} installed (${plan.action})`))
      .join('; ');
    return { changed: kept.length < plans.length, detail };
  },
};

/** Waits for every install, then throws the first failure, so no install is left running. */
async function settleAll(work: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(work);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}
