// Builds the core's context for the action's main and post steps.

import { join } from 'node:path';
import { tmpdir } from 'node:os';

import type { Config } from '../core/config.js';
import type { SetupContext } from '../core/context.js';
import { processPlatform } from '../adapters/platform.js';
import { ProcessRunner } from '../adapters/process-runner.js';
import { actionCache, actionEnvironment, actionReporter } from './adapters.js';

export function actionContext(config: Config, signal: AbortSignal): { context: SetupContext; runner: ProcessRunner } {
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir();
  const stateDir = join(runnerTemp, 'setup-podman-k3d');
  const runner = new ProcessRunner({ debug: (message) => actionReporter.debug(message) });
  const context: SetupContext = {
    config,
    runner,
    reporter: actionReporter,
    environment: actionEnvironment,
    platform: processPlatform({ stateDir, toolDir: join(stateDir, 'bin'), cacheDir: join(stateDir, 'cache') }),
    cache: actionCache,
    facts: {},
    signal,
  };
  return { context, runner };
}

/** Aborts `controller` on SIGINT or SIGTERM (the runner cancelling the job) and stops running commands. */
export function stopOnSignals(controller: AbortController, runner: ProcessRunner): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      controller.abort();
      runner.stopAll();
    });
  }
}
