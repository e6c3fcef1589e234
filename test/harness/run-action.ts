// Runs this JavaScript action the way a GitHub runner does: `node dist/main/index.js`, then the job's
// later steps, then `node dist/post/index.js`, each step with its own file-command files (GITHUB_ENV,
// GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY) that are read back after it exits.
// Nothing here assumes an operating system: the caller picks PATH, RUNNER_OS and any preload.

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse as parseYaml } from 'yaml';

/** The repository root: the directory that contains action.yml and dist/. */
export const ACTION_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const DEFAULT_STEP_TIMEOUT_MS = 5 * 60_000;
/** Time between SIGTERM and SIGKILL when a step overruns its timeout. */
const KILL_GRACE_MS = 5_000;
/** Time to wait for the output pipes to close after the step's process has exited. */
const PIPE_DRAIN_MS = 2_000;

/**
 * Variables taken from the test process when the caller does not pass `baseEnv`. Everything else
 * (GITHUB_* of an outer CI job, DOCKER_HOST, NODE_OPTIONS, vitest's variables) stays out.
 */
const INHERITED_VARIABLES = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR', 'XDG_RUNTIME_DIR', 'SystemRoot'];

/** Names the runner rejects in GITHUB_ENV, so a step cannot inject code into later steps. */
const BLOCKED_ENV_NAMES = ['NODE_OPTIONS'];

export type RunnerEnvironment = 'github-hosted' | 'self-hosted';

export interface RunActionOptions {
  /** Step inputs as written under `with:`. Inputs left out get their action.yml default. */
  inputs?: Readonly<Record<string, string>>;
  /**
   * Variables of the workflow's `env:`, given to both steps and to the later steps. Like the
   * runner, they win over GITHUB_ENV. `undefined` removes a variable.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The runner machine's environment before any step runs, which GITHUB_ENV overrides. Default:
   * PATH, HOME and locale of this process.
   */
  baseEnv?: Readonly<Record<string, string | undefined>>;
  /** RUNNER_ENVIRONMENT, github-hosted by default. */
  runnerEnvironment?: RunnerEnvironment;
  /** RUNNER_OS (Linux, macOS, Windows), by default from this process's platform. */
  runnerOs?: string;
  /** RUNNER_ARCH (X64, ARM64), by default from this process's architecture. */
  runnerArch?: string;
  /** Directory that contains action.yml and the bundles, by default the repository root. */
  actionRoot?: string;
  /** Directory under which the runner's directories are created, by default a new temp directory. */
  workRoot?: string;
  /** Milliseconds each step may run before it gets SIGTERM, then SIGKILL. Default 5 min. */
  timeoutMs?: number;
  /** Whether post runs. Default true, because action.yml declares no `post-if`, which means `always()`. */
  runPost?: boolean;
  /** The job's steps between main and post. It receives main's result and the job's environment. */
  afterMain?: (main: StepResult, job: JobView) => Promise<void> | void;
  /** Node binary that runs the bundles, by default the one running the tests. */
  nodePath?: string;
  /** A signal for main's node process once a condition holds, as when the job is cancelled. Default none. */
  signalMain?: SignalRequest;
}

/**
 * A signal sent to a step's node process itself (not its process group) once `when` returns
 * true. `when` is checked every `intervalMs` (default 100) while the step runs, and the signal
 * is sent at most once.
 */
export interface SignalRequest {
  signal: NodeJS.Signals;
  when: () => boolean | Promise<boolean>;
  intervalMs?: number;
}

/** One `::name key=value::message` line that a step printed on stdout. */
export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  stage: 'main' | 'post';
  /** Exit code, or null when a signal ended the process. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** Parsed GITHUB_OUTPUT of this step. */
  outputs: Record<string, string>;
  /** Parsed GITHUB_ENV of this step. */
  env: Record<string, string>;
  /** GITHUB_PATH entries of this step, in the order they were written. */
  path: string[];
  /** Parsed GITHUB_STATE of this step. */
  state: Record<string, string>;
  /** Raw GITHUB_STEP_SUMMARY of this step (Markdown or HTML). */
  summary: string;
  commands: WorkflowCommand[];
  /** Runner warnings about this step, such as a GITHUB_ENV name the runner rejects. */
  runnerWarnings: string[];
  /** Milliseconds from the step's start to the signal of `signalMain`; undefined when none was sent. */
  signalSentAfterMs?: number;
}

