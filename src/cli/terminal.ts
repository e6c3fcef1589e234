// The Reporter and Environment ports for a terminal: plain lines on stderr (stdout is kept for
// results such as `env`'s export lines and `--json`), with registered secrets masked.

import type { Environment, Reporter } from '../ports.js';
import { formatDuration, type StepRecord } from '../core/pipeline.js';

export interface TerminalOptions {
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  write: (text: string) => void;
}

export class TerminalReporter implements Reporter {
  private readonly secrets: string[] = [];

  constructor(private readonly options: TerminalOptions) {}

  info(message: string): void {
    if (!this.options.quiet) this.line(`  ${message}`);
  }

  warning(message: string): void {
    this.line(`${this.paint('33', 'warning:')} ${message}`);
  }

  debug(message: string): void {
    if (this.options.verbose) this.line(`  ${this.paint('2', message)}`);
  }

  secret(value: string): void {
    if (value.length >= 4) this.secrets.push(value);
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (!this.options.quiet) this.line(`${this.paint('1', '▸')} ${title}`);
    return body();
  }

  stepEnd(record: StepRecord): void {
    if (this.options.quiet && record.status !== 'failed') return;
    const mark = { changed: this.paint('32', '✓'), unchanged: this.paint('32', '✓'), skipped: '-', failed: this.paint('31', '✗') }[record.status];
    const duration = record.status === 'skipped' ? '' : ` (${formatDuration(record.durationMs)})`;
    this.line(`${mark} ${record.title}: ${record.detail}${duration}`);
  }

  error(message: string): void {
    this.line(`${this.paint('31', 'error:')} ${message}`);
  }

  /** Replaces every registered secret in `text`. */
  mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join('***');
    return masked;
  }

  private line(text: string): void {
    this.options.write(`${this.mask(text)}\n`);
  }

  private paint(code: string, text: string): string {
    return this.options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Applies exports to this process (so later steps see them) and records them for printing. */
export class ProcessEnvironment implements Environment {
  readonly exported: Record<string, string> = {};
  readonly paths: string[] = [];
  readonly outputs: Record<string, string> = {};

  constructor(private readonly dryRun: boolean) {}

  exportVariable(name: string, value: string): void {
    this.exported[name] = value;
    if (!this.dryRun) process.env[name] = value;
  }

  addPath(directory: string): void {
    this.paths.push(directory);
    if (!this.dryRun) process.env.PATH = `${directory}:${process.env.PATH ?? ''}`;
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
}
