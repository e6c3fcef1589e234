// `podman machine` for the fake podman, following Podman 5.x on macOS (applehv, vfkit and gvproxy):
// the same argv, output, JSON shapes, error texts and exit status 125 on every failure. Where
// Podman starts a VM, this starts the real `podman system service` of this Linux machine on the
// socket path that `podman machine inspect` reports, so the Docker CLI reaches a real Podman API.
// vfkit and gvproxy are stand-ins that only sleep, each in its own process group like the real
// helpers, so a helper that outlives a failed start stays behind until someone stops it.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { FlagError, parseFlags } from './fake-flags.mjs';
import { hostArch, hostMemoryMiB, sysctlOids } from './fake-host.mjs';
import { sleepFor } from './fake-latency.mjs';
import { ensureDir, faultsFor, isRunning, podmanFail, readState, statePath, trackProcess, updateState } from './fake-state.mjs';

const DEFAULT_NAME = 'podman-machine-default';
const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const MAX_NAME_LENGTH = 30;
/** Podman 5.x makes a shorter symlink for socket paths longer than this (macOS sun_path limit). */
const MAX_SOCKET_PATH = 103;
const NEVER_UP = '0001-01-01T00:00:00Z';
const PROVIDERS = ['applehv', 'libkrun'];
const REAL_PODMAN = process.env.FAKE_REAL_PODMAN || '/usr/bin/podman';
const API_WAIT_MS = 30_000;
const STOP_GRACE_MS = 5000;
const SLEEPER = join(dirname(fileURLToPath(import.meta.url)), 'helper-sleeper.mjs');

const SUBCOMMANDS = { init, start, stop, rm, inspect, list, ls: list };

/** Runs `podman machine SUBCOMMAND ARGS...`; returns the exit status. */
export async function machineCommand(subcommand, args) {
  const run = SUBCOMMANDS[subcommand];
  if (!subcommand) podmanFail("missing command 'podman machine COMMAND'");
  if (!run) podmanFail(`the harness's fake podman does not simulate "podman machine ${subcommand}"`);
  try {
    return await run(args);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    process.stderr.write(`Error: ${error.message}\nSee 'podman machine ${subcommand} --help'\n`);
    return 125;
  }
}

/**
 * Returns the API socket that podman's other commands use as a remote client: the running
 * machine's, else the default machine's (which then refuses the connection, as on a Mac).
 */
export function clientSocket() {
  const state = readState();
  const machines = Object.values(state.machines);
  const target = machines.find((machine) => isUp(state, machine)) ?? machines.find((machine) => machine.isDefault) ?? { name: DEFAULT_NAME, provider: 'applehv' };
  const paths = machinePaths(target.name, target.provider);
  return paths.symlink ?? paths.socket;
}

// ---------------------------------------------------------------------------------------------
// Paths and state

function provider() {
  const requested = process.env.CONTAINERS_MACHINE_PROVIDER || 'applehv';
  if (!PROVIDERS.includes(requested)) podmanFail(`unsupported provider "${requested}"`);
  if (requested === 'libkrun' && hostArch() !== 'arm64') {
    podmanFail('libkrun is not supported on Intel based machines. Please revert to the applehv provider');
  }
  return requested;
}

/** Returns where Podman 5.x keeps a machine's files on macOS. The socket follows $TMPDIR on every call. */
function machinePaths(name, providerName) {
  const home = process.env.HOME ?? '/tmp';
  const runDir = join(process.env.TMPDIR || '/tmp', 'podman');
  const dataDir = join(home, '.local', 'share', 'containers', 'podman', 'machine', providerName);
  const socket = join(runDir, `${name}-api.sock`);
  return {
    configDir: join(home, '.config', 'containers', 'podman', 'machine', providerName),
    dataDir,
    runDir,
    socket,
    symlink: socket.length > MAX_SOCKET_PATH ? join(home, '.podman', `${name}-api.sock`) : undefined,
    disk: join(dataDir, `${name}-${hostArch() === 'arm64' ? 'arm64' : 'amd64'}.raw`),
    serialLog: join(runDir, `${name}.log`),
    gvproxySocket: join(runDir, `${name}-gvproxy.sock`),
    identity: join(home, '.local', 'share', 'containers', 'podman', 'machine', 'machine'),
  };
}

function podmanMajor() {
  return Number((readState().podman?.version ?? '5').split('.')[0]);
}

