// Tearing down what `up` set up: the action's post step and the CLI's `down` command.

import { readFile } from 'node:fs/promises';

import { describeError, formatArgv } from './errors.js';
import { runUnchecked } from './command.js';
import type { SetupContext } from './context.js';
import { machineEnv } from './steps/machine-inspect.js';
import { k3dArgv, k3dEnv } from '../tools/k3d.js';
import { podmanArgv } from '../tools/podman.js';

/** The state `up` leaves for teardown, saved between the two runs. */
export interface TeardownState {
  os: string;
  machineName: string;
  /** A `podman system service` that `up` started on Linux. */
  servicePid?: number;
  socketPath?: string;
  dockerHost?: string;
  dockerSock?: string;
  /** The k3d cluster `up` created or reused; deleted before the runtime stops. */
  clusterName?: string;
  /** A registry `up` created for the cluster. */
  registry?: string;
}

export interface TeardownResult {
  actions: string[];
  /** Problems met on the way; teardown goes on past each one. */
  warnings: string[];
}

/** Deletes the cluster and its registry. Deleting a missing cluster succeeds (k3d exits 0). */
export async function deleteCluster(context: SetupContext, state: TeardownState): Promise<TeardownResult> {
  const result: TeardownResult = { actions: [], warnings: [] };
  if (!state.clusterName || !state.dockerHost || !state.dockerSock) return result;
  const env = k3dEnv(state.dockerHost, state.dockerSock);

  await runTeardownCommand(context, result, k3dArgv.clusterDelete(state.clusterName), `deleted cluster ${state.clusterName}`, env);
  if (state.registry) {
    await runTeardownCommand(context, result, k3dArgv.registryDelete(state.registry), `deleted registry ${state.registry}`, env);
  }
  return result;
}

/** Runs one teardown command; its failure becomes a warning so the rest of the teardown goes on. */
async function runTeardownCommand(
  context: SetupContext,
  result: TeardownResult,
  argv: string[],
  done: string,
  env: Record<string, string> = machineEnv(context.config),
): Promise<void> {
  try {
    const run = await runUnchecked(context, { argv, timeoutMs: 180_000, env });
    if (run.exitCode === 0) result.actions.push(done);
    else result.warnings.push(`${formatArgv(argv)} exited ${run.exitCode}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  } catch (error) {
    result.warnings.push(`${formatArgv(argv)} failed: ${describeError(error)}`);
  }
}

/**
 * Stops the machine (macOS) and, with `removeMachine`, removes it with its disk; on Linux stops
 * the API service `up` started. Failures become warnings in the result instead of exceptions.
 */
export async function stopRuntime(
  context: SetupContext,
  state: TeardownState,
  options: { removeMachine?: boolean } = {},
): Promise<TeardownResult> {
  const result: TeardownResult = { actions: [], warnings: [] };

  if (state.os === 'darwin' && options.removeMachine) {
    await runTeardownCommand(context, result, podmanArgv.machineRemove(state.machineName), `removed machine ${state.machineName}`);
    return result;
  }
  if (state.os === 'darwin') {
    await runTeardownCommand(context, result, podmanArgv.machineStop(state.machineName), `stopped machine ${state.machineName}`);
    return result;
  }

  if (state.servicePid !== undefined) {
    // A pid can be reused once its process ends: only a process that still is our service is stopped.
    const commandLine = await readFile(`/proc/${state.servicePid}/cmdline`, 'utf8').catch(() => '');
    const isService = commandLine.split('\0').includes('service') && commandLine.includes('podman');
    // The service was started in its own process group, so the group id is its pid.
    if (isService && context.platform.kill(-state.servicePid, 'SIGTERM')) {
      result.actions.push(`stopped podman system service (pid ${state.servicePid})`);
    } else {
      result.actions.push(`podman system service (pid ${state.servicePid}) had already stopped`);
    }
  }
  return result;
}