/** The environment and directories of the job's later steps. */
export interface JobView {
  /** The environment a later step gets: the runner's, plus GITHUB_ENV, with GITHUB_PATH prepended. */
  env: Record<string, string>;
  runnerTemp: string;
  workspace: string;
}

export interface ActionRun {
  main: StepResult;
  /** Undefined when `runPost` is false. */
  post: StepResult | undefined;
  /** Shorthands for the main step's files. */
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  /** Main's summary, then post's. */
  summary: string;
  /** The environment the job's steps after main saw. */
  job: JobView;
  /** Warnings the runner prints before running the step, such as unexpected inputs. */
  runnerWarnings: string[];
  /** The directory that contains RUNNER_TEMP, the workspace and the file-command files. */
  workRoot: string;
}

interface RunnerDirectories {
  root: string;
  temp: string;
  toolCache: string;
  workspace: string;
  fileCommands: string;
}

/** Runs main, then `afterMain`, then post, and returns what each step printed and wrote. */
export async function runAction(options: RunActionOptions = {}): Promise<ActionRun> {
  const actionRoot = options.actionRoot ?? ACTION_ROOT;
  const directories = await createRunnerDirectories(options.workRoot);
  const declared = await readDeclaredInputs(join(actionRoot, 'action.yml'));
  const { inputEnv, warnings } = inputVariables(declared, options.inputs ?? {});

  const runnerEnv: Record<string, string | undefined> = {
    ...(options.baseEnv ?? pickVariables(process.env, INHERITED_VARIABLES)),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: directories.workspace,
    RUNNER_ENVIRONMENT: options.runnerEnvironment ?? 'github-hosted',
    RUNNER_OS: options.runnerOs ?? runnerOsName(process.platform),
    RUNNER_ARCH: options.runnerArch ?? runnerArchName(process.arch),
    RUNNER_TEMP: directories.temp,
    RUNNER_TOOL_CACHE: directories.toolCache,
  };

  const stepSettings = {
    nodePath: options.nodePath ?? process.execPath,
    timeoutMs: options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
    workspace: directories.workspace,
    fileCommands: directories.fileCommands,
  };

  const main = await runStep({
    ...stepSettings,
    stage: 'main',
    script: join(actionRoot, 'dist', 'main', 'index.js'),
    env: applyOverrides({ ...runnerEnv, ...inputEnv }, options.env),
    signalRequest: options.signalMain,
  });

  const job: JobView = {
    env: definedOnly(applyOverrides(jobEnvAfter(runnerEnv, main), options.env)),
    runnerTemp: directories.temp,
    workspace: directories.workspace,
  };

  let post: StepResult | undefined;
  try {
    await options.afterMain?.(main, job);
  } finally {
    // The runner runs post steps even when a step between them failed.
    if (options.runPost ?? true) {
      post = await runStep({
        ...stepSettings,
        stage: 'post',
        script: join(actionRoot, 'dist', 'post', 'index.js'),
        env: applyOverrides({ ...job.env, ...inputEnv, ...stateVariables(main.state) }, options.env),
      });
    }
  }

  return {
    main,
    post,
    outputs: main.outputs,
    env: main.env,
    path: main.path,
    state: main.state,
    summary: main.summary + (post?.summary ?? ''),
    job,
    runnerWarnings: warnings,
    workRoot: directories.root,
  };
}

async function createRunnerDirectories(workRoot: string | undefined): Promise<RunnerDirectories> {
  const root = workRoot ?? (await mkdtemp(join(tmpdir(), 'runner-')));
  const directories = {
    root,
    temp: join(root, 'temp'),
    toolCache: join(root, 'tool-cache'),
    workspace: join(root, 'workspace'),
    fileCommands: join(root, 'file-commands'),
  };
  for (const directory of [directories.temp, directories.toolCache, directories.workspace, directories.fileCommands]) {
    await mkdir(directory, { recursive: true });
  }
  return directories;
}