/** Returns the recorded processes of a machine that match `filter` and still run. */
function liveProcesses(state, name, filter = () => true) {
  return state.processes.filter((record) => record.machine === name && filter(record) && isRunning(record));
}

/** Running means the last successful start's hypervisor is still alive, which is the state Podman reads from vfkit. */
function isUp(state, machine) {
  if (machine.state !== 'running') return false;
  return liveProcesses(state, machine.name, (record) => record.attempt === machine.session && isHypervisor(record.role)).length > 0;
}

function isStarting(state, machine) {
  return machine.starting === true && liveProcesses(state, machine.name, (record) => record.role === 'start').length > 0;
}

function isHypervisor(role) {
  return role === 'vfkit' || role === 'krunkit';
}

function singleName(positionals) {
  if (positionals.length > 1) throw new FlagError(`accepts at most 1 arg(s), received ${positionals.length}`);
  return positionals[0] || DEFAULT_NAME;
}

function existingMachine(name) {
  const machine = readState().machines[name];
  if (!machine) podmanFail(`${name}: VM does not exist`);
  return machine;
}

// ---------------------------------------------------------------------------------------------
// init

async function init(args) {
  const { flags, positionals } = parseFlags(args, {
    cpus: { type: 'uint' },
    memory: { type: 'uint', short: 'm' },
    'disk-size': { type: 'uint' },
    swap: { type: 'uint', short: 's' },
    rootful: { type: 'bool' },
    now: { type: 'bool' },
    image: { type: 'string' },
    'image-path': { type: 'string' },
    volume: { type: 'stringArray', short: 'v' },
    username: { type: 'string' },
    timezone: { type: 'string' },
    playbook: { type: 'string' },
    'ignition-path': { type: 'string' },
    usb: { type: 'stringArray' },
    'user-mode-networking': { type: 'bool' },
    'tls-verify': { type: 'bool' },
    'update-connection': { type: 'bool', short: 'u' },
  });
  const name = singleName(positionals);
  if (name.length > MAX_NAME_LENGTH) podmanFail(`machine name "${name}" must be ${MAX_NAME_LENGTH} characters or less`);
  if (!NAME_PATTERN.test(name)) podmanFail(`invalid name "${name}": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument`);
  if ([...PROVIDERS, 'qemu', 'wsl', 'hyperv'].includes(name)) podmanFail(`cannot use "${name}" for a machine name`);

  const providerName = provider();
  if (readState().machines[name]) {
    podmanFail(podmanMajor() >= 6 ? `machine "${name}" already exists` : `${name}: VM already exists`);
  }

  const cpus = flags.cpus ?? Math.max(1, Math.floor(Number(sysctlOids()['hw.ncpu'] ?? 2) / 2));
  const memory = flags.memory ?? 2048;
  const totalMemory = hostMemoryMiB();
  if (memory > totalMemory) podmanFail(`requested amount of memory (${memory} MB) greater than total system memory (${totalMemory} MB)`);
  const image = flags.image ?? flags['image-path'];
  if (image && !image.includes('://') && !existsSync(image)) podmanFail(`stat ${image}: no such file or directory`);

  const paths = machinePaths(name, providerName);
  // With FAKE_LATENCY set: the image download (skipped for a local --image file), then the
  // decompression into the machine's disk, which every init does.
  if (!image || image.startsWith('docker://')) await sleepFor('machine.imageDownload');
  await sleepFor('machine.init');
  printImageFetch(image, paths);

  const machine = {
    name,
    provider: providerName,
    cpus,
    memoryMiB: memory,
    diskSizeGiB: flags['disk-size'] ?? 100,
    swapMiB: flags.swap ?? 0,
    rootful: flags.rootful === true,
    image: image ?? null,
    volumes: flags.volume ?? ['/Users:/Users', '/private:/private', '/var/folders:/var/folders'],
    created: new Date().toISOString(),
    lastUp: NEVER_UP,
    state: 'stopped',
    starting: false,
    startAttempts: 0,
    session: null,
    sshPort: 50000 + Math.floor(Math.random() * 10000),
  };
  updateState((state) => {
    machine.isDefault = Object.keys(state.machines).length === 0;
    state.machines[name] = machine;
  });
  mkdirSync(paths.configDir, { recursive: true });
  writeFileSync(join(paths.configDir, `${name}.json`), `${JSON.stringify(machine, null, 2)}\n`);

  process.stdout.write('Machine init complete\n');
  if (flags.now) return start([name]);
  process.stdout.write(`To start your machine run:\n\n\tpodman machine start${name === DEFAULT_NAME ? '' : ` ${name}`}\n\n`);
  return 0;
}

