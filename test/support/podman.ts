// Helpers for tests that run the real Podman of this machine (Debian 12's podman 4.3.1 with runc).
// They write a containers.conf the tests own, import a busybox image without any registry, check
// prerequisites with a printed skip reason, and stop a `podman system service` by its pid.

import { execFile, spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Settings this sandbox needs, passed through CONTAINERS_CONF so no global file changes. The
 * sandbox lacks CAP_SYS_RESOURCE, so containers ask for limits at or below the current ones. crun
 * rejects the hybrid cgroup layout here, so runc with the cgroupfs manager runs the containers.
 */
export const TEST_CONTAINERS_CONF = `[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
`;

export const BUSYBOX_IMAGE = 'localhost/busybox:test';

/** Statically linked busybox from Debian's busybox-static package, so it runs in an empty root. */
const BUSYBOX_BINARY = '/bin/busybox';
const BUSYBOX_APPLETS = ['sh', 'echo', 'cat', 'ls', 'sleep', 'true', 'false', 'env', 'id', 'hostname'];

const PODMAN_COMMAND_TIMEOUT_MS = 120_000;

/** The rootful API socket that the product serves on Linux. */
export const ROOTFUL_SOCKET = '/run/podman/podman.sock';

export interface ContainersConf {
  path: string;
  /** Variables to add to a child's environment so Podman reads this file. */
  env: { CONTAINERS_CONF: string };
}

/** Writes the tests' containers.conf into `directory` and returns its path and environment. */
export async function writeContainersConf(directory: string): Promise<ContainersConf> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, 'containers.conf');
  await writeFile(path, TEST_CONTAINERS_CONF);
  return { path, env: { CONTAINERS_CONF: path } };
}

export type Availability = { available: true; version: string } | { available: false; reason: string };

/** Runs `podman --version`. When it fails, the reason explains why Podman-backed tests cannot run here. */
export function podmanAvailable(): Availability {
  const result = spawnSync('podman', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    return {
      available: false,
      reason: code === 'ENOENT' ? 'podman is not installed (apt-get install -y podman runc busybox-static)' : `podman --version failed: ${result.error.message}`,
    };
  }
  if (result.status !== 0) {
    return { available: false, reason: `podman --version exited ${result.status}: ${result.stderr.trim()}` };
  }
  const match = /podman version (\S+)/.exec(result.stdout);
  if (!match?.[1]) return { available: false, reason: `unexpected podman --version output: ${result.stdout.trim()}` };
  return { available: true, version: match[1] };
}

/**
 * Returns why the Linux integration tests cannot run here, or undefined when they can. They need
 * Linux, root (the product serves the rootful socket /run/podman/podman.sock), Podman, the Docker
 * CLI and a static busybox to build the test image from.
 */
