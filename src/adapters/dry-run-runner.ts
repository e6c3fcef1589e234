// A Runner for --dry-run: commands that only read state run for real, every other command is
// printed instead of run and reported as successful.

import { formatArgv } from '../core/errors.js';
import type { CommandRequest, CommandResult, DetachedRequest, Runner } from '../ports.js';

export class DryRunRunner implements Runner {
  readonly dryRun = true;

  constructor(
    private readonly inner: Runner,
    private readonly print: (line: string) => void,
  ) {}

  run(request: CommandRequest): Promise<CommandResult> {
    if (request.readOnly) return this.inner.run(request);
    this.print(`[dry run] would run: ${withEnv(request.env)}${formatArgv(request.argv)}`);
    return Promise.resolve({ exitCode: 0, stdout: '', stderr: '', durationMs: 0 });
  }

  spawnDetached(request: DetachedRequest): Promise<number> {
    this.print(`[dry run] would start in the background: ${withEnv(request.env)}${formatArgv(request.argv)} (log ${request.logFile})`);
    return Promise.resolve(0);
  }

  which(name: string): Promise<string | undefined> {
    return this.inner.which(name);
  }
}

function withEnv(env: CommandRequest['env']): string {
  const assignments = Object.entries(env ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${value} `);
  return assignments.join('');
}
