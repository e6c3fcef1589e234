// Scenarios of the simulated macOS runner. dist/main and dist/post run as on a GitHub macOS runner,
// with fake sysctl, sudo, installer, brew and podman on PATH and release files from a local server.
// The real Podman of this machine serves the API socket that `podman machine start` reports.
// Each test names its scenario first, so `npm run simulate -- NAME` runs one of them.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { announceSkip, BUSYBOX_IMAGE, importBusyboxImage, integrationSkipReason, writeContainersConf } from '../support/podman.js';
import { startDownloadServer, type DownloadServer, type ServedRequest } from './download-server.js';
import { dockerReleasePath, machineOsPath, podmanReleasePath, sha256, writeReleaseTree, type ReleaseTree } from './releases.js';
import { KEY_MATERIAL_MARKERS, Scenario, type CommandResult, type FakeProcess, type ScenarioOptions } from './scenario.js';
import { ACTION_ROOT, type ActionRun, type StepResult } from './run-action.js';

const PODMAN_VERSION = '5.8.5';
const DOCKER_VERSION = '28.5.2';
const AMD64_PKG = 'podman-installer-macos-amd64.pkg';
/** Each scenario's own limit; a start that hangs costs one 30-second timeout. */
const SCENARIO_TIMEOUT_MS = 240_000;

const MACHINE = 'podman-machine-default';

let server: DownloadServer;
let releaseRoot: string;
let defaultTree: ReleaseTree;
let badChecksumTree: ReleaseTree;

