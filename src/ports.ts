// The ports through which the core reaches the outside world. The action, the CLI and the tests
// each pass their own implementations, so the core imports no @actions/* package and no execa.

export interface CommandRequest {
  /** Program name or path, then its arguments. Never a shell string. */
  argv: readonly string[];
  /** Milliseconds until the command is killed and a timeout error is raised. */
  timeoutMs: number;
  /** Variables added to (or, with `undefined`, removed from) the inherited environment. */
  env?: Readonly<Record<string, string | undefined>>;
  input?: string;
  signal?: AbortSignal;
  /** True for commands that only read state; a dry run executes these and prints the rest. */
  readOnly?: boolean;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface DetachedRequest {
  argv: readonly string[];
  /** File that receives the process's stdout and stderr, so it never keeps the caller's output open. */
  logFile: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export interface Runner {
  /** Runs a command to completion. A non-zero exit is returned, not thrown; a timeout throws. */
  run(request: CommandRequest): Promise<CommandResult>;
  /** Starts a long-lived process in its own process group and returns its pid. */
  spawnDetached(request: DetachedRequest): Promise<number>;
  /** True when `name` resolves to an executable on PATH. */
  which(name: string): Promise<string | undefined>;
  readonly dryRun: boolean;
}

export interface Reporter {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Marks a value that must be masked wherever it would be printed. */
  secret(value: string): void;
  /** Runs `body` inside a titled, collapsible group of log lines. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export interface Environment {
  /** Sets a variable for this process and for whatever runs after it (later job steps, the shell). */
  exportVariable(name: string, value: string): void;
  addPath(directory: string): void;
  setOutput(name: string, value: string): void;
}

export interface Cache {
  restore(paths: string[], key: string): Promise<string | undefined>;
  /**
   * Stores an entry. `unavailable`: no cache service here. `declined`: the service did not take it,
   * for example because another job is saving the same key or the workflow may not write caches.
   */
  save(paths: string[], key: string): Promise<'saved' | 'unavailable' | 'declined'>;
}

export type OsName = 'darwin' | 'linux';
export type ArchName = 'x64' | 'arm64';

export interface Platform {
  os: NodeJS.Platform;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  tmpDir: string;
  /** Directory for files this tool owns (kubeconfig, logs, state), created on demand. */
  stateDir: string;
  /** Directory for installed binaries; added to PATH when something is installed there. */
  toolDir: string;
  /** Directory for cached downloads and images, kept between runs (see core/cache.ts). */
  cacheDir: string;
  uid: number;
  isCi: boolean;
  /** Free bytes on the file system that contains `path`. */
  freeBytes(path: string): Promise<number>;
  /** Sends a signal to a pid or, negated, a process group; false when nothing had that pid. */
  kill(pid: number, signal: NodeJS.Signals): boolean;
}
