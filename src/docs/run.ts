// Runs the blocks of environment docs in order, through the Runner port, each under a timeout.

import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CommandError, describeError } from '../core/errors.js';
import type { Platform, Runner } from '../ports.js';
import type { DocBlock } from './extract.js';

export const DEFAULT_TIMEOUT_MS = 300_000;
export const OUTPUT_TAIL_LINES = 20;

/** Variables the blocks see exactly as this process has them: the setup under test. */
export const PASSED_VARIABLES = ['DOCKER_HOST', 'DOCKER_SOCK', 'KUBECONFIG'] as const;

/**
 * A fixed bash program: it sends its own stderr to the log file named by $2 along with stdout, then
 * replaces itself with `bash -e -o pipefail -c SCRIPT`, where SCRIPT is $1. The script is an
 * argument, never part of this text. The log file keeps the combined output in the order it was
 * written, and it can still be read when the runner stops a block at its timeout.
 */
const LAUNCHER = 'exec bash -e -o pipefail -c "$1" "$0" >"$2" 2>&1';

/** Read at most this many bytes from the end of a block's log for its output tail. */
const TAIL_READ_BYTES = 64 * 1024;

export type BlockStatus = 'passed' | 'failed' | 'skipped' | 'timed out';

export interface BlockResult {
  block: DocBlock;
  status: BlockStatus;
  /** Exit code of bash; undefined for a skipped block and for one stopped at its timeout. */
  exitCode: number | undefined;
  durationMs: number;
  /** Last lines of the block's combined stdout and stderr (at most OUTPUT_TAIL_LINES). */
  outputTail: string[];
}

/** The part of a SetupContext that running blocks needs. A SetupContext satisfies it. */
export interface DocsDeps {
  runner: Runner;
  platform: Pick<Platform, 'env' | 'tmpDir'>;
  /** Aborting it stops the running block and raises, so no further block runs. */
  signal?: AbortSignal;
}

export interface RunOptions {
  /** Milliseconds one block may run before its process group is stopped (default 300 000). */
  timeoutMs?: number;
  /** Called after each block, in order, so a caller can print results as they come. */
  onResult?: (result: BlockResult) => void;
}

/** `docs/x.md:12`: where a block starts. */
export function blockLocation(block: DocBlock): string {
  return `${block.file}:${block.line}`;
}

/**
 * Runs every block in order and returns one result per block. A failed or timed-out block does not
 * stop the run, because a later block may still show something about the setup. Raises only when
 * `deps.signal` is aborted. Blocks run in this process's working directory.
 */
export async function runBlocks(blocks: readonly DocBlock[], deps: DocsDeps, options: RunOptions = {}): Promise<BlockResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const workDir = await mkdtemp(join(deps.platform.tmpDir || tmpdir(), 'verify-docs-'));
  const results: BlockResult[] = [];
  try {
    for (const [index, block] of blocks.entries()) {
      const result = block.skipped
        ? { block, status: 'skipped' as const, exitCode: undefined, durationMs: 0, outputTail: [] }
        : await runBlock(block, deps, timeoutMs, join(workDir, `block-${index + 1}.log`));
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

async function runBlock(block: DocBlock, deps: DocsDeps, timeoutMs: number, logFile: string): Promise<BlockResult> {
  const env: Record<string, string | undefined> = {};
  for (const name of PASSED_VARIABLES) env[name] = deps.platform.env[name];

  const started = performance.now();
  let status: BlockStatus;
  let exitCode: number | undefined;
  let error: string | undefined;
  try {
    const result = await deps.runner.run({
      argv: ['bash', '-c', LAUNCHER, `verify-docs ${blockLocation(block)}`, block.script, logFile],
      timeoutMs,
      env,
      signal: deps.signal,
    });
    exitCode = result.exitCode;
    status = result.exitCode === 0 ? 'passed' : 'failed';
    // The launcher sends everything to the log, so output here came from bash failing to start.
    error = `${result.stdout}${result.stderr}`.trim() || undefined;
  } catch (caught) {
    if (deps.signal?.aborted) throw caught;
    if (caught instanceof CommandError && caught.timedOut) {
      status = 'timed out';
    } else {
      status = 'failed';
      exitCode = caught instanceof CommandError ? caught.exitCode : undefined;
      error = describeError(caught);
    }
  }
  const durationMs = performance.now() - started;

  const output = await readTail(logFile);
  const lines = error === undefined ? output : [...output, ...error.split('\n')];
  return { block, status, exitCode, durationMs, outputTail: lastLines(lines, OUTPUT_TAIL_LINES) };
}

/** Reads the last lines of `file`. A missing file has no lines. */
async function readTail(file: string): Promise<string[]> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return [];
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_READ_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split(/\r?\n/);
    // The first line is cut short when the read started inside it.
    if (length < size) lines.shift();
    return lines;
  } finally {
    await handle.close();
  }
}

function lastLines(lines: readonly string[], count: number): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(Math.max(0, end - count), end);
}
