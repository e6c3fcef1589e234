// One scenario of the simulated macOS runner: a temp directory with the fake tools' state, an
// environment in which the product gets a Mac (the preload, fake sysctl, sudo, installer, brew,
// podman and docker on PATH, TMPDIR and HOME of its own), and the action run through
// run-action.ts as a GitHub runner runs it. finish() stops every process the fakes started, by
// the pids they recorded, and fails when one of them survives.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { writeContainersConf } from '../support/podman.js';
import { runAction, type ActionRun, type JobView, type RunnerEnvironment, type SignalRequest, type StepResult } from './run-action.js';
import { CACHE_SERVICE_TOKEN } from './cache-service.js';

export const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
const FAKE_BIN = join(HARNESS_DIR, 'bin');
const PRELOAD = join(HARNESS_DIR, 'preload-macos.mjs');

/** Programs of this machine that a Mac has too and that the product or the fakes run. */
const SYSTEM_TOOLS = ['node', 'sh', 'env', 'tar', 'gzip', 'ps', 'cat', 'uname', 'sleep', 'id'];
/** Podman's machine helpers; the fakes run a sleeper through links with these names. */
const MACHINE_HELPERS = ['vfkit', 'gvproxy', 'krunkit'];
/** Strings of kubeconfig key material that must never reach a log, a file command or a summary. */
export const KEY_MATERIAL_MARKERS = ['client-key-data', 'BEGIN RSA PRIVATE KEY', 'BEGIN EC PRIVATE KEY'];
/** Set to 1 (npm run simulate) to print each run's log, outputs, summary and tool calls. */
export const SIMULATE_VARIABLE = 'SETUP_PODMAN_K3D_SIMULATE';

const STOP_GRACE_MS = 5_000;

export type FakeArch = 'x64' | 'arm64';

/** How `sysctl -n kern.hv_support` responds: 1, 0, or `unknown oid` as on GitHub's arm64 runners. */
export type Hypervisor = 'available' | 'zero' | 'unknown-oid';

/** Faults read by the fakes from faults.json; see test/harness/README.md. */
export interface Faults {
  podman?: { start?: { hang?: FaultAttempts; fail?: FaultAttempts } };
  brew?: { noBottle?: string[] };
  sysctl?: { oids?: Record<string, string | null> };
  /** Faults of the k3d stand-in; see lib/k3d-create.mjs. */
  k3d?: { create?: 'fail' | 'hang'; message?: string; times?: number };
  /** Faults of the kubectl stand-in; see lib/k3d-kubectl-main.mjs. */
  kubectl?: { notReadyCalls?: number; neverReady?: boolean };
}
export type FaultAttempts = 'first' | 'always' | number | number[];

export interface ScenarioOptions {
  /** Short id, used in directory names and in printed reports. */
  name: string;
  arch: FakeArch;
  /** The download server's mirror URL for this scenario's release tree. */
  mirror: string;
  hypervisor?: Hypervisor;
  /** Homebrew on PATH, as on every GitHub-hosted macOS runner. Default true. */
  homebrew?: boolean;
  /** A Podman of this version already on PATH (in a /usr/local/bin stand-in). */
  podmanOnPath?: string;
  /** The Docker CLI already on PATH. */
  dockerOnPath?: boolean;
  faults?: Faults;
  /** A TMPDIR so long that the default machine's API socket path exceeds macOS's 103 characters. */
  longTmpDir?: boolean;
  runnerEnvironment?: RunnerEnvironment;
  /** More programs of this machine to link into `path/system`, for example bash and grep for doc blocks. */
  extraSystemTools?: readonly string[];
  /** Put a `uname` on PATH that reports macOS (Darwin 24.6.0, this scenario's arch) in place of this machine's. */
  macUname?: boolean;
}