function printImageFetch(image, paths) {
  const diskName = paths.disk.split('/').pop();
  if (!image || image.startsWith('docker://')) {
    const version = (readState().podman?.version ?? '5.8').split('.').slice(0, 2).join('.');
    const digest = fakeDigest(diskName);
    process.stdout.write(`Looking up Podman Machine image at quay.io/podman/machine-os:${version} to create VM\n`);
    process.stdout.write('Getting image source signatures\n');
    process.stdout.write(`Copying blob sha256:${digest} done\n`);
    process.stdout.write('Writing manifest to image destination\n');
    keepPulledImage(paths, digest, version);
  }
  process.stdout.write(`Extracting compressed file: ${diskName}: done\n`);
}

/**
 * Leaves the pulled image in the provider's cache directory as `<digest>.raw.zst`, where Podman 5.x
 * keeps it after init (`~/.local/share/containers/podman/machine/<provider>/cache/`). An image given
 * as a local file with --image is extracted in place and leaves nothing there. The file contains
 * the zstd frame magic and a line of text, not an image.
 */
function keepPulledImage(paths, digest, version) {
  const cacheDir = ensureDir(join(paths.dataDir, 'cache'));
  const zstdMagic = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
  const text = Buffer.from(`fake machine-os ${version} image of the test harness\n`);
  writeFileSync(join(cacheDir, `${digest}.raw.zst`), Buffer.concat([zstdMagic, text]));
}

function fakeDigest(seed) {
  let hex = '';
  for (let index = 0; hex.length < 64; index += 1) hex += ((seed.charCodeAt(index % seed.length) * (index + 7)) % 256).toString(16).padStart(2, '0');
  return hex.slice(0, 64);
}

// ---------------------------------------------------------------------------------------------
// start

