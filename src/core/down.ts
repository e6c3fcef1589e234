// Tearing down what `up` set up: the action's post step and the CLI's `down` command.

import { readFile } from 'node:fs/promises';

import { describeError } from './errors.js';
import { runUnchecked } from './command.js';
import type { SetupContext } from './context.js';
import { machineEnv } from './steps/machine-inspect.js';
import { k3dArgv, k3dEnv } from '../tools/k3d.js';
import { podmanArgv } from '../tools/podman.js';

/** What `up` left behind that teardown needs, saved between the two runs. */
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

  const commands: Array<[string[], string]> = [[k3dArgv.clusterDelete(state.clusterName), `deleted cluster ${state.clusterName}`]];
  if (state.registry) commands.push([k3dArgv.registryDelete(state.registry), `deleted registry ${state.registry}`]);
  for (const [argv, done] of commands) {
    try {
      const run = await runUnchecked(context, { argv, timeoutMs: 180_000, env });
      if (run.exitCode === 0) result.actions.push(done);
      else result.warnings.push(`${argv.join(' ')} exited ${run.exitCode}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
    } catch (error) {
      result.warnings.push(`${argv.join(' ')} failed: ${describeError(error)}`);
    }
  }
  return result;
}

/** Stops the machine (macOS) or the API service `up` started (Linux). Never throws. */
export async function stopRuntime(context: SetupContext, state: TeardownState): Promise<TeardownResult> {
  const result: TeardownResult = { actions: [], warnings: [] };

  if (state.os === 'darwin') {
    try {
      const stop = await runUnchecked(context, {
        argv: podmanArgv.machineStop(state.machineName),
        timeoutMs: 120_000,
        env: machineEnv(context.config),
      });
      if (stop.exitCode === 0) result.actions.push(`stopped machine ${state.machineName}`);
      else result.warnings.push(`podman machine stop ${state.machineName} exited ${stop.exitCode}: ${stop.stderr.trim()}`);
    } catch (error) {
      result.warnings.push(`podman machine stop ${state.machineName} failed: ${describeError(error)}`);
    }
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