/** What a runner has before main starts, besides the environment. */
export interface RunPreparation {
  /**
   * ACTIONS_CACHE_URL of a cache service (cache-service.ts). @actions/cache matches an entry only
   * for the same absolute paths, so runs that share entries also share a `workRoot`.
   */
  cacheServiceUrl?: string;
  /**
   * The directory for RUNNER_TEMP, the workspace and the tool cache, emptied before main, as every
   * hosted runner of one image has the same paths. By default each run gets its own directory.
   */
  workRoot?: string;
  /** Variables added to this run's environment, for example FAKE_LATENCY. */
  env?: Readonly<Record<string, string>>;
  /** Files to copy into the workspace before main, by their path under it, as actions/checkout puts them there. */
  workspaceFiles?: Readonly<Record<string, string>>;
}

export interface CallRecord {
  tool: string;
  /** The tool's name, then its arguments. */
  argv: string[];
  env: Record<string, string>;
  pid: number;
  time: string;
}

export interface FakeProcess {
  pid: number;
  startTime: string;
  role: string;
  machine?: string;
  attempt?: number;
}

export interface FakeMachine {
  name: string;
  provider: string;
  cpus: number;
  memoryMiB: number;
  diskSizeGiB: number;
  rootful: boolean;
  state: string;
  startAttempts: number;
  session: number | null;
}

export interface FakeState {
  podman: { version: string; source: string } | null;
  installerRuns: Array<{ pkg: string; version: string; arch: string }>;
  brewInstalls: Array<{ formula: string; version: string; env: Record<string, string> }>;
  machines: Record<string, FakeMachine>;
  processes: FakeProcess[];
}

export interface CommandResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export class Scenario {
  private readonly runs: Array<{ label: string; run: ActionRun }> = [];

  private constructor(
    readonly options: ScenarioOptions,
    /** FAKE_STATE_DIR: everything this scenario writes is under it. */
    readonly stateDir: string,
    /** The simulated runner's environment before any step runs. */
    readonly env: Readonly<Record<string, string>>,
  ) {}

