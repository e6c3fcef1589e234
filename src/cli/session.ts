// The session every command opens: a context on this machine, a reporter, and cancellation on Ctrl-C.

import { parseConfig, type Config } from '../core/config.js';
import type { SetupContext } from '../core/context.js';
import type { RawInputs } from '../core/inputs.js';
import { DryRunRunner } from '../adapters/dry-run-runner.js';
import { processPlatform, userCacheDir } from '../adapters/platform.js';
import { ProcessRunner } from '../adapters/process-runner.js';
import { ProcessEnvironment, TerminalReporter, useColor } from './terminal.js';
import { localCache } from './local-cache.js';
import { join } from 'node:path';

export interface SessionOptions {
  settings: RawInputs;
  dryRun?: boolean;
  /** With --json, stdout carries only the JSON, so the dry run's command lines go to stderr. */
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export interface Session {
  config: Config;
  context: SetupContext;
  reporter: TerminalReporter;
  environment: ProcessEnvironment;
  stateDir: string;
  /** Stops the commands still running and removes the signal handlers. */
  close(): void;
}

let cancelled = false;

/** True once SIGINT or SIGTERM arrived; the command then exits with 130, as shells expect. */
export function wasCancelled(): boolean {
  return cancelled;
}

export function openSession(options: SessionOptions): Session {
  const config = parseConfig(options.settings);
  const reporter = new TerminalReporter({
    quiet: options.quiet ?? false,
    verbose: options.verbose ?? false,
    color: useColor(process.stderr, process.env),
    interactive: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
    write: (text) => process.stderr.write(text),
  });

  const processRunner = new ProcessRunner({ debug: (message) => reporter.debug(message) });
  const dryRunOutput = options.json ? process.stderr : process.stdout;
  const runner = options.dryRun ? new DryRunRunner(processRunner, (line) => dryRunOutput.write(`${line}\n`)) : processRunner;
  const stateDir = process.env.SETUP_PODMAN_K3D_STATE_DIR || userCacheDir();
  const environment = new ProcessEnvironment(options.dryRun ?? false);

  // Ctrl-C aborts the pipeline; the runner then stops every command it started.
  const controller = new AbortController();
  const onSignal = () => {
    cancelled = true;
    controller.abort();
    processRunner.stopAll();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const context: SetupContext = {
    config,
    runner,
    reporter,
    environment,
    platform: processPlatform({ stateDir, toolDir: join(stateDir, 'bin'), cacheDir: join(stateDir, 'cache') }),
    cache: localCache,
    facts: {},
    signal: controller.signal,
  };

  return {
    config,
    context,
    reporter,
    environment,
    stateDir,
    close() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      processRunner.stopAll();
    },
  };
}
