// The Reporter and Environment ports for a terminal: plain lines on stderr (stdout is kept for
// results such as `env`'s export lines and `--json`), with registered secrets masked.

import type { Environment, Reporter } from '../ports.js';
import { formatDuration, type StepRecord } from '../core/pipeline.js';

export interface TerminalOptions {
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  /** On a terminal the running step's line is redrawn with its elapsed time; elsewhere it is printed once. */
  interactive: boolean;
  write: (text: string) => void;
}

const REDRAW_INTERVAL_MS = 100;

export class TerminalReporter implements Reporter {
  private readonly secrets: string[] = [];
  private progress: { title: string; started: number; timer: NodeJS.Timeout } | undefined;

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
    if (this.options.quiet) return body();
    if (!this.options.interactive) {
      this.line(`${this.paint('1', '▸')} ${title}`);
      return body();
    }

    const timer = setInterval(() => this.drawProgress(), REDRAW_INTERVAL_MS);
    timer.unref();
    this.progress = { title, started: performance.now(), timer };
    this.drawProgress();
    try {
      return await body();
    } finally {
      clearInterval(timer);
      this.progress = undefined;
      this.options.write('\r\u001b[2K');
    }
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
    // A message during a step goes above the progress line, which is then drawn again below it.
    const clear = this.progress ? '\r\u001b[2K' : '';
    this.options.write(`${clear}${this.mask(text)}\n`);
    if (this.progress) this.drawProgress();
  }

  private drawProgress(): void {
    if (!this.progress) return;
    const elapsed = formatDuration(performance.now() - this.progress.started);
    this.options.write(`\r\u001b[2K${this.paint('1', '▸')} ${this.progress.title} ${this.paint('2', elapsed)}`);
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
    if (this.paths.includes(directory)) return;
    this.paths.push(directory);
    if (!this.dryRun) process.env.PATH = `${directory}:${process.env.PATH ?? ''}`;
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
}
