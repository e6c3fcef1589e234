// Tool overhead, measured without any latency model: a CLI `up` that finds everything in place,
// and the start-up time of each bundle doing no work.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ACTION_ROOT, type JobView } from '../test/harness/run-action.js';
import type { Scenario } from '../test/harness/scenario.js';
import { K3S_IMAGE, runProgram } from '../test/support/node-images.js';
import { coveredMs, type Sleep } from './simulated.js';

export const CLI_BUNDLE = join(ACTION_ROOT, 'dist', 'cli', 'index.js');
export const MAIN_BUNDLE = join(ACTION_ROOT, 'dist', 'main', 'index.js');
export const POST_BUNDLE = join(ACTION_ROOT, 'dist', 'post', 'index.js');

export interface NoopUpResult {
  timesMs: number[];
  /** Fake tool calls (calls.jsonl lines) of one timed `up`. */
  toolCalls: number;
  /** The argv of each fake tool call of the last timed `up`, in order. */
  calls: string[];
  /** Per timed run: how long at least one fake tool process was running (spans.jsonl). */
  fakeToolMs: number[];
  /** Start-up time of one fake tool (`sysctl -n kern.hv_support`), one entry per run. */
  fakeToolStartMs: number[];
  /** Step times of the last timed `up`, from its JSON report. */
  steps: Array<{ title: string; durationMs: number }>;
}

/**
 * Times `setup-podman-k3d up` on the simulated Mac where the machine, the cluster and the tools are
 * in place: one untimed run fills the CLI's local cache, then `runs` timed runs must each report
 * that nothing changed.
 */
export async function measureNoopUp(job: JobView, scenario: Scenario, cluster: string, runs: number): Promise<NoopUpResult> {
  const argv = [process.execPath, CLI_BUNDLE, 'up', '--json', '--cluster-name', cluster, '--k3s-image', K3S_IMAGE];
  const warmUp = await runProgram(argv, job.env, 10 * 60_000);
  if (warmUp.exitCode !== 0) throw new Error(`The untimed up exited ${warmUp.exitCode}:\n${warmUp.stderr}`);

  const callsFile = join(scenario.stateDir, 'calls.jsonl');
  const timesMs: number[] = [];
  let toolCalls = 0;
  let calls: string[] = [];
  const fakeToolMs: number[] = [];
  let steps: NoopUpResult['steps'] = [];
  for (let run = 0; run < runs; run += 1) {
    const before = countLines(callsFile);
    const startedMs = Date.now();
    const result = await runProgram(argv, job.env, 10 * 60_000);
    const endedMs = Date.now();
    if (result.exitCode !== 0) throw new Error(`up exited ${result.exitCode}:\n${result.stderr}`);
    const report = JSON.parse(result.stdout) as { unchanged?: boolean; steps?: Array<{ id: string; title: string; status: string; durationMs: number }> };
    if (report.unchanged !== true) {
      const changed = (report.steps ?? []).filter((step) => step.status === 'changed').map((step) => step.id);
      throw new Error(`A second up changed something: ${changed.join(', ')}`);
    }
    timesMs.push(result.durationMs);
    const records = readLines(callsFile).slice(before).map((line) => JSON.parse(line) as { tool: string; argv: string[] });
    toolCalls = records.length;
    // The k3d and kubectl stand-ins record their arguments without the program name.
    calls = records.map((record) => (record.argv[0] === record.tool ? record.argv : [record.tool, ...record.argv]).join(' '));
    fakeToolMs.push(coveredMs(readSpans(join(scenario.stateDir, 'spans.jsonl')), startedMs, endedMs));
    steps = (report.steps ?? []).map((step) => ({ title: step.title, durationMs: step.durationMs }));
  }

  const fakeToolStartMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await runProgram(['sysctl', '-n', 'kern.hv_support'], job.env);
    if (result.exitCode !== 0) throw new Error(`The fake sysctl exited ${result.exitCode}: ${result.stderr}`);
    fakeToolStartMs.push(result.durationMs);
  }
  return { timesMs, toolCalls, calls, fakeToolMs, fakeToolStartMs, steps };
}

/** Reads the fake tools' process lifetimes, in the interval form coveredMs takes. */
function readSpans(file: string): Sleep[] {
  return readLines(file)
    .map((line) => JSON.parse(line) as { tool: string; startMs: number; endMs: number })
    .map((span) => ({ operation: span.tool, startMs: span.startMs, ms: span.endMs - span.startMs }));
}

function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

function countLines(file: string): number {
  return readLines(file).length;
}

export interface StartupResult {
  name: string;
  command: string;
  timesMs: number[];
}

/**
 * Times each bundle doing no work: the CLI's --help, main with an invalid input (it fails before
 * any step), and post with no saved state (nothing to clean up). Each must exit as expected.
 */
export async function measureBundleStartup(runs: number): Promise<StartupResult[]> {
  const home = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  try {
    const baseEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' };
    const cases: Array<{ name: string; command: string; argv: string[]; env: Record<string, string>; exitCode: number; expect: string }> = [
      { name: 'cli', command: 'node dist/cli/index.js --help', argv: [process.execPath, CLI_BUNDLE, '--help'], env: baseEnv, exitCode: 0, expect: 'Usage' },
      {
        name: 'main',
        command: 'node dist/main/index.js (INPUT_CPUS=many)',
        argv: [process.execPath, MAIN_BUNDLE],
        env: { ...baseEnv, INPUT_CPUS: 'many' },
        exitCode: 1,
        expect: '::error::',
      },
      { name: 'post', command: 'node dist/post/index.js (no state)', argv: [process.execPath, POST_BUNDLE], env: baseEnv, exitCode: 0, expect: 'Nothing to clean up' },
    ];
    const results: StartupResult[] = [];
    for (const entry of cases) {
      const timesMs: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await runProgram(entry.argv, entry.env, 60_000);
        const output = `${result.stdout}${result.stderr}`;
        if (result.exitCode !== entry.exitCode || !output.includes(entry.expect)) {
          throw new Error(`${entry.command} exited ${result.exitCode} (expected ${entry.exitCode} and "${entry.expect}"):\n${output}`);
        }
        timesMs.push(result.durationMs);
      }
      results.push({ name: entry.name, command: entry.command, timesMs });
    }
    return results;
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
