// Tearing down what `up` set up: the action's post step and the CLI's `down` command.

import { readFile } from 'node:fs/promises';

import { describeError } from './errors.js';
import { runUnchecked } from './command.js';
import type { SetupContext } from './context.js';
import { machineEnv } from './steps/machine-inspect.js';
import { podmanArgv } from '../tools/podman.js';

/** What `up` left behind that teardown needs, saved between the two runs. */
export interface TeardownState {
  os: string;
  machineName: string;
  /** A `podman system service` that `up` started on Linux. */
  servicePid?: number;
  socketPath?: string;
}

export interface TeardownResult {
  actions: string[];
  /** Problems met on the way; teardown goes on past each one. */
  warnings: string[];
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