interface DeclaredInput {
  name: string;
  default: string;
}

/** Reads the `inputs:` of action.yml with their defaults, as the runner does before each step. */
export async function readDeclaredInputs(actionYmlPath: string): Promise<DeclaredInput[]> {
  const document: unknown = parseYaml(await readFile(actionYmlPath, 'utf8'));
  const inputs = isRecord(document) && isRecord(document.inputs) ? document.inputs : {};
  return Object.entries(inputs).map(([name, spec]) => ({
    name,
    default: isRecord(spec) && spec.default !== undefined && spec.default !== null ? String(spec.default) : '',
  }));
}

/**
 * Builds INPUT_* variables: the given inputs plus the declared defaults of the missing ones. The
 * runner upper-cases the name and turns spaces into underscores; hyphens stay. An input that
 * action.yml does not declare is still passed, with a warning, as the runner does.
 */
export function inputVariables(
  declared: readonly DeclaredInput[],
  given: Readonly<Record<string, string>>,
): { inputEnv: Record<string, string>; warnings: string[] } {
  const values = new Map<string, string>();
  for (const input of declared) values.set(input.name, input.default);
  for (const [name, value] of Object.entries(given)) values.set(name, value);

  const inputEnv: Record<string, string> = {};
  for (const [name, value] of values) inputEnv[inputVariableName(name)] = value;

  const known = new Set(declared.map((input) => input.name.toLowerCase()));
  const unexpected = Object.keys(given).filter((name) => !known.has(name.toLowerCase()));
  const warnings =
    unexpected.length > 0
      ? [`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.map((input) => input.name).join("', '")}']`]
      : [];
  return { inputEnv, warnings };
}

export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function stateVariables(state: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
}

/** Applies a step's GITHUB_ENV to the runner's environment and puts its GITHUB_PATH entries first in PATH. */
function jobEnvAfter(runnerEnv: Readonly<Record<string, string | undefined>>, step: StepResult): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...runnerEnv, ...step.env };
  // Each GITHUB_PATH entry goes in front of the ones before it, so the last one written comes first.
  const prepended = [...step.path].reverse();
  const basePath = runnerEnv.PATH ?? '';
  env.PATH = [...prepended, ...(basePath ? [basePath] : [])].join(delimiter);
  return env;
}

interface StepRequest {
  stage: 'main' | 'post';
  script: string;
  env: Record<string, string | undefined>;
  nodePath: string;
  timeoutMs: number;
  workspace: string;
  fileCommands: string;
  signalRequest?: SignalRequest;
}