export function integrationSkipReason(): string | undefined {
  if (process.platform !== 'linux') return `these tests need Linux, and this is ${process.platform}`;
  if (process.getuid?.() !== 0) return 'these tests need root: the product serves the rootful socket /run/podman/podman.sock';
  const podman = podmanAvailable();
  if (!podman.available) return podman.reason;
  const docker = spawnSync('docker', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (docker.error || docker.status !== 0) return 'the Docker CLI (docker) is not on PATH';
  if (!existsSync(BUSYBOX_BINARY)) return `${BUSYBOX_BINARY} is missing (apt-get install -y busybox-static)`;
  return undefined;
}

/** Prints why a suite is skipped, so a skip never goes unnoticed in the test output. */
export function announceSkip(suite: string, reason: string | undefined): void {
  if (reason !== undefined) console.warn(`[skipped] ${suite}: ${reason}`);
}

let busyboxImport: Promise<void> | undefined;

/**
 * Imports `localhost/busybox:test` from /bin/busybox with a few applet links, once per test
 * process, unless the image exists already. `env` must carry CONTAINERS_CONF.
 */
export function importBusyboxImage(env: Readonly<Record<string, string>>): Promise<void> {
  busyboxImport ??= importBusyboxOnce(env).catch((error: unknown) => {
    busyboxImport = undefined;
    throw error;
  });
  return busyboxImport;
}

async function importBusyboxOnce(env: Readonly<Record<string, string>>): Promise<void> {
  const childEnv = { ...process.env, ...env };
  const exists = spawnSync('podman', ['image', 'exists', BUSYBOX_IMAGE], { env: childEnv, timeout: 60_000 });
  if (exists.status === 0) return;

  const work = await mkdtemp(join(tmpdir(), 'busybox-image-'));
  try {
    const root = join(work, 'root');
    await mkdir(join(root, 'bin'), { recursive: true });
    await copyFile(BUSYBOX_BINARY, join(root, 'bin', 'busybox'));
    for (const applet of BUSYBOX_APPLETS) await symlink('busybox', join(root, 'bin', applet));

    const archive = join(work, 'rootfs.tar');
    await execFileAsync('tar', ['-C', root, '-cf', archive, '.'], { timeout: PODMAN_COMMAND_TIMEOUT_MS });
    await execFileAsync('podman', ['import', '--change', 'CMD=["/bin/sh"]', archive, BUSYBOX_IMAGE], {
      env: childEnv,
      timeout: PODMAN_COMMAND_TIMEOUT_MS,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Returns a skip reason when an API already responds on `socketPath`, because a service these
 * tests did not start serves it and the tests would use it or stop it. Undefined otherwise.
 */
export async function socketInUseReason(socketPath = ROOTFUL_SOCKET): Promise<string | undefined> {
  const ping = await pingSocket(socketPath);
  return ping.ok ? `${socketPath} already answers, so a service these tests did not start serves it` : undefined;
}

/**
 * Builds an environment for the product's processes from only PATH, HOME and the locale of this
 * process, so DOCKER_HOST, CONTAINERS_CONF or GITHUB_* of the caller's shell cannot change the result.
 */
export function isolatedEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...extra };
}

export type PingResult = { ok: true } | { ok: false; reason: string };

/** Sends `GET /_ping` to a Docker-compatible API on a unix socket. Podman responds `OK`. */
export function pingSocket(socketPath: string, timeoutMs = 3_000): Promise<PingResult> {
  return new Promise((resolve) => {
    const call = request({ socketPath, path: '/_ping', method: 'GET', timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve(response.statusCode === 200 && body.trim() === 'OK' ? { ok: true } : { ok: false, reason: `HTTP ${response.statusCode}: ${body.trim()}` });
      });
    });
    call.on('timeout', () => {
      call.destroy();
      resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` });
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, reason: error.code ?? error.message }));
    call.end();
  });
}

/**
 * Throws when an API still responds on `socketPath` after a suite stopped every service it knew
 * of: the product started one without reporting its pid. Stop that process by hand (its pid is in
 * `ps`), because these tests signal only pids the product reported.
 */
export async function expectNothingServes(socketPath: string): Promise<void> {
  const end = Date.now() + 5_000;
  while ((await pingSocket(socketPath, 1_000)).ok) {
    if (Date.now() >= end) throw new Error(`${socketPath} still responds after the suite stopped every service pid it was given: a service leaked`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Reads `servicePid` from the JSON that `setup-podman-k3d up --json` prints. */
export function servicePidFromUpJson(stdout: string): number | undefined {
  const report: unknown = JSON.parse(stdout);
  return pidField(report);
}

/** Reads `servicePid` from the CLI's state file, `$SETUP_PODMAN_K3D_STATE_DIR/state.json`. */
export async function servicePidFromStateDir(stateDir: string): Promise<number | undefined> {
  const text = await readFile(join(stateDir, 'state.json'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : pidField(JSON.parse(text) as unknown);
}

/** Finds the pid of the service the CLI started: in `up --json` output first, else in the state file. */
export async function findServicePid(source: { upJson?: string; stateDir?: string }): Promise<number | undefined> {
  const fromJson = source.upJson === undefined ? undefined : servicePidFromUpJson(source.upJson);
  if (fromJson !== undefined) return fromJson;
  return source.stateDir === undefined ? undefined : servicePidFromStateDir(source.stateDir);
}

function pidField(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const pid = (value as { servicePid?: unknown }).servicePid;
  return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * True while `pid` is a process that has not exited. A zombie counts as exited: PID 1 of this
 * sandbox reaps orphans only after a few seconds.
 */
export function isProcessRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processState(pid) !== 'Z';
}

/** Reads the state letter of /proc/PID/stat (R, S, Z, ...), or undefined without /proc. */
function processState(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may contain spaces, so the state follows the last `)`.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
}

/** Reads the argv of a running process from /proc/PID/cmdline, or [] when it cannot be read. */
export async function processArgv(pid: number): Promise<string[]> {
  const text = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return text.split('\0').filter((argument) => argument !== '');
}

/** True when `pid` runs `podman system service`, so a reused pid is never signalled. */
export async function isPodmanService(pid: number): Promise<boolean> {
  const argv = await processArgv(pid);
  return argv.some((argument) => argument.endsWith('podman')) && argv.includes('system') && argv.includes('service');
}

/** Polls until `pid` has exited. Returns false when it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`Invalid pid: ${pid}`);
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (!isProcessRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessRunning(pid);
}

/**
 * Starts `podman system service --time=0` on `socketPath` in its own process group, with its output
 * in `logFile`, and waits until the API responds. Returns the pid; the caller stops it with
 * stopPodmanService in an afterAll or finally.
 */
export async function startPodmanService(
  socketPath: string,
  logFile: string,
  env: Readonly<Record<string, string>>,
  timeoutMs = 30_000,
): Promise<number> {
  await mkdir(dirname(socketPath), { recursive: true });
  const log = await open(logFile, 'a');
  let pid: number | undefined;
  try {
    const child = spawn('podman', ['system', 'service', '--time=0', `unix://${socketPath}`], {
      env: { ...process.env, ...env },
      stdio: ['ignore', log.fd, log.fd],
      detached: true,
    });
    pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => (child.pid === undefined ? reject(new Error('podman started without a pid')) : resolve(child.pid)));
    });
    child.unref();
  } finally {
    await log.close();
  }

  const end = Date.now() + timeoutMs;
  let ping = await pingSocket(socketPath);
  while (!ping.ok && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    ping = await pingSocket(socketPath);
  }
  if (!ping.ok) {
    await stopPodmanService(pid);
    const output = await readFile(logFile, 'utf8').catch(() => '');
    throw new Error(`podman system service on ${socketPath} did not respond within ${timeoutMs} ms (${ping.reason}):\n${output}`);
  }
  return pid;
}