async function start(args) {
  const { flags, positionals } = parseFlags(args, {
    'no-info': { type: 'bool' },
    quiet: { type: 'bool', short: 'q' },
    'update-connection': { type: 'bool', short: 'u' },
  });
  const name = singleName(positionals);
  const providerName = provider();
  const machine = existingMachine(name);
  checkExclusive(name);

  if (!flags.quiet) process.stdout.write(`Starting machine "${name}"\n`);
  const attempt = updateState((state) => {
    const record = state.machines[name];
    record.startAttempts += 1;
    record.starting = true;
    trackProcess(state, { pid: process.pid, role: 'start', machine: name, attempt: record.startAttempts });
    return record.startAttempts;
  });
  const paths = machinePaths(name, providerName);
  const hypervisor = providerName === 'libkrun' ? 'krunkit' : 'vfkit';
  stopEarlierNetworking(name, attempt);

  // Podman clears its "starting" mark and cleans up gvproxy when it is signalled mid-start, and
  // the hypervisor it already launched stays running.
  const onSignal = (signal) => {
    updateState((state) => {
      state.machines[name].starting = false;
    });
    stopRecorded(name, (record) => record.attempt === attempt && (record.role === 'gvproxy' || record.role === 'service'));
    const text = signal === 'SIGINT' ? 'interrupt' : 'terminated';
    process.stderr.write(`time="${new Date().toISOString()}" level=error msg="signal received when starting the machine: ${text}"\n`);
    process.exit(1);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  spawnHelper(name, attempt, 'gvproxy', gvproxyArgs(machine, paths));

  const faults = faultsFor('podman').start ?? {};
  const leftover = liveProcesses(readState(), name, (record) => isHypervisor(record.role) && record.attempt !== attempt);
  if (appliesTo(faults.fail, attempt) || leftover.length > 0) {
    const reason = leftover.length > 0
      ? `${hypervisor}: could not open ${paths.disk}: resource temporarily unavailable (in use by pid ${leftover[0].pid})`
      : 'virtio-blk: I/O error while reading the boot partition';
    writeSerialLog(paths, machine, [`${hypervisor}: ${reason}`, `${hypervisor}: exiting with status 1`]);
    return failStart(name, attempt, `${hypervisor} exited unexpectedly with exit code 1`);
  }

  spawnHelper(name, attempt, hypervisor, vfkitArgs(machine, paths));

  if (appliesTo(faults.hang, attempt)) {
    writeSerialLog(paths, machine, ['Starting ignition (fetch)...']);
    // `podman machine start` has no timeout of its own, so it waits here until it is signalled.
    await new Promise(() => setInterval(() => undefined, 1 << 30));
  }

  // With FAKE_LATENCY set, the boot takes the modelled time of `machine.start`.
  await sleepFor('machine.start');
  const socketReady = await serveApiSocket(name, attempt, paths);
  if (!socketReady.ok) {
    return failStart(name, attempt, `machine did not transition into running state: ssh error: ${socketReady.reason}`, true);
  }
  writeSerialLog(paths, machine, ['Reached target multi-user.target - Multi-User System.']);

  if (!flags['no-info'] && !flags.quiet) printStartInfo(machine, paths);
  updateState((state) => {
    const record = state.machines[name];
    record.state = 'running';
    record.starting = false;
    record.session = attempt;
    record.lastUp = new Date().toISOString();
  });
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  process.stdout.write(`Machine "${name}" started successfully\n`);
  return 0;
}

/** Podman runs one machine at a time on macOS. */
function checkExclusive(name) {
  const state = readState();
  for (const machine of Object.values(state.machines)) {
    if (!isUp(state, machine) && !isStarting(state, machine)) continue;
    if (machine.name === name) podmanFail(`unable to start "${name}": already running`);
    podmanFail(`unable to start "${name}": ${machine.name} already starting or running: only one VM can be active at a time`);
  }
}

/** "first" applies to the first attempt only, "always" to every attempt, a number to that attempt. */
function appliesTo(setting, attempt) {
  if (setting === 'always') return true;
  if (setting === 'first') return attempt === 1;
  if (Array.isArray(setting)) return setting.includes(attempt);
  return setting === attempt;
}

/** Stops gvproxy and the API service of earlier attempts, as Podman stops the gvproxy its pid file names. */
function stopEarlierNetworking(name, attempt) {
  stopRecorded(name, (record) => record.attempt !== attempt && (record.role === 'gvproxy' || record.role === 'service'));
}

function failStart(name, attempt, message, stopHypervisor = false) {
  // Podman's start clean-up stops gvproxy on any error. The hypervisor is stopped only when the
  // readiness check failed.
  stopRecorded(name, (record) => record.attempt === attempt && (record.role === 'gvproxy' || record.role === 'service' || (stopHypervisor && isHypervisor(record.role))));
  updateState((state) => {
    state.machines[name].starting = false;
  });
  podmanFail(message);
}

function gvproxyArgs(machine, paths) {
  return [
    '-mtu', '1500',
    '-ssh-port', String(machine.sshPort),
    '-listen-vfkit', `unixgram://${paths.gvproxySocket}`,
    '-forward-sock', paths.socket,
    '-forward-dest', machine.rootful ? '/run/podman/podman.sock' : `/run/user/${process.getuid?.() ?? 501}/podman/podman.sock`,
    '-forward-user', machine.rootful ? 'root' : 'core',
    '-forward-identity', paths.identity,
    '-pid-file', join(paths.runDir, `${machine.name}-gvproxy.pid`),
    '-log-file', join(paths.runDir, `${machine.name}-gvproxy.log`),
  ];
}

function vfkitArgs(machine, paths) {
  return [
    '--cpus', String(machine.cpus),
    '--memory', String(machine.memoryMiB),
    '--bootloader', `efi,variable-store=${join(paths.dataDir, `efi-bl-${machine.name}`)},create`,
    '--device', `virtio-blk,path=${paths.disk}`,
    '--device', 'virtio-rng',
    '--device', `virtio-vsock,port=1025,socketURL=${join(paths.runDir, `${machine.name}.sock`)},listen`,
    '--device', `virtio-net,unixSocketPath=${paths.gvproxySocket},mac=5a:94:ef:e4:0c:ee`,
    '--device', `virtio-serial,logFilePath=${paths.serialLog}`,
    '--restful-uri', 'tcp://localhost:0',
  ];
}

/** Directories where Podman looks for its helpers on macOS, as in containers.conf's helper_binaries_dir. */
function helperDirectories() {
  const invoked = dirname(process.argv[1] ?? '');
  return [
    invoked,
    join(invoked, '..', 'libexec', 'podman'),
    statePath('homebrew', 'opt', 'podman', 'libexec', 'podman'),
    statePath('opt-podman', 'bin'),
  ];
}

function spawnHelper(name, attempt, helper, args) {
  const directories = helperDirectories();
  const program = directories.map((directory) => join(directory, helper)).find((path) => existsSync(path));
  if (!program) {
    failStart(name, attempt, `could not find "${helper}" in one of [${directories.join(' ')}]`);
  }
  const pid = spawnDetached(program, [SLEEPER, ...args], `${helper}-${name}-${attempt}.log`);
  updateState((state) => trackProcess(state, { pid, role: helper, machine: name, attempt }));
  return pid;
}

/** Starts a process in its own process group with its output in $FAKE_STATE_DIR/logs/LOGNAME. */
function spawnDetached(program, args, logName, env = helperEnv()) {
  const logPath = join(ensureDir(statePath('logs')), logName);
  const log = openSync(logPath, 'a');
  try {
    const child = spawn(program, args, { detached: true, stdio: ['ignore', log, log], env });
    if (child.pid === undefined) podmanFail(`unable to start ${program}`);
    child.unref();
    return child.pid;
  } finally {
    closeSync(log);
  }
}

function helperEnv() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * Returns the environment of the Podman service, which takes the place of the Linux guest: a
 * Linux PATH with the sbin directories (netavark runs iptables from there), no macOS TMPDIR, and
 * CONTAINERS_CONF from the scenario, which this sandbox needs.
 */
function guestEnv() {
  const env = helperEnv();
  env.PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  delete env.TMPDIR;
  return env;
}

/** Serves the machine's API socket with the real Podman and waits until it responds to /_ping. */
async function serveApiSocket(name, attempt, paths) {
  mkdirSync(paths.runDir, { recursive: true });
  rmSync(paths.socket, { force: true });
  if (paths.symlink) {
    mkdirSync(dirname(paths.symlink), { recursive: true, mode: 0o700 });
    removeLink(paths.symlink);
    symlinkSync(paths.socket, paths.symlink);
  }

  const serviceArgs = ['system', 'service', '--time=0', `unix://${paths.socket}`];
  const pid = spawnDetached(REAL_PODMAN, serviceArgs, `podman-service-${name}-${attempt}.log`, guestEnv());
  updateState((state) => trackProcess(state, { pid, role: 'service', machine: name, attempt }));

  const deadline = Date.now() + API_WAIT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const result = await ping(paths.socket);
    if (result.ok) return result;
    last = result.reason;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ok: false, reason: `API socket ${paths.socket}: ${last}` };
}

