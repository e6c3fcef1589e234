// Runs a temporary environment doc with the real ProcessRunner and bash: passing, failing, skipped
// and timed-out blocks, the output tail, the passed-through variables, and hostile text as data.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ProcessRunner } from '../../src/adapters/process-runner.js';
import { blockLocation, verifyDocs, type BlockResult, type DocsDeps, type VerifyDocsReport } from '../../src/docs/index.js';
import { extractBlocks } from '../../src/docs/extract.js';
import { runBlocks } from '../../src/docs/run.js';

/** Text that a shell would expand or split if the script were pasted into a command line. */
const HOSTILE_LINE = `it's "double" $(echo expanded) \`echo backticks\` ; echo split && $HOME | cat \\`;

/** True while `pid` is a live process; a zombie counts as gone because it runs nothing. */
function isRunning(pid: number): boolean {
  const statFile = `/proc/${pid}/stat`;
  if (existsSync('/proc/self/stat')) {
    if (!existsSync(statFile)) return false;
    // The state letter follows the command name, which is in parentheses and may contain spaces.
    const stat = readFileSync(statFile, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isRunning(pid);
}

describe('verifyDocs with ProcessRunner', () => {
  let work = '';
  let runTmp = '';
  let docPath = '';
  let report: VerifyDocsReport;
  const streamed: BlockResult[] = [];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'docs-run-'));
    runTmp = join(work, 'tmp');
    await mkdir(runTmp);
    docPath = join(work, 'env.md');

    const doc = [
      '# Environment', // 1
      '', // 2
      '```bash', // 3
      'echo first-block', // 4
      '```', // 5
      '', // 6
      '```bash', // 7
      'echo before-failure', // 8
      'echo error-line >&2', // 9
      'exit 3', // 10
      '```', // 11
      '', // 12
      '<!-- verify-docs: skip -->', // 13
      '```bash', // 14
      `touch ${join(work, 'skipped-block-ran')}`, // 15
      '```', // 16
      '', // 17
      '```bash', // 18
      `echo $$ > ${join(work, 'bash.pid')}`, // 19
      `sleep 30 & echo $! > ${join(work, 'sleep.pid')}`, // 20
      'wait', // 21
      '```', // 22
      '', // 23
      '```sh', // 24
      "cat <<'END'", // 25
      HOSTILE_LINE, // 26
      'END', // 27
      '```', // 28
      '', // 29
      '```bash', // 30
      'echo "host=$DOCKER_HOST kubeconfig=$KUBECONFIG sock=${DOCKER_SOCK-unset}"', // 31
      '```', // 32
      '', // 33
      '```bash', // 34
      'for i in $(seq 1 30); do echo "line-$i"; done', // 35
      'exit 1', // 36
      '```', // 37
      '', // 38
      '```bash', // 39
      'false', // 40
      'echo not-reached', // 41
      '```', // 42
      '', // 43
      '```bash', // 44
      'false | true', // 45
      '```', // 46
      '', // 47
      '```console', // 48
      '$ echo out; echo err >&2; echo out-again', // 49
      'out', // 50
      '```', // 51
    ].join('\n');
    await writeFile(docPath, doc);

    const deps: DocsDeps = {
      runner: new ProcessRunner(),
      platform: { env: { DOCKER_HOST: 'unix:///tmp/podman-test.sock', KUBECONFIG: '/tmp/kubeconfig-test.yaml' }, tmpDir: runTmp },
    };
    report = await verifyDocs(deps, [docPath], { timeoutMs: 1000, onResult: (result) => streamed.push(result) });
  }, 60_000);

  afterAll(async () => {
    // Stops the sleep of the timed-out block by pid, should a failed test have left it running.
    const sleepPidFile = join(work, 'sleep.pid');
    if (existsSync(sleepPidFile)) {
      const pid = Number(readFileSync(sleepPidFile, 'utf8').trim());
      if (pid > 0 && isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
    await rm(work, { recursive: true, force: true });
  });

  const resultAt = (line: number): BlockResult => {
    const result = report.results.find((candidate) => candidate.block.line === line);
    if (!result) throw new Error(`no result for line ${line}; lines: ${report.results.map((r) => r.block.line).join(', ')}`);
    return result;
  };

  it('runs every block in order', () => {
    expect(report.results.map((result) => result.block.line)).toEqual([3, 7, 14, 18, 24, 30, 34, 39, 44, 48]);
    expect(streamed.map((result) => result.block.line)).toEqual([3, 7, 14, 18, 24, 30, 34, 39, 44, 48]);
    expect(report.ok).toBe(false);
  });

  it('passes a block that exits 0', () => {
    const result = resultAt(3);
    expect(result.status).toBe('passed');
    expect(result.exitCode).toBe(0);
    expect(result.outputTail).toEqual(['first-block']);
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.durationMs).toBeLessThan(1000);
    expect(blockLocation(result.block)).toBe(`${docPath}:3`);
  });

  it('fails a block with its exit code and output', () => {
    const result = resultAt(7);
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(3);
    expect(result.outputTail).toEqual(['before-failure', 'error-line']);
  });

  it('does not run a skipped block', () => {
    const result = resultAt(14);
    expect(result.status).toBe('skipped');
    expect(result.exitCode).toBeUndefined();
    expect(existsSync(join(work, 'skipped-block-ran'))).toBe(false);
  });

  it('stops a block at its timeout', async () => {
    const result = resultAt(18);
    expect(result.status).toBe('timed out');
    expect(result.exitCode).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(1000);
    expect(result.durationMs).toBeLessThan(10_000);

    const bashPid = Number(readFileSync(join(work, 'bash.pid'), 'utf8').trim());
    const sleepPid = Number(readFileSync(join(work, 'sleep.pid'), 'utf8').trim());
    expect(bashPid).toBeGreaterThan(0);
    expect(sleepPid).toBeGreaterThan(0);
    expect(await waitUntilGone(bashPid, 3000), `bash (pid ${bashPid}) still runs`).toBe(true);
    expect(await waitUntilGone(sleepPid, 3000), `sleep (pid ${sleepPid}) still runs`).toBe(true);
  });

  it('passes hostile text to bash as data', () => {
    const result = resultAt(24);
    expect(result.status).toBe('passed');
    expect(result.outputTail).toEqual([HOSTILE_LINE]);
  });

  it('passes DOCKER_HOST and KUBECONFIG through', () => {
    const result = resultAt(30);
    expect(result.status).toBe('passed');
    expect(result.outputTail).toEqual(['host=unix:///tmp/podman-test.sock kubeconfig=/tmp/kubeconfig-test.yaml sock=unset']);
  });

  it('keeps the last 20 output lines', () => {
    const result = resultAt(34);
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(1);
    expect(result.outputTail).toHaveLength(20);
    expect(result.outputTail[0]).toBe('line-11');
    expect(result.outputTail[19]).toBe('line-30');
  });

  it('stops a block at its first failing command', () => {
    const result = resultAt(39);
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(1);
    expect(result.outputTail).not.toContain('not-reached');
  });

  it('fails a block on a failed pipe stage', () => {
    const result = resultAt(44);
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(1);
  });

  it('interleaves stdout and stderr in order', () => {
    const result = resultAt(48);
    expect(result.status).toBe('passed');
    expect(result.outputTail).toEqual(['out', 'err', 'out-again']);
  });

  it('removes its temporary log files', async () => {
    expect(await readdir(runTmp)).toEqual([]);
  });
});

describe('runBlocks', () => {
  it('reports a block whose program is missing', async () => {
    const blocks = extractBlocks('doc.md', '```bash\nsurely-not-a-command-on-path-0d1f\n```\n');
    const results = await runBlocks(blocks, { runner: new ProcessRunner(), platform: { env: {}, tmpDir: tmpdir() } }, { timeoutMs: 5000 });
    expect(results).toHaveLength(1);
    expect(results[0]?.status).toBe('failed');
    expect(results[0]?.exitCode).toBe(127);
    expect(results[0]?.outputTail.join('\n')).toContain('surely-not-a-command-on-path-0d1f');
  });

  it('raises when the signal is aborted', async () => {
    const controller = new AbortController();
    const blocks = extractBlocks('doc.md', '```bash\nsleep 30\n```\n```bash\necho never\n```\n');
    const seen: BlockResult[] = [];
    setTimeout(() => controller.abort(), 200);
    const run = runBlocks(blocks, { runner: new ProcessRunner(), platform: { env: {}, tmpDir: tmpdir() }, signal: controller.signal }, {
      timeoutMs: 20_000,
      onResult: (result) => seen.push(result),
    });
    await expect(run).rejects.toThrow(/Cancelled/);
    expect(seen).toEqual([]);
  });
});