beforeAll(async () => {
  // The scenarios run the committed bundles, as the runner does; without them every run fails alike.
  const mainBundle = join(ACTION_ROOT, 'dist', 'main', 'index.js');
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run npm run build first`);

  releaseRoot = await mkdtemp(join(tmpdir(), 'harness-releases-'));
  const releases = { podmanVersions: [PODMAN_VERSION], dockerVersions: [DOCKER_VERSION] };
  defaultTree = await writeReleaseTree(join(releaseRoot, 'default'), releases);
  badChecksumTree = await writeReleaseTree(join(releaseRoot, 'bad-checksum'), { ...releases, mismatchedChecksums: [AMD64_PKG] });
  server = await startDownloadServer(releaseRoot);
});

afterAll(async () => {
  await server?.close();
  if (releaseRoot) await rm(releaseRoot, { recursive: true, force: true });
});

/**
 * Runs `body` in a new scenario, checks that no kubeconfig key material reached any output, then
 * stops what the fakes started, even when `body` failed.
 */
async function withScenario(options: Omit<ScenarioOptions, 'mirror'> & { tree?: string }, body: (scenario: Scenario, downloads: () => ServedRequest[]) => Promise<void>): Promise<void> {
  const scenario = await Scenario.create({ ...options, mirror: server.mirror(options.tree ?? 'default') });
  const firstRequest = server.requests.length;
  let failure: unknown;
  try {
    await body(scenario, () => server.requests.slice(firstRequest));
    expectNoKeyMaterial(scenario);
  } catch (error) {
    failure = error;
  }
  try {
    await scenario.finish({ keepFiles: failure !== undefined });
  } catch (error) {
    if (failure === undefined) failure = error;
    else console.error(error);
  }
  if (failure !== undefined) throw failure;
}

/** Returns the message of the step's `::error::` line, which the runner shows as the failure. */
function errorMessage(step: StepResult): string {
  return step.commands.filter((command) => command.name === 'error').map((command) => command.message).join('\n');
}

function expectNoKeyMaterial(scenario: Scenario): void {
  const text = scenario.visibleText();
  for (const marker of KEY_MATERIAL_MARKERS) expect(text, `output contains ${marker}`).not.toContain(marker);
}

function expectCleanRun(run: ActionRun): void {
  expect(run.main.exitCode, `main failed:\n${run.main.stdout}\n${run.main.stderr}`).toBe(0);
  expect(run.post?.exitCode).toBe(0);
}

/** Checks what a failed main leaves for the job: exit status 1, a failure summary, no DOCKER_HOST. */
function expectFailedRun(run: ActionRun): void {
  expect(run.main.exitCode).toBe(1);
  expect(run.main.summary).toContain('setup-podman-k3d failed');
  expect(run.env.DOCKER_HOST).toBeUndefined();
  expect(run.outputs['docker-host']).toBeUndefined();
  expect(run.post?.exitCode).toBe(0);
}

describe('simulated macOS runner without hypervisor', () => {
  it('no-hypervisor: arm64 hosted runner fails in seconds', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'no-hypervisor', arch: 'arm64', hypervisor: 'unknown-oid' }, async (scenario, downloads) => {
      const run = await scenario.runAction({ 'create-cluster': 'false' });

      expectFailedRun(run);
      expect(run.main.durationMs).toBeLessThan(10_000);
      const error = errorMessage(run.main);
      expect(error).toContain("sysctl kern.hv_support: sysctl: unknown oid 'kern.hv_support'");
      expect(error).toContain('macos-15-intel');
      expect(error).toContain('macos-26-intel');
      expect(error).toContain('self-hosted Apple silicon');

      // Nothing was installed or downloaded: the hypervisor check is the only call.
      expect(scenario.argvOf('sysctl')).toEqual([['sysctl', '-n', 'kern.hv_support']]);
      expect(scenario.calls().map((call) => call.tool)).toEqual(['sysctl']);
      expect(downloads()).toEqual([]);
      expect(scenario.state().installerRuns).toEqual([]);
      expect(scenario.state().brewInstalls).toEqual([]);

    });
  });
});

/** Returns the argv of each `podman machine SUBCOMMAND` call. */
function machineCalls(scenario: Scenario, subcommand: string): string[][] {
  return scenario.argvOf('podman').filter((argv) => argv[1] === 'machine' && argv[2] === subcommand);
}

/** Returns the fake processes of one machine (optionally of one start attempt) that still run. */
function liveHelpers(scenario: Scenario, machine: string, attempt?: number): FakeProcess[] {
  return scenario.liveProcesses((record) => record.machine === machine && record.role !== 'start' && (attempt === undefined || record.attempt === attempt));
}

function defaultSocket(scenario: Scenario, name = MACHINE): string {
  return join(scenario.env.TMPDIR ?? '', 'podman', `${name}-api.sock`);
}

/** Parses `docker version --format '{{json .}}'` output for the server's engine components. */
function engineComponents(result: CommandResult | undefined): string[] {
  const data = JSON.parse(result?.stdout ?? '{}') as { Server?: { Components?: Array<{ Name: string; Version: string }> } };
  return (data.Server?.Components ?? []).map((component) => `${component.Name} ${component.Version}`);
}

const podmanSkipReason = integrationSkipReason();
announceSkip('simulated macOS runner with a Podman machine', podmanSkipReason);

describe.skipIf(podmanSkipReason !== undefined)('simulated macOS runner with a Podman machine', () => {
  beforeAll(async () => {
    const confDir = await mkdtemp(join(tmpdir(), 'harness-conf-'));
    try {
      const conf = await writeContainersConf(confDir);
      await importBusyboxImage(conf.env);
    } finally {
      await rm(confDir, { recursive: true, force: true });
    }
  });

  it('intel-cold: installs the .pkg and starts the machine', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'intel-cold', arch: 'x64' }, async (scenario, downloads) => {
      const token = `harness-${randomBytes(6).toString('hex')}`;
      let dockerVersion: CommandResult | undefined;
      let containerRun: CommandResult | undefined;
      const run = await scenario.runAction({ 'create-cluster': 'false' }, {
        afterMain: async (main, job) => {
          if (main.exitCode !== 0) return;
          // A later job step: GITHUB_ENV and GITHUB_PATH applied, the Docker CLI from the tarball.
          dockerVersion = await scenario.runInJob(job, ['docker', 'version', '--format', '{{json .}}']);
          containerRun = await scenario.runInJob(job, ['docker', 'run', '--rm', BUSYBOX_IMAGE, '/bin/echo', token]);
        },
      });
      expectCleanRun(run);

      // Downloads: the .pkg and its checksum file from the Podman release, the Docker CLI tarball,
      // and the machine image's index, manifest and disk from the registry.
      const pkgPath = podmanReleasePath(PODMAN_VERSION, AMD64_PKG);
      const served = downloads().map((request) => request.path);
      expect(served).toContain(`/default/${podmanReleasePath(PODMAN_VERSION, 'shasums')}`);
      expect(served).toContain(`/default/${pkgPath}`);
      expect(served).toContain(`/default/${dockerReleasePath('x86_64', DOCKER_VERSION)}`);
      expect(served).toContain(`/default/${machineOsPath(PODMAN_VERSION.split('.').slice(0, 2).join('.'))}`);
      expect(served.filter((path) => path.includes('/machine-os/manifests/sha256:'))).toHaveLength(1);
      expect(served.filter((path) => path.includes('/machine-os/blobs/sha256:'))).toHaveLength(1);
      expect(downloads().every((request) => request.status === 200)).toBe(true);

      // The verified .pkg went to the installer, through sudo, exactly once.
      const sudoCalls = scenario.argvOf('sudo');
      expect(sudoCalls).toHaveLength(1);
      const pkgFile = sudoCalls[0]?.[4] ?? '';
      expect(sudoCalls[0]).toEqual(['sudo', '-n', 'installer', '-pkg', pkgFile, '-target', '/']);
      expect(sha256(await readFile(pkgFile))).toBe(defaultTree.digests[pkgPath]);
      expect(scenario.state().installerRuns).toHaveLength(1);
      expect(scenario.state().installerRuns[0]?.version).toBe(PODMAN_VERSION);
      expect(scenario.state().installerRuns[0]?.arch).toBe('amd64');
      expect(scenario.argvOf('brew')).toEqual([]);

      // The machine: created with the inputs' resources, rootful, from the image downloaded during
      // the install, then started once.
      const image = join(run.job.runnerTemp, 'setup-podman-k3d', 'cache', 'machine-image', 'machine-os.raw.zst');
      expect(machineCalls(scenario, 'init')).toEqual([
        ['podman', 'machine', 'init', '--cpus', '2', '--memory', '4096', '--disk-size', '50', '--rootful', '--image', image, MACHINE],
      ]);
      expect(readFileSync(image, 'latin1')).toContain('podman-machine.x86_64.applehv.raw.zst');
      expect(machineCalls(scenario, 'start')).toEqual([['podman', 'machine', 'start', '--no-info', MACHINE]]);

      // What later steps get.
      const socket = defaultSocket(scenario);
      expect(run.env.DOCKER_HOST).toBe(`unix://${socket}`);
      expect(run.env.DOCKER_SOCK).toBe('/run/podman/podman.sock');
      expect(run.path).toContain('/opt/podman/bin');
      expect(run.path).toContain(join(run.job.runnerTemp, 'setup-podman-k3d', 'bin'));
      expect(run.outputs['docker-host']).toBe(`unix://${socket}`);
      expect(run.outputs['podman-socket']).toBe(socket);
      expect(run.outputs['podman-version']).toBe(PODMAN_VERSION);
      expect(run.outputs['machine-provider']).toBe('applehv');
      for (const title of ['Preflight checks', 'Podman machine', 'DOCKER_HOST']) {
        expect(run.main.summary).toContain(title);
      }
      expect(run.main.summary).toContain('podman-version');

      // The Docker CLI of a later step reaches the real Podman through DOCKER_HOST and runs a container.
      expect(dockerVersion?.exitCode, dockerVersion?.stderr).toBe(0);
      expect(engineComponents(dockerVersion).some((component) => component.startsWith('Podman Engine'))).toBe(true);
      expect(containerRun?.exitCode, containerRun?.stderr).toBe(0);
      expect(containerRun?.stdout.trim()).toBe(token);
      expect(scenario.argvOf('docker').some((argv) => argv[1] === 'run')).toBe(true);

      // A hosted runner is thrown away after the job, so post leaves the machine running.
      expect(run.post?.stdout).toContain('Cleanup skipped');
      expect(liveHelpers(scenario, MACHINE).map((record) => record.role).sort()).toEqual(['gvproxy', 'service', 'vfkit']);
    });
  });

  it('apple-silicon-brew: installs Podman with Homebrew', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'apple-silicon-brew', arch: 'arm64', runnerEnvironment: 'self-hosted' }, async (scenario, downloads) => {
      const run = await scenario.runAction({ 'create-cluster': 'false' });
      expectCleanRun(run);

      expect(scenario.argvOf('brew')).toEqual([['brew', 'install', 'podman']]);
      const brewCall = scenario.calls().find((call) => call.tool === 'brew');
      expect(brewCall?.env.HOMEBREW_NO_AUTO_UPDATE).toBe('1');
      expect(brewCall?.env.HOMEBREW_NO_INSTALL_CLEANUP).toBe('1');
      expect(scenario.state().brewInstalls.map((install) => install.formula)).toEqual(['podman']);
      expect(scenario.state().brewInstalls[0]?.env.HOMEBREW_NO_AUTO_UPDATE).toBe('1');
      expect(scenario.argvOf('installer')).toEqual([]);

      // The Docker CLI still comes from its release tarball, for arm64.
      expect(downloads().map((request) => request.path)).toEqual([`/default/${dockerReleasePath('aarch64', DOCKER_VERSION)}`]);
      expect(machineCalls(scenario, 'init')).toHaveLength(1);
      expect(machineCalls(scenario, 'start')).toHaveLength(1);
      expect(run.outputs['podman-version']).toBe(PODMAN_VERSION);
      expect(run.env.DOCKER_HOST).toBe(`unix://${defaultSocket(scenario)}`);

      // On a self-hosted runner, post stops the machine it started.
      expect(machineCalls(scenario, 'stop')).toEqual([['podman', 'machine', 'stop', MACHINE]]);
      expect(liveHelpers(scenario, MACHINE)).toEqual([]);
    });
  });

  it('ready-machine: second run has nothing to do', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'ready-machine', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true }, async (scenario, downloads) => {
      await scenario.prepareMachine(MACHINE, { start: true });
      const run = await scenario.runAction({ 'create-cluster': 'false' });
      expectCleanRun(run);

      expect(run.main.stdout).toContain('Nothing to do');
      expect(machineCalls(scenario, 'init')).toEqual([]);
      expect(machineCalls(scenario, 'start')).toEqual([]);
      expect(machineCalls(scenario, 'stop')).toEqual([]);
      expect(downloads()).toEqual([]);
      expect(scenario.argvOf('installer')).toEqual([]);
      expect(scenario.argvOf('brew')).toEqual([]);
      expect(run.env.DOCKER_HOST).toBe(`unix://${defaultSocket(scenario)}`);
      expect(liveHelpers(scenario, MACHINE)).toHaveLength(3);
    });
  });

  it('stopped-machine: starts it without init', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'stopped-machine', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true }, async (scenario) => {
      await scenario.prepareMachine(MACHINE, { start: false });
      const run = await scenario.runAction({ 'create-cluster': 'false' });
      expectCleanRun(run);

      expect(machineCalls(scenario, 'init')).toEqual([]);
      expect(machineCalls(scenario, 'start')).toEqual([['podman', 'machine', 'start', '--no-info', MACHINE]]);
      expect(run.main.stdout).not.toContain('Nothing to do');
      expect(scenario.state().machines[MACHINE]?.state).toBe('running');
      expect(run.outputs['docker-host']).toBe(`unix://${defaultSocket(scenario)}`);
    });
  });

  it('other-machine: rejected, then stopped on request', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'other-machine', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true }, async (scenario) => {
      const other = 'other-vm';
      await scenario.prepareMachine(other, { start: true });

      const rejected = await scenario.runAction({ 'create-cluster': 'false' }, { label: 'without stop-other-machines' });
      expectFailedRun(rejected);
      const error = errorMessage(rejected.main);
      expect(error).toContain(other);
      expect(error).toContain('stop-other-machines');
      expect(machineCalls(scenario, 'init')).toEqual([]);
      expect(machineCalls(scenario, 'start')).toEqual([]);
      expect(machineCalls(scenario, 'stop')).toEqual([]);
      expect(liveHelpers(scenario, other)).toHaveLength(3);

      await scenario.resetCalls();
      const run = await scenario.runAction({ 'create-cluster': 'false', 'stop-other-machines': 'true' }, { label: 'with stop-other-machines' });
      expectCleanRun(run);
      const machineSubcommands = scenario.argvOf('podman').filter((argv) => argv[1] === 'machine').map((argv) => `${argv[2]} ${argv.at(-1)}`);
      expect(machineSubcommands.indexOf(`stop ${other}`)).toBeGreaterThanOrEqual(0);
      expect(machineSubcommands.indexOf(`stop ${other}`)).toBeLessThan(machineSubcommands.indexOf(`start ${MACHINE}`));
      expect(liveHelpers(scenario, other)).toEqual([]);
      expect(liveHelpers(scenario, MACHINE)).toHaveLength(3);
      expect(run.env.DOCKER_HOST).toBe(`unix://${defaultSocket(scenario)}`);
    });
  });

  it('start-hang: stops the attempt and retries', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { podman: { start: { hang: 'first' as const } } };
    await withScenario({ name: 'start-hang', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, faults }, async (scenario) => {
      let leftAfterMain: FakeProcess[] = [];
      const run = await scenario.runAction({ 'create-cluster': 'false', 'machine-start-timeout': '30' }, {
        afterMain: () => {
          leftAfterMain = liveHelpers(scenario, MACHINE, 1);
        },
      });
      expectCleanRun(run);

      expect(machineCalls(scenario, 'start')).toHaveLength(2);
      expect(run.main.durationMs).toBeGreaterThanOrEqual(30_000);
      expect(run.main.stdout).toContain('Attempt 1 to start podman-machine-default failed: Command timed out after 30 s');

      // The hung attempt's vfkit outlived `podman machine stop`; the product found and stopped it.
      const hungVfkit = scenario.state().processes.find((record) => record.role === 'vfkit' && record.attempt === 1);
      expect(hungVfkit).toBeDefined();
      expect(run.main.stdout).toContain(`Stopping leftover vfkit (pid ${hungVfkit?.pid}) of machine ${MACHINE}`);
      expect(leftAfterMain).toEqual([]);
      expect(liveHelpers(scenario, MACHINE, 2).map((record) => record.role).sort()).toEqual(['gvproxy', 'service', 'vfkit']);
      expect(run.outputs['docker-host']).toBe(`unix://${defaultSocket(scenario)}`);
    });
  });

  it('vfkit-exit-once: retry succeeds', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { podman: { start: { fail: 'first' as const } } };
    await withScenario({ name: 'vfkit-exit-once', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, faults }, async (scenario) => {
      const run = await scenario.runAction({ 'create-cluster': 'false' });
      expectCleanRun(run);

      expect(machineCalls(scenario, 'start')).toHaveLength(2);
      expect(run.main.stdout).toContain('Attempt 1 to start podman-machine-default failed');
      expect(liveHelpers(scenario, MACHINE, 2)).toHaveLength(3);
      expect(run.outputs['docker-host']).toBe(`unix://${defaultSocket(scenario)}`);
    });
  });

  it('vfkit-exit-always: error quotes the machine log', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { podman: { start: { fail: 'always' as const } } };
    await withScenario({ name: 'vfkit-exit-always', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, faults }, async (scenario) => {
      const run = await scenario.runAction({ 'create-cluster': 'false' });

      expectFailedRun(run);
      expect(machineCalls(scenario, 'start')).toHaveLength(3);
      const error = errorMessage(run.main);
      expect(error).toContain('did not start after 3 attempts');
      expect(error).toContain('Error: vfkit exited unexpectedly with exit code 1');
      const machineLog = join(scenario.env.TMPDIR ?? '', 'podman', `${MACHINE}.log`);
      expect(error).toContain(machineLog);
      const lastLogLine = (await readFile(machineLog, 'utf8')).trim().split('\n').at(-1) ?? '';
      expect(lastLogLine).toContain('vfkit: exiting with status 1');
      expect(error).toContain(lastLogLine);
      expect(liveHelpers(scenario, MACHINE)).toEqual([]);
    });
  });

  it('long-socket-path: DOCKER_HOST uses the symlink', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'long-socket-path', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, longTmpDir: true }, async (scenario) => {
      let dockerVersion: CommandResult | undefined;
      const run = await scenario.runAction({ 'create-cluster': 'false' }, {
        afterMain: async (main, job) => {
          if (main.exitCode === 0) dockerVersion = await scenario.runInJob(job, ['docker', 'version', '--format', '{{json .}}']);
        },
      });
      expectCleanRun(run);

      expect(defaultSocket(scenario).length).toBeGreaterThan(103);
      const symlink = join(scenario.env.HOME ?? '', '.podman', `${MACHINE}-api.sock`);
      expect(run.env.DOCKER_HOST).toBe(`unix://${symlink}`);
      expect(run.outputs['podman-socket']).toBe(symlink);
      expect(dockerVersion?.exitCode, dockerVersion?.stderr).toBe(0);
      expect(engineComponents(dockerVersion).some((component) => component.startsWith('Podman Engine'))).toBe(true);
    });
  });

  it('old-podman: skip install rejects 5.5.2', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'old-podman', arch: 'x64', podmanOnPath: '5.5.2', dockerOnPath: true }, async (scenario, downloads) => {
      const run = await scenario.runAction({ 'create-cluster': 'false', 'install-method': 'skip' });

      expectFailedRun(run);
      const error = errorMessage(run.main);
      expect(error).toContain('5.5.2');
      expect(error).toContain('5.6');
      expect(error).toContain('host-gateway');
      expect(error).toContain('install-method');
      expect(downloads()).toEqual([]);
      expect(scenario.argvOf('installer')).toEqual([]);
      expect(scenario.argvOf('brew')).toEqual([]);
      expect(scenario.argvOf('podman').filter((argv) => argv[1] === 'machine')).toEqual([]);
    });
  });

  it('checksum-mismatch: .pkg never reaches the installer', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'checksum-mismatch', arch: 'x64', tree: 'bad-checksum' }, async (scenario, downloads) => {
      const run = await scenario.runAction({ 'create-cluster': 'false' });

      expectFailedRun(run);
      const pkgPath = podmanReleasePath(PODMAN_VERSION, AMD64_PKG);
      const error = errorMessage(run.main);
      expect(error).toContain(AMD64_PKG);
      expect(error).toContain(badChecksumTree.listedDigests[pkgPath]);
      expect(error).toContain(badChecksumTree.digests[pkgPath]);
      expect(downloads().map((request) => request.path)).toContain(`/bad-checksum/${pkgPath}`);
      expect(scenario.argvOf('sudo')).toEqual([]);
      expect(scenario.argvOf('installer')).toEqual([]);
      expect(scenario.state().installerRuns).toEqual([]);
      expect(scenario.argvOf('podman')).toEqual([]);
    });
  });

  it('no-bottle: brew on Intel suggests the .pkg', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await withScenario({ name: 'no-bottle', arch: 'x64' }, async (scenario, downloads) => {
      const run = await scenario.runAction({ 'create-cluster': 'false', 'install-method': 'brew' });

      expectFailedRun(run);
      // Both tools are missing, and Homebrew takes them in one call because it locks itself.
      const brewCalls = scenario.argvOf('brew');
      expect(brewCalls).toHaveLength(1);
      expect(brewCalls[0]?.slice(0, 2)).toEqual(['brew', 'install']);
      expect(brewCalls[0]?.slice(2).sort()).toEqual(['docker', 'podman']);
      const error = errorMessage(run.main);
      expect(error).toContain('Error: podman: no bottle available!');
      expect(error).toContain('install-method to release');
      expect(error).toContain('.pkg');
      expect(scenario.argvOf('installer')).toEqual([]);
      expect(downloads()).toEqual([]);
    });
  });

  it('hostile-inputs: rejected before any call', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    // Each row: input, value. Every value must fail validation before any tool runs.
    const hostile: Array<[string, string]> = [
      ['machine-name', 'my machine'],
      ['machine-name', 'a"b'],
      ['machine-name', "a'b"],
      ['machine-name', 'vm;touch /tmp/harness-pwned'],
      ['machine-name', '$(touch /tmp/harness-pwned)'],
      ['machine-name', '`id`'],
      ['machine-name', 'first\nsecond'],
      ['machine-name', '--rootful=false'],
      ['memory', '4096; echo hi'],
      ['memory', '$(echo 4096)'],
      ['memory', '4096\n8192'],
      ['cpus', '2 && true'],
      ['disk-size', "50'"],
      ['podman-version', '5.8.5; rm -rf /'],
      ['install-method', 'brew;id'],
    ];
    await withScenario({ name: 'hostile-inputs', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true }, async (scenario) => {
      for (const [input, value] of hostile) {
        const run = await scenario.runAction({ 'create-cluster': 'false', [input]: value }, { label: `${input}=${JSON.stringify(value)}` });
        expect(run.main.exitCode, `${input}=${JSON.stringify(value)}`).toBe(1);
        expect(errorMessage(run.main)).toContain(`Invalid input '${input}'`);
      }
      expect(scenario.calls()).toEqual([]);

      // Accepted values reach podman's argv unchanged, each as one argument.
      const run = await scenario.runAction({ 'create-cluster': 'false', 'machine-name': 'ci.runner_01-x', cpus: '3', memory: '6144', 'disk-size': '60' });
      expectCleanRun(run);
      expect(machineCalls(scenario, 'init')).toEqual([
        ['podman', 'machine', 'init', '--cpus', '3', '--memory', '6144', '--disk-size', '60', '--rootful', 'ci.runner_01-x'],
      ]);
      expect(machineCalls(scenario, 'start')).toEqual([['podman', 'machine', 'start', '--no-info', 'ci.runner_01-x']]);
      expect(run.env.DOCKER_HOST).toBe(`unix://${defaultSocket(scenario, 'ci.runner_01-x')}`);
    });
  });
});