function ping(socketPath) {
  return new Promise((resolve) => {
    const call = request({ socketPath, path: '/_ping', timeout: 2000, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200 ? { ok: true } : { ok: false, reason: `HTTP ${response.statusCode}` }));
    });
    call.on('timeout', () => call.destroy(new Error('timeout')));
    call.on('error', (error) => resolve({ ok: false, reason: error.code ?? error.message }));
    call.end();
  });
}

function removeLink(path) {
  try {
    lstatSync(path);
    rmSync(path, { force: true });
  } catch {
    // Nothing there.
  }
}

/** Appends boot lines to the serial console log that Podman keeps at $TMPDIR/podman/NAME.log. */
function writeSerialLog(paths, machine, lastLines) {
  mkdirSync(paths.runDir, { recursive: true });
  const arch = hostArch() === 'arm64' ? 'aarch64' : 'x86_64';
  const lines = [
    `[    0.000000] Linux version 6.15.9-201.fc42.${arch} (simulated console of ${machine.name})`,
    `[    0.000000] Command line: BOOT_IMAGE=(hd0,gpt3)/boot/ostree/fedora-coreos/vmlinuz mitigations=auto,nosmt ignition.platform.id=applehv`,
    `[    0.412345] virtio_blk virtio1: [vda] ${machine.diskSizeGiB * 2 * 1024 * 1024} 512-byte logical blocks`,
    ...lastLines.map((line, index) => `[    ${(1.5 + index).toFixed(6)}] ${line}`),
  ];
  writeFileSync(paths.serialLog, `${lines.join('\n')}\n`, { flag: 'a' });
}

