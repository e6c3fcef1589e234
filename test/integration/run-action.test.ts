// The runner emulation itself, on a small action written here that uses the real @actions/core,
// so the file-command formats it parses are the ones the toolkit really writes.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ACTION_ROOT,
  inputVariableName,
  parseKeyValueFile,
  parseWorkflowCommands,
  runAction,
  type ActionRun,
  type StepResult,
} from '../harness/run-action.js';

/** The toolkit's ESM entry (package.json `exports` "."), imported by absolute URL from a temp dir. */
const CORE_URL = pathToFileURL(join(ACTION_ROOT, 'node_modules', '@actions', 'core', 'lib', 'core.js')).href;

const ACTION_YML = `name: probe
inputs:
  memory:
    default: '4096'
  machine-name:
    default: podman-machine-default
  empty-default:
    default: ''
runs:
  using: node24
  main: dist/main/index.js
  post: dist/post/index.js
`;

// Main writes every kind of file command; post reports what it received as outputs.
const MAIN_SCRIPT = `import * as core from '${CORE_URL}';
core.exportVariable('SIMPLE', 'plain');
core.exportVariable('MULTI', 'line one\\nline two');
core.exportVariable('NODE_OPTIONS', '--require /nowhere.js');
core.addPath('/probe/first');
core.addPath('/probe/second');
core.setOutput('inputs', JSON.stringify({
  memory: core.getInput('memory'),
  machineName: core.getInput('machine-name'),
  emptyDefaultSet: 'INPUT_EMPTY-DEFAULT' in process.env,
  withSpace: process.env.INPUT_WITH_SPACE,
}));
core.setOutput('multi-output', 'a\\nb');
core.saveState('token', 'x=y<<z');
core.error('bad 100% value\\nsecond line');
await core.summary.addHeading('probe summary', 3).write();
`;

const POST_SCRIPT = `import * as core from '${CORE_URL}';
core.setOutput('seen', JSON.stringify({
  state: core.getState('token'),
  simple: process.env.SIMPLE,
  multi: process.env.MULTI,
  nodeOptions: process.env.NODE_OPTIONS ?? null,
  path: process.env.PATH,
  memory: core.getInput('memory'),
  runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
}));
`;

const HANGING_SCRIPT = `setInterval(() => undefined, 1000);\n`;

async function writeProbeAction(root: string, mainScript: string): Promise<void> {
  await mkdir(join(root, 'dist', 'main'), { recursive: true });
  await mkdir(join(root, 'dist', 'post'), { recursive: true });
  await writeFile(join(root, 'action.yml'), ACTION_YML);
  await writeFile(join(root, 'dist', 'main', 'index.js'), mainScript);
  await writeFile(join(root, 'dist', 'post', 'index.js'), POST_SCRIPT);
  await writeFile(join(root, 'dist', 'main', 'package.json'), '{"type":"module"}\n');
  await writeFile(join(root, 'dist', 'post', 'package.json'), '{"type":"module"}\n');
}

function parsedOutput(step: StepResult | undefined, name: string): Record<string, unknown> {
  const text = step?.outputs[name];
  if (text === undefined) throw new Error(`output ${name} is missing; stderr:\n${step?.stderr ?? ''}`);
  return JSON.parse(text) as Record<string, unknown>;
}

describe('runAction', () => {
  let work = '';
  let run: ActionRun;
  let jobPathSeenByLaterStep = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'run-action-'));
    const actionRoot = join(work, 'action');
    await writeProbeAction(actionRoot, MAIN_SCRIPT);
    run = await runAction({
      actionRoot,
      workRoot: join(work, 'runner'),
      inputs: { memory: '8192', 'with space': 'spaced' },
      baseEnv: { PATH: '/usr/bin:/bin', HOME: work },
      timeoutMs: 60_000,
      afterMain: (_main, job) => {
        jobPathSeenByLaterStep = job.env.PATH ?? '';
      },
    });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('runs both steps', () => {
    expect(run.main.exitCode, run.main.stderr).toBe(0);
    expect(run.post?.exitCode, run.post?.stderr).toBe(0);
  });

  it('passes given inputs and declared defaults', () => {
    expect(parsedOutput(run.main, 'inputs')).toEqual({
      memory: '8192',
      machineName: 'podman-machine-default',
      emptyDefaultSet: true,
      withSpace: 'spaced',
    });
    expect(run.runnerWarnings.join('\n')).toContain("Unexpected input(s) 'with space'");
  });

  it('names input variables like the runner', () => {
    expect(inputVariableName('machine-name')).toBe('INPUT_MACHINE-NAME');
    expect(inputVariableName('with space')).toBe('INPUT_WITH_SPACE');
  });

  it('parses outputs, env, path and state', () => {
    expect(run.outputs['multi-output']).toBe('a\nb');
    expect(run.env).toEqual({ SIMPLE: 'plain', MULTI: 'line one\nline two' });
    expect(run.main.runnerWarnings).toEqual(["Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."]);
    expect(run.path).toEqual(['/probe/first', '/probe/second']);
    expect(run.state).toEqual({ token: 'x=y<<z' });
    expect(run.summary).toContain('<h3>probe summary</h3>');
  });

  it('parses workflow commands with escapes', () => {
    const errors = run.main.commands.filter((command) => command.name === 'error');
    expect(errors.map((command) => command.message)).toEqual(['bad 100% value\nsecond line']);
  });

  it('gives post the state, env and path of main', () => {
    const seen = parsedOutput(run.post, 'seen');
    expect(seen.state).toBe('x=y<<z');
    expect(seen.simple).toBe('plain');
    expect(seen.multi).toBe('line one\nline two');
    expect(seen.nodeOptions).toBeNull();
    expect(seen.memory).toBe('8192');
    expect(seen.runnerEnvironment).toBe('github-hosted');
    expect(String(seen.path).split(delimiter).slice(0, 3)).toEqual(['/probe/second', '/probe/first', '/usr/bin']);
    expect(jobPathSeenByLaterStep).toBe(seen.path);
  });

  it('stops a step at its timeout', async () => {
    const actionRoot = join(work, 'hanging');
    await writeProbeAction(actionRoot, HANGING_SCRIPT);
    const hung = await runAction({ actionRoot, workRoot: join(work, 'hanging-runner'), timeoutMs: 500, runPost: false });
    expect(hung.main.timedOut).toBe(true);
    expect(hung.main.signal).toBe('SIGTERM');
    expect(hung.main.durationMs).toBeLessThan(10_000);
    expect(hung.post).toBeUndefined();
  });
});

describe('parseKeyValueFile', () => {
  it('reads NAME=VALUE and heredoc entries', () => {
    const text = 'A=1\nB<<EOF\nx\n\ny\nEOF\nC=with=equals\n';
    expect(parseKeyValueFile(text)).toEqual({ A: '1', B: 'x\n\ny', C: 'with=equals' });
  });

  it('rejects a heredoc without its delimiter', () => {
    expect(() => parseKeyValueFile('B<<EOF\nx\n', 'GITHUB_OUTPUT')).toThrowError(/matching delimiter 'EOF' not found/);
  });

  it('rejects a line with neither form', () => {
    expect(() => parseKeyValueFile('no separator', 'GITHUB_ENV')).toThrowError(/Invalid format/);
  });
});

describe('parseWorkflowCommands', () => {
  it('reads properties and the message', () => {
    expect(parseWorkflowCommands('plain line\n::warning file=a%3Ab.ts,line=3::50%25 done\n')).toEqual([
      { name: 'warning', properties: { file: 'a:b.ts', line: '3' }, message: '50% done' },
    ]);
  });
});
