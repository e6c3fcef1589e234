// Install: the Docker CLI, Podman, k3d and kubectl, each skipped when a satisfying version is on
// PATH (k3d and kubectl only when a cluster is requested). Downloads
// and package installs run in parallel; Homebrew formulae go in one `brew install`, because two
// Homebrew processes at once fail on its lock.

import { SetupError } from '../errors.js';
import type { Step } from '../pipeline.js';
import { brewInstall } from './install-brew.js';
import { dockerPlan, installDockerRelease } from './install-docker.js';
import { installBinary, k3dPlan, kubectlPlan } from './install-binaries.js';
import { installPodmanPackage, podmanPlan } from './install-podman.js';
import type { SetupContext } from '../context.js';
import { startBackground } from '../background.js';
import { startMachineImageFetch } from './machine-image.js';

/** The plan for one tool: keep the one on PATH, or install it by one method. */
export type InstallPlan =
  | { tool: string; action: 'keep'; version: string }
  | { tool: string; action: 'brew'; formula: string }
  | { tool: string; action: 'release'; version: string };

export const installStep: Step = {
  id: 'install',
  title: 'Install tools',
  deadlineMs: () => 15 * 60_000,

  async run(context) {
    // k3d and kubectl are needed only by the cluster step: they install while the machine starts.
    // It runs past this step, so only a cancelled run stops it, not this step's deadline.
    const background = { ...context, signal: context.runSignal ?? context.signal };
    if (context.config.createCluster) startBackground(context, CLUSTER_TOOLS, installClusterTools(background));

    const plans = await planRuntime(context);
    // A new machine needs the image of the Podman about to be installed, so it downloads meanwhile.
    const podmanRelease = plans.find((plan) => plan.tool === 'podman' && plan.action === 'release');
    if (podmanRelease?.action === 'release') await startMachineImageFetch(context, podmanRelease.version);
    const alreadyInstalled = plans.filter((plan) => plan.action === 'keep');
    const brewPlans = plans.filter((plan) => plan.action === 'brew');
    const releasePlans = plans.filter((plan) => plan.action === 'release');

    const work: Promise<void>[] = [];
    if (brewPlans.length > 0) {
      work.push(brewInstall(context, brewPlans.map((plan) => plan.formula)));
    }
    for (const plan of releasePlans) {
      if (plan.tool === 'podman') work.push(installPodmanPackage(context, plan.version));
      else if (plan.tool === 'docker') work.push(installDockerRelease(context, plan.version));
      else work.push(installBinary(context, plan.tool, plan.version));
    }
    await settleAll(work);

    // Only an install changes what is on PATH, so the tools are checked again only after one.
    const verified = context.runner.dryRun || work.length === 0 ? plans : await planRuntime(context);
    for (const plan of verified) {
      if (plan.action !== 'keep') {
        throw new SetupError(`${plan.tool} is still missing or too old after installing it.`, {
          hint: `Check that the installed ${plan.tool} comes first on PATH (\`which ${plan.tool}\`).`,
        });
      }
      context.facts.versions = { ...context.facts.versions, [plan.tool]: plan.version };
    }

    const detail = plans
      .map((plan) => (plan.action === 'keep' ? `${plan.tool} ${plan.version} already installed` : `${plan.tool} installed (${plan.action})`))
      .join('; ');
    return { changed: alreadyInstalled.length < plans.length, detail };
  },
};

/** The background task that installs k3d and kubectl; the cluster step waits for it. */
export const CLUSTER_TOOLS = 'cluster-tools';

function planRuntime(context: SetupContext): Promise<InstallPlan[]> {
  return Promise.all([dockerPlan(context), podmanPlan(context)]);
}

async function installClusterTools(context: SetupContext): Promise<void> {
  const plans = await Promise.all([k3dPlan(context), kubectlPlan(context)]);
  const downloaded = new Set(plans.filter((plan) => plan.action === 'release').map((plan) => plan.tool));
  await settleAll(plans.filter((plan) => plan.action === 'release').map((plan) => installBinary(context, plan.tool, plan.version)));

  const verified = context.runner.dryRun || downloaded.size === 0 ? plans : await Promise.all([k3dPlan(context), kubectlPlan(context)]);
  for (const plan of verified) {
    if (plan.action !== 'keep' && !context.runner.dryRun) {
      throw new SetupError(`${plan.tool} is still missing or too old after installing it.`);
    }
    if (plan.action === 'brew') continue;
    context.facts.versions = { ...context.facts.versions, [plan.tool]: plan.version };
    let outcome = `${plan.version} already installed`;
    if (plan.action !== 'keep') outcome = `${plan.version} would be installed`;
    else if (downloaded.has(plan.tool)) outcome = `${plan.version} installed (release, SHA-256 verified)`;
    context.reporter.info(`${plan.tool}: ${outcome}`);
  }
}

/** Waits for every install, then throws the first failure, so no install is left running. */
async function settleAll(work: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(work);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}
