// The built CLI (dist/cli/index.js, from `npm run build`) running `verify-docs` on temporary docs:
// the --yes rule outside CI, the printed lines, --json, --timeout and the exit codes.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist', 'cli', 'index.js');

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Returns the test's environment without the variables that mark a CI run, plus `extra`. */
function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  if (!('CI' in extra)) delete env.CI;
  if (!('GITHUB_ACTIONS' in extra)) delete env.GITHUB_ACTIONS;
  return env;
}

/** True while `pid` is a live process; a zombie counts as gone because it runs nothing. */
function isRunning(pid: number): boolean {
  const statFile = `/proc/${pid}/stat`;
  if (existsSync('/proc/self/stat')) {
    if (!existsSync(statFile)) return false;
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
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return !isRunning(pid);
}

describe('setup-podman-k3d verify-docs', () => {
  let work = '';
  const pidFiles: string[] = [];

  const cli = (args: string[], env: NodeJS.ProcessEnv = localEnv()): CliRun => {
    const result = spawnSync(process.execPath, [CLI, 'verify-docs', ...args], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'verify-docs-cli-'));
    await mkdir(join(work, 'docs'));
    await writeFile(
      join(work, 'docs', 'pass.md'),
      [
        '# Passing doc', // 1
        '', // 2
        '```bash', // 3
        'touch ran-pass-block', // 4
        'echo ok', // 5
        '```', // 6
        '', // 7
        '<!-- verify-docs: skip -->', // 8
        '```bash', // 9
        'touch ran-skipped-block', // 10
        '```', // 11
        '', // 12
        '```sh', // 13
        "printf '%s\\n' 'quote'\"'\"'s $(date) `id` ; echo no'", // 14
        '```', // 15
      ].join('\n'),
    );
    await writeFile(
      join(work, 'docs', 'fail.md'),
      [
        '# Failing doc', // 1
        '', // 2
        '```bash', // 3
        'echo before-failure', // 4
        'echo error-line >&2', // 5
        'exit 3', // 6
        '```', // 7
        '', // 8
        '```console', // 9
        '$ echo later-block-ran', // 10
        'later-block-ran', // 11
        '```', // 12
      ].join('\n'),
    );
    const sleepPidFile = join(work, 'sleep.pid');
    pidFiles.push(sleepPidFile);
    await writeFile(join(work, 'docs', 'slow.md'), ['```bash', 'echo started', `sleep 30 & echo $! > ${sleepPidFile}`, 'wait', '```'].join('\n'));
    await writeFile(join(work, 'docs', 'prose.md'), '# Only prose\n\n```yaml\na: 1\n```\n');
  });

  afterAll(async () => {
    // Stops a sleep that a timed-out block left behind, by its pid, should the CLI not have.
    for (const file of pidFiles) {
      if (!existsSync(file)) continue;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (pid > 0 && isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
    await rm(work, { recursive: true, force: true });
  });

  it('is in the built CLI', () => {
    expect(existsSync(CLI), `${CLI} is missing: run npm run build`).toBe(true);
    expect(readFileSync(CLI, 'utf8').includes('verify-docs'), `${CLI} has no verify-docs: run npm run build`).toBe(true);
  });

  it('lists blocks and exits 2 without --yes', () => {
    const run = cli(['docs/pass.md']);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('  docs/pass.md:3  touch ran-pass-block\n');
    expect(run.stdout).toContain('- docs/pass.md:9 skipped\n');
    expect(run.stdout).toContain('  docs/pass.md:13  printf');
    expect(run.stderr).toContain('--yes');
    expect(existsSync(join(work, 'ran-pass-block'))).toBe(false);
  });

  it('runs with --yes and exits 0', async () => {
    await rm(join(work, 'ran-pass-block'), { force: true });
    const run = cli(['docs/pass.md', '--yes']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^✓ docs\/pass\.md:3 \(\d+ ms\)$/);
    expect(lines[1]).toBe('- docs/pass.md:9 skipped');
    expect(lines[2]).toMatch(/^✓ docs\/pass\.md:13 \(/);
    expect(lines[3]).toBe('2 passed, 1 skipped');
    expect(existsSync(join(work, 'ran-pass-block'))).toBe(true);
    expect(existsSync(join(work, 'ran-skipped-block'))).toBe(false);
  });

  it('runs without --yes in CI', () => {
    for (const variable of ['CI', 'GITHUB_ACTIONS']) {
      const run = cli(['docs/pass.md'], localEnv({ [variable]: 'true' }));
      expect(run.status, `${variable}=true: ${run.stderr}`).toBe(0);
      expect(run.stdout, `${variable}=true`).toMatch(/^✓ docs\/pass\.md:3 /);
    }
  });

  it('requires --yes when CI=false', () => {
    const run = cli(['docs/pass.md'], localEnv({ CI: 'false' }));
    expect(run.status).toBe(2);
  });

  it('prints the failure and its output, exits 1', () => {
    const run = cli(['docs/fail.md', '--yes']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('✗ docs/fail.md:3 exit 3\n    before-failure\n    error-line\n');
    expect(run.stdout).toMatch(/✓ docs\/fail\.md:9 \(/);
    expect(run.stdout).toContain('1 passed, 1 failed');
  });

  it('stops a slow block at --timeout', async () => {
    const run = cli(['docs/slow.md', '--yes', '--timeout', '1']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('✗ docs/slow.md:1 timed out after 1 s\n    started\n');

    const sleepPid = Number(readFileSync(join(work, 'sleep.pid'), 'utf8').trim());
    expect(sleepPid).toBeGreaterThan(0);
    expect(await waitUntilGone(sleepPid, 3000), `sleep (pid ${sleepPid}) still runs`).toBe(true);
  });

  it('prints JSON with --json', () => {
    const run = cli(['docs/pass.md', 'docs/fail.md', '--yes', '--json']);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; blocks: Array<{ file: string; line: number; status: string; exitCode: number | null; output: string[] }> };
    expect(report.ok).toBe(false);
    expect(report.blocks.map((block) => `${block.file}:${block.line} ${block.status}`)).toEqual([
      'docs/pass.md:3 passed',
      'docs/pass.md:9 skipped',
      'docs/pass.md:13 passed',
      'docs/fail.md:3 failed',
      'docs/fail.md:9 passed',
    ]);
    expect(report.blocks[3]?.exitCode).toBe(3);
    expect(report.blocks[1]?.exitCode).toBeNull();
  });

  it('passes hostile text to bash unchanged', () => {
    const run = cli(['docs/pass.md', '--yes', '--json']);
    const report = JSON.parse(run.stdout) as { blocks: Array<{ line: number; output: string[] }> };
    const block = report.blocks.find((candidate) => candidate.line === 13);
    expect(block?.output).toEqual(["quote's $(date) `id` ; echo no"]);
  });

  it('warns about a file without blocks', () => {
    const run = cli(['docs/prose.md']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('docs/prose.md has no bash, sh, shell or console block');
    expect(run.stdout).toContain('No blocks to run.');
  });

  it('exits 2 on invalid command lines', () => {
    const cases: Array<[string[], string]> = [
      [['docs/missing.md', '--yes'], 'docs/missing.md'],
      [[], 'at least one markdown file'],
      [['docs/pass.md', '--yes', '--timeout', 'abc'], '--timeout'],
      [['docs/pass.md', '--yes', '--timeout', '0'], '--timeout'],
      [['docs/pass.md', '--yes', '--memory', '4096'], '--memory'],
      [['docs/pass.md', '--yes', '--no-such-flag'], '--no-such-flag'],
    ];
    for (const [args, message] of cases) {
      const run = cli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
    }
  });

  it('shows its help', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: setup-podman-k3d verify-docs FILE...');
    expect(run.stdout).toContain('--timeout SECONDS');
  });
});