function printStartInfo(machine, paths) {
  const name = machine.name;
  if (!machine.rootful) {
    process.stdout.write('\nThis machine is currently configured in rootless mode. If your containers\n');
    process.stdout.write('require root permissions (e.g. ports < 1024), or if you run into compatibility\n');
    process.stdout.write('issues with non-podman clients, you can switch using the following command:\n\n');
    process.stdout.write(`\tpodman machine set --rootful${name === DEFAULT_NAME ? '' : ` ${name}`}\n\n`);
  }
  if (readState().podman?.macHelperInstalled) {
    process.stdout.write('API forwarding listening on: /var/run/docker.sock\n');
    process.stdout.write('Docker API clients default to this address. You do not need to set DOCKER_HOST.\n\n');
    return;
  }
  const socket = paths.symlink ?? paths.socket;
  process.stdout.write(`API forwarding listening on: ${socket}\n\n`);
  process.stdout.write("The system helper service is not installed; the default Docker API socket\naddress can't be used by podman.\n\n");
  process.stdout.write('You can still connect Docker API clients by setting DOCKER_HOST using the\nfollowing command in your terminal session:\n\n');
  process.stdout.write(`\texport DOCKER_HOST='unix://${socket}'\n\n`);
}

// ---------------------------------------------------------------------------------------------
// stop and rm

async function stop(args) {
  const { positionals } = parseFlags(args, {});
  const name = singleName(positionals);
  provider();
  const machine = existingMachine(name);
  const state = readState();

  if (isUp(state, machine)) {
    stopMachineProcesses(name, machine.session);
  } else if (isStarting(state, machine)) {
    podmanFail('VM in wrong state to perform action');
  }
  // Stopping a stopped machine is not an error. Helpers that Podman lost track of keep running.
  process.stdout.write(`Machine "${name}" stopped successfully\n`);
  return 0;
}

function stopMachineProcesses(name, session) {
  stopRecorded(name, (record) => record.attempt === session && record.role !== 'start');
  const paths = machinePaths(name, readState().machines[name]?.provider ?? 'applehv');
  rmSync(paths.socket, { force: true });
  if (paths.symlink) removeLink(paths.symlink);
  updateState((state) => {
    const record = state.machines[name];
    record.state = 'stopped';
    record.lastUp = new Date().toISOString();
  });
}

async function rm(args) {
  const { flags, positionals } = parseFlags(args, {
    force: { type: 'bool', short: 'f' },
    'save-image': { type: 'bool' },
    'save-ignition': { type: 'bool' },
  });
  const name = singleName(positionals);
  const providerName = provider();
  const machine = existingMachine(name);
  const up = isUp(readState(), machine);
  if (up && !flags.force) podmanFail(`running vm "${name}" cannot be destroyed`);

  const paths = machinePaths(name, providerName);
  if (!flags.force) {
    process.stdout.write(`The following files will be deleted:\n\n\n${join(paths.configDir, `${name}.json`)}\n${paths.disk}\n`);
    process.stdout.write('Are you sure you want to continue? [y/N] ');
    if (!/^y/i.test(readStdinLine())) podmanFail('user cancelled the removal operation');
  }
  if (up) stopMachineProcesses(name, machine.session);
  updateState((state) => {
    delete state.machines[name];
  });
  rmSync(join(paths.configDir, `${name}.json`), { force: true });
  return 0;
}

function readStdinLine() {
  try {
    return readFileSync(0, 'utf8').split('\n')[0] ?? '';
  } catch {
    return '';
  }
}

