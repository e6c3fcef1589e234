// The Runner port on node:child_process. Each command runs in its own process group, so a
// timeout or a cancel stops the command and every helper it started.

import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, open } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';

import { CommandError, SetupError, formatArgv } from '../core/errors.js';
import type { CommandRequest, CommandResult, DetachedRequest, Runner } from '../ports.js';

/** Output beyond this many bytes per stream is dropped from the middle; tools here print little. */
const MAX_CAPTURE_BYTES = 8 * 1024 * 1024;
const KILL_GRACE_MS = 5000;

export interface RunnerLog {
  debug(message: string): void;
}

export class ProcessRunner implements Runner {
  readonly dryRun = false;
  private readonly running = new Set<number>();

  constructor(private readonly log: RunnerLog = { debug: () => undefined }) {}

  run(request: CommandRequest): Promise<CommandResult> {
    const [file, ...args] = request.argv;
    if (!file) return Promise.reject(new Error('Empty argv'));
    this.log.debug(`$ ${formatArgv(request.argv)}`);

    return new Promise((resolve, reject) => {
      const started = performance.now();
      const child = spawn(file, args, {
        env: mergeEnv(request.env),
        stdio: [request.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        detached: true,
      });
      const pid = child.pid;
      if (pid !== undefined) this.running.add(pid);

      const stdout = new Capture();
      const stderr = new Capture();
      child.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk));
      child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
      if (request.input !== undefined) child.stdin?.end(request.input);

      let failure: Error | undefined;
      const stop = (error: Error) => {
        if (failure) return;
        failure = error;
        if (pid !== undefined) this.stopGroup(pid);
      };

      const timer = setTimeout(
        () => stop(new CommandError(request.argv, undefined, stderr.text(), { timedOutAfterMs: request.timeoutMs, stdout: stdout.text() })),
        request.timeoutMs,
      );
      const onAbort = () => stop(new SetupError(`Cancelled: ${formatArgv(request.argv)}`));
      request.signal?.addEventListener('abort', onAbort, { once: true });
      if (request.signal?.aborted) onAbort();

      const finish = () => {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        if (pid !== undefined) this.running.delete(pid);
      };

      child.on('error', (error: NodeJS.ErrnoException) => {
        finish();
        if (error.code === 'ENOENT') {
          reject(new CommandError(request.argv, 127, `${file}: command not found`, { hint: `Install ${file} or add it to PATH.` }));
        } else {
          reject(error);
        }
      });
      child.on('close', (code, signal) => {
        finish();
        if (failure) return reject(failure);
        resolve({
          exitCode: code ?? 128 + signalNumber(signal),
          stdout: stdout.text(),
          stderr: stderr.text(),
          durationMs: performance.now() - started,
        });
      });
    });
  }

  async spawnDetached(request: DetachedRequest): Promise<number> {
    const [file, ...args] = request.argv;
    if (!file) throw new Error('Empty argv');
    this.log.debug(`$ ${formatArgv(request.argv)} (detached, log ${request.logFile})`);

    await mkdir(dirname(request.logFile), { recursive: true });
    const log = await open(request.logFile, 'a', 0o600);
    try {
      const child = spawn(file, args, {
        env: mergeEnv(request.env),
        stdio: ['ignore', log.fd, log.fd],
        detached: true,
      });
      const pid = await new Promise<number>((resolve, reject) => {
        child.once('error', (error: NodeJS.ErrnoException) =>
          reject(error.code === 'ENOENT' ? new CommandError(request.argv, 127, `${file}: command not found`) : error),
        );
        child.once('spawn', () => resolve(child.pid ?? -1));
      });
      child.unref();
      return pid;
    } finally {
      await log.close();
    }
  }

  async which(name: string): Promise<string | undefined> {
    if (isAbsolute(name)) return (await isExecutable(name)) ? name : undefined;
    for (const directory of (process.env.PATH ?? '').split(delimiter)) {
      if (!directory) continue;
      const candidate = join(directory, name);
      if (await isExecutable(candidate)) return candidate;
    }
    return undefined;
  }

  /** Stops every command still running, for cancellation (SIGINT, SIGTERM). */
  stopAll(): void {
    for (const pid of this.running) this.stopGroup(pid);
  }

  private stopGroup(pid: number): void {
    signalGroup(pid, 'SIGTERM');
    setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already exited.
  }
}

/** Returns the inherited environment with the request's additions; `undefined` removes a variable. */
function mergeEnv(extra: Readonly<Record<string, string | undefined>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

function signalNumber(signal: NodeJS.Signals | null): number {
  if (!signal) return 0;
  return osConstants.signals[signal] ?? 15;
}

class Capture {
  private chunks: Buffer[] = [];
  private size = 0;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > MAX_CAPTURE_BYTES && this.chunks.length > 1) {
      const dropped = this.chunks.splice(1, 1)[0];
      this.size -= dropped?.length ?? 0;
    }
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