  static async create(options: ScenarioOptions): Promise<Scenario> {
    const stateDir = await mkdtemp(join(tmpdir(), `harness-${options.name}-`));
    const directories = {
      fakes: join(stateDir, 'path', 'fakes'),
      system: join(stateDir, 'path', 'system'),
      usrLocalBin: join(stateDir, 'usr-local-bin'),
      optPodmanBin: join(stateDir, 'opt-podman', 'bin'),
      homebrewBin: join(stateDir, 'homebrew', 'bin'),
      home: join(stateDir, 'home'),
      tmp: options.longTmpDir ? longTmpDir(stateDir) : join(stateDir, 'tmp'),
    };
    for (const directory of Object.values(directories)) await mkdir(directory, { recursive: true });
    await writeFile(join(stateDir, 'calls.jsonl'), '');
    await writeFile(join(stateDir, 'faults.json'), `${JSON.stringify(faultsFor(options), null, 2)}\n`);

    for (const tool of ['sysctl', 'sudo', 'installer']) await symlink(join(FAKE_BIN, tool), join(directories.fakes, tool));
    // The fakes directory comes first on PATH, so this uname hides the one in path/system.
    if (options.macUname) await writeMacUname(join(directories.fakes, 'uname'), options.arch);
    await linkSystemTools(directories.system, options.extraSystemTools ?? []);
    if (options.homebrew ?? true) await symlink(join(FAKE_BIN, 'brew'), join(directories.homebrewBin, 'brew'));
    if (options.dockerOnPath) await copyFile(join(FAKE_BIN, 'docker'), join(directories.usrLocalBin, 'docker'));
    if (options.podmanOnPath) {
      await symlink(join(FAKE_BIN, 'podman'), join(directories.usrLocalBin, 'podman'));
      for (const helper of MACHINE_HELPERS) await symlink(process.execPath, join(directories.usrLocalBin, helper));
      const state = { podman: { version: options.podmanOnPath, source: 'preinstalled', macHelperInstalled: false, bin: directories.usrLocalBin } };
      await writeFile(join(stateDir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
    }

    const containersConf = await writeContainersConf(stateDir);
    // The installer's and Homebrew's directories are on PATH from the start, empty until an
    // install fills them, as /opt/podman/bin (through /etc/paths.d) and /opt/homebrew/bin are.
    const path = [
      directories.fakes,
      directories.optPodmanBin,
      ...(options.homebrew ?? true ? [directories.homebrewBin] : []),
      directories.usrLocalBin,
      directories.system,
    ];
    const env: Record<string, string> = {
      PATH: path.join(delimiter),
      HOME: directories.home,
      TMPDIR: directories.tmp,
      USER: 'runner',
      LANG: 'en_US.UTF-8',
      NODE_OPTIONS: `--import ${PRELOAD}`,
      FAKE_ARCH: options.arch,
      FAKE_STATE_DIR: stateDir,
      FAKE_REAL_PODMAN: findOnPath('podman') ?? '/usr/bin/podman',
      FAKE_REAL_DOCKER: findOnPath('docker') ?? '/usr/local/bin/docker',
      CONTAINERS_CONF: containersConf.path,
      SETUP_PODMAN_K3D_DOWNLOAD_MIRROR: options.mirror,
    };
    return new Scenario(options, stateDir, env);
  }

  /** Runs a command in the simulated runner's environment, for example the fake podman to prepare a machine. */
  run(argv: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<CommandResult> {
    return runCommand(argv, { ...this.env, ...extraEnv });
  }

  /** Runs a command with the environment a later job step gets (GITHUB_ENV and GITHUB_PATH applied). */
  runInJob(job: JobView, argv: readonly string[]): Promise<CommandResult> {
    return runCommand(argv, job.env);
  }

  /** Creates (and optionally starts) a machine with the fake podman, then clears calls.jsonl. */
  async prepareMachine(name: string, options: { start: boolean; rootful?: boolean }): Promise<void> {
    const init = ['podman', 'machine', 'init', '--cpus', '2', '--memory', '4096', '--disk-size', '50'];
    if (options.rootful ?? true) init.push('--rootful');
    await this.expectSuccess([...init, name]);
    if (options.start) await this.expectSuccess(['podman', 'machine', 'start', '--no-info', name]);
    await this.resetCalls();
  }

  /** Empties calls.jsonl, so later assertions see only the calls that follow. */
  async resetCalls(): Promise<void> {
    await writeFile(join(this.stateDir, 'calls.jsonl'), '');
  }

  private async expectSuccess(argv: readonly string[]): Promise<void> {
    const result = await this.run(argv);
    if (result.exitCode !== 0) {
      throw new Error(`Preparing the scenario failed: ${argv.join(' ')} exited ${result.exitCode}\n${result.stderr}`);
    }
  }

  /** Runs main and post the way a GitHub-hosted (or self-hosted) macOS runner does. */
  async runAction(
    inputs: Readonly<Record<string, string>>,
    options: {
      label?: string;
      afterMain?: (main: StepResult, job: JobView) => Promise<void> | void;
      timeoutMs?: number;
      /** A signal for main's node process once a condition holds; see run-action.ts. */
      signalMain?: SignalRequest;
    } & RunPreparation = {},
  ): Promise<ActionRun> {
    const workRoot = options.workRoot ?? join(this.stateDir, `runner-${this.runs.length + 1}`);
    if (options.workRoot) await rm(options.workRoot, { recursive: true, force: true });
    await prepareRunner(workRoot, options);
    const cacheEnv = options.cacheServiceUrl
      ? { ACTIONS_CACHE_URL: options.cacheServiceUrl, ACTIONS_RUNTIME_TOKEN: CACHE_SERVICE_TOKEN }
      : {};
    const run = await runAction({
      inputs,
      baseEnv: { ...this.env, ...cacheEnv, ...options.env },
      runnerEnvironment: this.options.runnerEnvironment ?? 'github-hosted',
      runnerOs: 'macOS',
      runnerArch: this.options.arch === 'arm64' ? 'ARM64' : 'X64',
      workRoot,
      timeoutMs: options.timeoutMs ?? 5 * 60_000,
      afterMain: options.afterMain,
      signalMain: options.signalMain,
    });
    this.runs.push({ label: options.label ?? `run ${this.runs.length + 1}`, run });
    if (process.env[SIMULATE_VARIABLE] === '1') this.printRun(options.label ?? `run ${this.runs.length}`, run);
    return run;
  }

  calls(): CallRecord[] {
    return readFileSync(join(this.stateDir, 'calls.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as CallRecord);
  }

  /** Returns the argv of each call to `tool`, in order. */
  argvOf(tool: string): string[][] {
    return this.calls()
      .filter((call) => call.tool === tool)
      .map((call) => call.argv);
  }

  state(): FakeState {
    const path = join(this.stateDir, 'state.json');
    const raw: Partial<FakeState> = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<FakeState>) : {};
    return {
      podman: raw.podman ?? null,
      installerRuns: raw.installerRuns ?? [],
      brewInstalls: raw.brewInstalls ?? [],
      machines: raw.machines ?? {},
      processes: raw.processes ?? [],
    };
  }

  /** Returns the recorded processes that still run. */
  liveProcesses(filter: (record: FakeProcess) => boolean = () => true): FakeProcess[] {
    return this.state().processes.filter((record) => filter(record) && isRunning(record));
  }

  /**
   * Returns every text a user or a later step could see: logs, file commands, summaries, tool argv.
   * With `asShown`, the logs leave out the `::add-mask::` lines, which contain the very values they
   * mask. The runner consumes those lines and never shows them.
   */
  visibleText(options: { asShown?: boolean } = {}): string {
    const parts: string[] = [readFileSync(join(this.stateDir, 'calls.jsonl'), 'utf8')];
    const asShown = (log: string) => (options.asShown ? log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n') : log);
    for (const { run } of this.runs) {
      for (const step of [run.main, run.post]) {
        if (!step) continue;
        parts.push(asShown(step.stdout), step.stderr, step.summary, JSON.stringify(step.outputs), JSON.stringify(step.env), JSON.stringify(step.state));
      }
    }
    return parts.join('\n');
  }

  /**
   * Stops every process the fakes recorded (SIGTERM to its process group, then SIGKILL), and
   * throws when one survives. Removes the state directory unless `keepFiles` is set or the run
   * is a simulation, and prints where the files are when it keeps them.
   */
  async finish(options: { keepFiles?: boolean } = {}): Promise<{ stopped: FakeProcess[] }> {
    const running = this.liveProcesses();
    for (const record of running) signalGroup(record.pid, 'SIGTERM');
    await waitUntil(() => running.every((record) => !isRunning(record)), STOP_GRACE_MS);
    for (const record of running.filter(isRunning)) signalGroup(record.pid, 'SIGKILL');
    await waitUntil(() => running.every((record) => !isRunning(record)), STOP_GRACE_MS);

    const survivors = running.filter(isRunning);
    if (survivors.length > 0) {
      throw new Error(`Processes of scenario ${this.options.name} survived SIGKILL: ${JSON.stringify(survivors)}`);
    }
    if (options.keepFiles || process.env[SIMULATE_VARIABLE] === '1') {
      console.log(`[harness] ${this.options.name}: files kept in ${this.stateDir}`);
    } else {
      await rm(this.stateDir, { recursive: true, force: true });
    }
    return { stopped: running };
  }

  private printRun(label: string, run: ActionRun): void {
    const lines = [`\n===== ${this.options.name}: ${label} =====`];
    for (const step of [run.main, run.post]) {
      if (!step) continue;
      lines.push(`----- ${step.stage}: exit ${step.exitCode} in ${(step.durationMs / 1000).toFixed(1)} s -----`);
      if (step.signalSentAfterMs !== undefined) lines.push(`(signal sent after ${(step.signalSentAfterMs / 1000).toFixed(1)} s)`);
      lines.push(step.stdout.trimEnd());
      if (step.stderr.trim()) lines.push('----- stderr -----', step.stderr.trimEnd());
    }
    lines.push('----- outputs -----', ...Object.entries(run.outputs).map(([name, value]) => `${name}=${value}`));
    lines.push('----- GITHUB_ENV -----', ...Object.entries(run.env).map(([name, value]) => `${name}=${value}`));
    lines.push('----- GITHUB_PATH -----', ...run.path);
    lines.push('----- step summary -----', run.summary.trimEnd());
    lines.push('----- fake tool calls -----', ...this.calls().map((call) => call.argv.join(' ')));
    console.log(lines.join('\n'));
  }
}

function faultsFor(options: ScenarioOptions): Faults {
  const faults: Faults = { ...options.faults };
  const hypervisor = options.hypervisor ?? 'available';
  if (hypervisor !== 'available') {
    faults.sysctl = { oids: { ...faults.sysctl?.oids, 'kern.hv_support': hypervisor === 'zero' ? '0' : null } };
  }
  return faults;
}

/**
 * Returns a TMPDIR under `stateDir` that makes `$TMPDIR/podman/podman-machine-default-api.sock` 105
 * characters long: over macOS's 103, so Podman reports a symlink, and under Linux's 107, so the
 * real Podman service can still listen on the full path.
 */
function longTmpDir(stateDir: string): string {
  const suffix = '/podman/podman-machine-default-api.sock';
  const prefix = join(stateDir, 'tmp-');
  const padding = 105 - suffix.length - prefix.length;
  if (padding < 1) throw new Error(`The state directory ${stateDir} is too long to build a 105-character socket path`);
  return `${prefix}${'x'.repeat(padding)}`;
}

/** Copies what a runner has before main into its directories under `workRoot`; see RunPreparation. */
async function prepareRunner(workRoot: string, preparation: RunPreparation): Promise<void> {
  for (const [path, source] of Object.entries(preparation.workspaceFiles ?? {})) {
    const target = join(workRoot, 'workspace', path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
  }
}

/**
 * Writes a `uname` that prints what macOS 15 prints (Darwin 24.6.0) for -s (the default), -r and
 * -m, so shell code that branches on the system takes its macOS path. Other options fail.
 */
async function writeMacUname(path: string, arch: FakeArch): Promise<void> {
  const machine = arch === 'arm64' ? 'arm64' : 'x86_64';
  const script = [
    '#!/bin/sh',
    '# uname of the simulated Mac (test harness).',
    'case "${1:--s}" in',
    '  -s) echo Darwin ;;',
    '  -r) echo 24.6.0 ;;',
    `  -m) echo ${machine} ;;`,
    '  *) echo "uname of the simulated Mac: option $1 is not simulated (only -s, -r, -m)" >&2; exit 1 ;;',
    'esac',
    '',
  ].join('\n');
  await writeFile(path, script);
  await chmod(path, 0o755);
}

async function linkSystemTools(directory: string, extraTools: readonly string[]): Promise<void> {
  for (const tool of [...SYSTEM_TOOLS, ...extraTools]) {
    const target = tool === 'node' ? process.execPath : findOnPath(tool);
    if (!target) throw new Error(`The harness needs ${tool} on PATH`);
    await symlink(target, join(directory, tool));
  }
}

function findOnPath(name: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (directory && existsSync(join(directory, name))) return join(directory, name);
  }
  return undefined;
}

function runCommand(argv: readonly string[], env: Readonly<Record<string, string>>): Promise<CommandResult> {
  const [file, ...args] = argv;
  if (!file) return Promise.reject(new Error('Empty argv'));
  return new Promise((resolve, reject) => {
    const pathDirs = (env.PATH ?? '').split(delimiter);
    const resolved = file.includes('/') ? file : pathDirs.map((dir) => join(dir, file)).find((candidate) => existsSync(candidate));
    if (!resolved) return reject(new Error(`${file} is not on the scenario's PATH`));

    const child = spawn(resolved, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/** Returns the start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), or undefined for a gone or zombie process. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

/** True when the recorded process still runs and its pid was not reused. */
export function isRunning(record: FakeProcess): boolean {
  const startTime = processStartTime(record.pid);
  return startTime !== undefined && startTime === record.startTime;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}
