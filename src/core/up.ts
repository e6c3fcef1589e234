// The `up` pipeline, shared by the action's main step and the CLI's `up` command.

import type { SetupContext, SetupFacts } from './context.js';
import { PipelineError, runPipeline, type PipelineHooks, type Step, type StepRecord } from './pipeline.js';
import { collectDiagnostics } from './steps/diagnostics.js';
import { settleBackground } from './background.js';
import { clusterStep } from './steps/cluster.js';
import { dockerHostStep } from './steps/docker-host.js';
import { cacheRestoreStep } from './steps/cache-restore.js';
import { installStep } from './steps/install.js';
import { nodeImagesStep } from './steps/node-images.js';
import { kubeconfigStep } from './steps/kubeconfig.js';
import { readinessStep } from './steps/readiness.js';
import { linuxServiceStep } from './steps/linux-service.js';
import { machineStep } from './steps/machine.js';
import { preflightStep } from './steps/preflight.js';

export const UP_STEPS: readonly Step[] = [
  preflightStep,
  cacheRestoreStep,
  installStep,
  machineStep,
  linuxServiceStep,
  dockerHostStep,
  nodeImagesStep,
  clusterStep,
  kubeconfigStep,
  readinessStep,
];

export interface UpResult {
  records: StepRecord[];
  outputs: Record<string, string>;
  /** True when no step changed anything: the setup was already in place. */
  unchanged: boolean;
}

/** How long a failed run waits for background work, such as a cache restore, before reporting. */
const FAILURE_SETTLE_MS = 10_000;

/** Steps after which a failure is worth a diagnostics dump: a machine or a cluster exists to inspect. */
const DIAGNOSED_STEPS = new Set(['machine', 'podman-service', 'docker-host', 'cluster', 'kubeconfig', 'readiness']);

/** Runs the pipeline; on a failure past the installs it shows the Diagnostics group, then rethrows. */
export async function runUp(context: SetupContext, hooks: PipelineHooks = {}): Promise<UpResult> {
  let records: StepRecord[];
  try {
    records = await runPipeline(UP_STEPS, context, hooks);
  } catch (error) {
    await settleBackground(context, context.signal.aborted ? 0 : FAILURE_SETTLE_MS);
    if (error instanceof PipelineError && DIAGNOSED_STEPS.has(error.step.id) && !context.signal.aborted && !context.runner.dryRun) {
      await collectDiagnostics(context);
    }
    throw error;
  }
  // A machine image fetched ahead for a machine that turned out to exist is not needed any more.
  await settleBackground(context);
  return {
    records,
    outputs: outputsFrom(context.facts),
    unchanged: records.every((record) => record.status !== 'changed'),
  };
}

/** Maps the facts to the action's outputs by output name, leaving out empty values. */
export function outputsFrom(facts: SetupFacts): Record<string, string> {
  const outputs: Record<string, string | undefined> = {
    'docker-host': facts.dockerHost,
    'podman-socket': facts.socketPath,
    'podman-version': facts.versions?.podman,
    'machine-provider': facts.machineProvider,
    kubeconfig: facts.cluster?.kubeconfigPath,
    'cluster-name': facts.cluster?.kubeconfigPath ? facts.cluster.name : undefined,
    'api-server': facts.cluster?.apiServer,
    'k3d-version': facts.cluster ? facts.versions?.k3d : undefined,
    'k3s-version': facts.cluster?.k3sVersion,
    diagnostics: facts.diagnosticsFile,
    'cache-hit': facts.cacheHits ? String(Object.values(facts.cacheHits).every(Boolean)) : undefined,
  };
  return Object.fromEntries(
    Object.entries(outputs).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