async function runStep(request: StepRequest): Promise<StepResult> {
  const files = {
    GITHUB_ENV: join(request.fileCommands, `${request.stage}-env`),
    GITHUB_OUTPUT: join(request.fileCommands, `${request.stage}-output`),
    GITHUB_PATH: join(request.fileCommands, `${request.stage}-path`),
    GITHUB_STATE: join(request.fileCommands, `${request.stage}-state`),
    GITHUB_STEP_SUMMARY: join(request.fileCommands, `${request.stage}-summary`),
  };
  for (const file of Object.values(files)) await writeFile(file, '');

  const env = definedOnly({ ...request.env, ...files });
  const outcome = await runProcess(request.nodePath, [request.script], env, request.workspace, request.timeoutMs, request.signalRequest);

  const runnerWarnings: string[] = [];
  const exported = parseKeyValueFile(await readFile(files.GITHUB_ENV, 'utf8'), 'GITHUB_ENV');
  for (const name of BLOCKED_ENV_NAMES) {
    if (name in exported) {
      runnerWarnings.push(`Can't store ${name} output parameter using '$GITHUB_ENV' command.`);
      delete exported[name];
    }
  }

  return {
    stage: request.stage,
    ...outcome,
    outputs: parseKeyValueFile(await readFile(files.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT'),
    env: exported,
    path: parsePathFile(await readFile(files.GITHUB_PATH, 'utf8')),
    state: parseKeyValueFile(await readFile(files.GITHUB_STATE, 'utf8'), 'GITHUB_STATE'),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands: parseWorkflowCommands(outcome.stdout),
    runnerWarnings,
  };
}

interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  signalSentAfterMs?: number;
}

/**
 * Runs a program in its own process group with captured output. On timeout the whole group gets
 * SIGTERM, then SIGKILL. A detached grandchild that keeps the pipes open does not hold the result
 * back for more than PIPE_DRAIN_MS after the program exits. With `signalRequest`, the program
 * itself gets that signal once its condition holds.
 */
function runProcess(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs: number,
  signalRequest?: SignalRequest,
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timeoutTimer = setTimeout(() => {
      timedOut = true;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
    }, timeoutMs);

    let exited = false;
    let signalSentAfterMs: number | undefined;
    let signalTimer: NodeJS.Timeout | undefined;
    if (signalRequest) {
      let checking = false;
      signalTimer = setInterval(() => {
        if (checking || exited || signalSentAfterMs !== undefined) return;
        checking = true;
        Promise.resolve()
          .then(signalRequest.when)
          .then((ready) => {
            if (!ready || exited || signalSentAfterMs !== undefined || child.pid === undefined) return;
            signalSentAfterMs = performance.now() - started;
            clearInterval(signalTimer);
            process.kill(child.pid, signalRequest.signal);
          })
          .catch((error: unknown) => {
            // A condition that throws would never send the signal; stop checking and let the step end.
            clearInterval(signalTimer);
            stderr.push(Buffer.from(`[run-action] signal condition failed: ${error instanceof Error ? error.message : String(error)}\n`));
          })
          .finally(() => {
            checking = false;
          });
      }, signalRequest.intervalMs ?? 100);
    }

    let settled = false;
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      clearInterval(signalTimer);
      child.stdout.destroy();
      child.stderr.destroy();
      resolvePromise({
        exitCode,
        signal,
        timedOut,
        durationMs: performance.now() - started,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        signalSentAfterMs,
      });
    };

    child.once('error', (error) => {
      clearTimeout(timeoutTimer);
      clearInterval(signalTimer);
      reject(error);
    });
    child.once('exit', (exitCode, signal) => {
      exited = true;
      const drain = setTimeout(() => finish(exitCode, signal), PIPE_DRAIN_MS);
      child.once('close', () => {
        clearTimeout(drain);
        finish(exitCode, signal);
      });
    });
  });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already exited.
  }
}

/**
 * Parses a GITHUB_ENV, GITHUB_OUTPUT or GITHUB_STATE file with the runner's rules: `NAME=VALUE`
 * lines, and `NAME<<DELIMITER` blocks whose value is every line up to a line equal to the
 * delimiter. Throws on a malformed line or a missing delimiter, where the runner fails the step.
 */
export function parseKeyValueFile(text: string, fileName = 'file'): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '') continue;

    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '') throw new Error(`Invalid format '${line}' in ${fileName}: the name is empty`);
      values[name] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`Invalid format '${line}' in ${fileName}: expected NAME=VALUE or NAME<<DELIMITER`);

    const name = line.slice(0, heredoc);
    const terminator = line.slice(heredoc + 2);
    if (name === '' || terminator === '') throw new Error(`Invalid format '${line}' in ${fileName}: empty name or delimiter`);
    const valueLines: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== terminator; index += 1) valueLines.push(lines[index] ?? '');
    if (index >= lines.length) throw new Error(`Invalid value in ${fileName}: matching delimiter '${terminator}' not found for '${name}'`);
    values[name] = valueLines.join('\n');
  }
  return values;
}

/** Parses GITHUB_PATH: one directory a line, blank lines ignored. */
export function parsePathFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Parses `::name key=value,key=value::message` lines with the toolkit's escapes: %25 %0D %0A in
 * messages, and also %3A %2C in property values.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
    commands.push({ name: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

function runnerOsName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS';
  if (platform === 'win32') return 'Windows';
  return 'Linux';
}

function runnerArchName(arch: string): string {
  return { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[arch] ?? arch.toUpperCase();
}

function pickVariables(env: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = env[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

function applyOverrides(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Readonly<Record<string, string | undefined>> | undefined,
): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = { ...env };
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
