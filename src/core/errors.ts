// Typed errors. Each one carries what failed and a hint with what the user should do next, so the
// action and the CLI can print the same message.

/** Base class: a failure the user can act on. */
export class SetupError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SetupError';
    this.hint = options.hint;
  }

  /** Returns the message followed by the hint, as printed to the user. */
  describe(): string {
    return this.hint ? `${this.message}\nHint: ${this.hint}` : this.message;
  }
}

/** An input or flag value that does not have the accepted form. Raised before anything changes. */
export class InputError extends SetupError {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
  ) {
    super(`Invalid input '${input}': ${quote(value)}. Expected ${accepted}.`);
    this.name = 'InputError';
  }
}

/** A command line that cannot be understood: an unknown flag, a missing value, a stray argument. */
export class UsageError extends SetupError {
  constructor(message: string, hint?: string) {
    super(message, { hint });
    this.name = 'UsageError';
  }
}

/** Several invalid inputs, reported together so the user fixes them in one go. */
export class InputErrors extends SetupError {
  constructor(readonly errors: InputError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'InputErrors';
  }
}

const STDERR_TAIL_LINES = 15;

/** A command that exited non-zero, or timed out. */
export class CommandError extends SetupError {
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number | undefined,
    readonly stderr: string,
    options: { hint?: string; timedOutAfterMs?: number; stdout?: string } = {},
  ) {
    super(commandFailureMessage(argv, exitCode, stderr, options.timedOutAfterMs, options.stdout), {
      hint: options.hint,
    });
    this.name = 'CommandError';
  }

  get timedOut(): boolean {
    return this.exitCode === undefined;
  }
}

function commandFailureMessage(
  argv: readonly string[],
  exitCode: number | undefined,
  stderr: string,
  timedOutAfterMs: number | undefined,
  stdout: string | undefined,
): string {
  const command = formatArgv(argv);
  const head =
    timedOutAfterMs !== undefined
      ? `Command timed out after ${Math.round(timedOutAfterMs / 1000)} s: ${command}`
      : `Command failed with exit code ${exitCode}: ${command}`;

  // Some tools (k3d's INFO lines, podman's progress) print their reason on stdout.
  const detail = tail(stderr.trim() ? stderr : (stdout ?? ''), STDERR_TAIL_LINES);
  return detail ? `${head}\n${detail}` : `${head}\n(no output on stderr)`;
}

/** Last `count` non-empty lines of `text`. */
export function tail(text: string, count: number): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(-count).join('\n');
}

/** Returns the first line of `text`, for one-line summaries of multi-line errors. */
export function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** Formats a command line for display, quoting each argument only when it needs it. */
export function formatArgv(argv: readonly string[]): string {
  return argv.map(quoteArgument).join(' ');
}

function quoteArgument(argument: string): string {
  if (/^[\w@%+=:,./-]+$/.test(argument)) return argument;
  return `'${argument.replace(/'/g, `'\\''`)}'`;
}

function quote(value: string): string {
  return JSON.stringify(value);
}

/** Returns the user-facing text of any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof SetupError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