/** Stops the recorded processes of a machine that match `filter`, with SIGTERM to the group, then SIGKILL. */
function stopRecorded(name, filter) {
  const targets = liveProcesses(readState(), name, filter).filter((record) => record.pid !== process.pid);
  for (const record of targets) signal(record.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline && targets.some(isRunning)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  for (const record of targets.filter(isRunning)) signal(record.pid, 'SIGKILL');
}

function signal(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// inspect and list

async function inspect(args) {
  const { flags, positionals } = parseFlags(args, { format: { type: 'string', short: 'f' } });
  provider();
  const state = readState();
  const names = positionals.length > 0 ? positionals : [DEFAULT_NAME];
  const found = [];
  const missing = [];
  for (const name of names) {
    const machine = state.machines[name];
    if (machine) found.push(inspectEntry(state, machine));
    else missing.push(name);
  }

  if (flags.format && flags.format !== 'json') {
    for (const entry of found) process.stdout.write(`${renderTemplate(flags.format, entry)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(found, null, 4)}\n`);
  }
  for (const name of missing) process.stderr.write(`Error: ${name}: VM does not exist\n`);
  return missing.length > 0 ? 125 : 0;
}

function inspectEntry(state, machine) {
  const paths = machinePaths(machine.name, machine.provider);
  const podmanSocket = { Path: paths.socket };
  if (paths.symlink) podmanSocket.symlink = paths.symlink;
  const status = isUp(state, machine) ? 'running' : isStarting(state, machine) ? 'starting' : 'stopped';
  return {
    ConfigDir: { Path: paths.configDir },
    ConnectionInfo: { PodmanSocket: podmanSocket, PodmanPipe: null },
    Created: machine.created,
    LastUp: machine.lastUp,
    Name: machine.name,
    Resources: { CPUs: machine.cpus, DiskSize: machine.diskSizeGiB, Memory: machine.memoryMiB, USBs: [] },
    SSHConfig: { IdentityPath: paths.identity, Port: machine.sshPort, RemoteUsername: 'core' },
    State: status,
    UserModeNetworking: true,
    Rootful: machine.rootful,
    Rosetta: hostArch() === 'arm64' && machine.provider === 'applehv',
  };
}

/** Go template subset: `{{json .}}` and field paths such as `{{.ConnectionInfo.PodmanSocket.Path}}`. */
function renderTemplate(format, value) {
  return format.replace(/\{\{\s*(json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}/g, (_match, json, path) => {
    let current = value;
    for (const key of path.split('.').filter(Boolean)) current = current?.[key];
    if (json) return JSON.stringify(current);
    return current === undefined || current === null ? '<no value>' : String(current);
  });
}

async function list(args) {
  const { flags } = parseFlags(args, {
    format: { type: 'string' },
    noheading: { type: 'bool', short: 'n' },
    quiet: { type: 'bool', short: 'q' },
    'all-providers': { type: 'bool' },
  });
  provider();
  const state = readState();
  // Podman 5.6 added the Swap field.
  const withSwap = podmanMajor() > 5 || Number((state.podman?.version ?? '5.8').split('.')[1]) >= 6;
  const entries = Object.values(state.machines)
    .map((machine) => listEntry(state, machine, withSwap))
    .sort((left, right) => Number(right.Running) - Number(left.Running));

  if (flags.format === 'json' || flags.format === '{{json .}}') {
    process.stdout.write(`${JSON.stringify(entries, null, 4)}\n`);
  } else if (flags.quiet) {
    for (const entry of entries) process.stdout.write(`${entry.Name}\n`);
  } else {
    if (!flags.noheading) process.stdout.write('NAME                    VM TYPE     CREATED     LAST UP     CPUS        MEMORY      DISK SIZE\n');
    for (const entry of entries) {
      let lastUp = 'Recently';
      if (entry.Running) lastUp = 'Currently running';
      else if (entry.LastUp === NEVER_UP) lastUp = 'Never';
      process.stdout.write(`${entry.Name}${entry.Default ? '*' : ''}  ${entry.VMType}  Recently  ${lastUp}  ${entry.CPUs}  ${Number(entry.Memory) / 1024 ** 3}GiB  ${Number(entry.DiskSize) / 1024 ** 3}GiB\n`);
    }
  }
  return 0;
}

/** Returns one `podman machine list --format json` entry. Sizes are byte counts printed as strings. */
function listEntry(state, machine, withSwap) {
  const paths = machinePaths(machine.name, machine.provider);
  const entry = {
    Name: machine.name,
    Default: machine.isDefault === true,
    Created: machine.created,
    Running: isUp(state, machine),
    Starting: isStarting(state, machine),
    LastUp: machine.lastUp,
    Stream: 'default',
    VMType: machine.provider,
    CPUs: machine.cpus,
    Memory: String(machine.memoryMiB * 1024 ** 2),
    DiskSize: String(machine.diskSizeGiB * 1024 ** 3),
    Port: machine.sshPort,
    RemoteUsername: 'core',
    IdentityPath: paths.identity,
    UserModeNetworking: true,
  };
  if (withSwap) entry.Swap = String((machine.swapMiB ?? 0) * 1024 ** 2);
  return entry;
}