export type StopOutcome = 'stopped' | 'not-running' | 'not-a-podman-service';

/**
 * Stops a `podman system service` that a test started through the product: SIGTERM to its process
 * group (the product starts it as a group leader), then waits for it to exit, and sends SIGKILL to
 * the group when it outlives `timeoutMs`. A pid that now belongs to another program is left alone.
 */
export async function stopPodmanService(pid: number, timeoutMs = 15_000): Promise<StopOutcome> {
  // Pid 1 is init, and 0 or below would address a process group or every process.
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`Invalid service pid: ${pid}`);
  if (!isProcessRunning(pid)) return 'not-running';
  if (!(await isPodmanService(pid))) return 'not-a-podman-service';

  signalGroupOrProcess(pid, 'SIGTERM');
  if (await waitForExit(pid, timeoutMs)) return 'stopped';

  signalGroupOrProcess(pid, 'SIGKILL');
  if (await waitForExit(pid, 5_000)) return 'stopped';
  throw new Error(`podman system service (pid ${pid}) still runs after SIGTERM and SIGKILL`);
}

/** Signals the process group led by `pid`, or the process alone when it leads no group. */
function signalGroupOrProcess(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // It exited in the meantime.
    }
  }
}

export interface CommandOutput {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with captured output. A non-zero exit is returned, not thrown. */
export async function runCommand(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<CommandOutput> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('runCommand needs a program');
  try {
    const { stdout, stderr } = await execFileAsync(file, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      timeout: options.timeoutMs ?? PODMAN_COMMAND_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      encoding: 'utf8',
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { code?: number | string; stdout?: string; stderr?: string; killed?: boolean };
    if (typeof failure.code !== 'number' && !failure.killed) throw error;
    return {
      exitCode: typeof failure.code === 'number' ? failure.code : null,
      stdout: failure.stdout ?? '',
      stderr: failure.stderr ?? '',
    };
  }
}
