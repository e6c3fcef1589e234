// Tests of the simulated runner's own parts against the real tools' behaviour: the fake podman's
// machine commands (texts and exit status 125 from Podman 5.x), sysctl, brew, installer, and the
// download server. A scenario test that passes against a wrong fake proves nothing, so these pin
// the fakes to what the real tools print.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { announceSkip, integrationSkipReason } from '../support/podman.js';
import { startDownloadServer, type DownloadServer } from './download-server.js';
import { FAKE_PKG_MAGIC } from './releases.js';
import { Scenario, type ScenarioOptions } from './scenario.js';

/** No test here downloads anything; the mirror is only required by Scenario. */
const UNUSED_MIRROR = 'http://127.0.0.1:9/unused';

const scenarios: Scenario[] = [];

async function newScenario(options: Omit<ScenarioOptions, 'mirror' | 'name'> & { name?: string }): Promise<Scenario> {
  const scenario = await Scenario.create({ name: 'fakes', ...options, mirror: UNUSED_MIRROR });
  scenarios.push(scenario);
  return scenario;
}

afterEach(async () => {
  for (const scenario of scenarios.splice(0)) await scenario.finish();
});

describe('fake sysctl', () => {
  it('prints kern.hv_support by default', async () => {
    const scenario = await newScenario({ arch: 'x64' });
    const result = await scenario.run(['sysctl', '-n', 'kern.hv_support']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('1\n');
    expect((await scenario.run(['sysctl', 'kern.hv_support'])).stdout).toBe('kern.hv_support: 1\n');
  });

  it('reports an unknown oid like arm64 runners', async () => {
    const scenario = await newScenario({ arch: 'arm64', hypervisor: 'unknown-oid' });
    const result = await scenario.run(['sysctl', '-n', 'kern.hv_support']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("sysctl: unknown oid 'kern.hv_support'\n");
  });

  it('prints 0 without hypervisor support', async () => {
    const scenario = await newScenario({ arch: 'x64', hypervisor: 'zero' });
    expect((await scenario.run(['sysctl', '-n', 'kern.hv_support'])).stdout).toBe('0\n');
  });
});

describe('fake brew and installer', () => {
  it('brew has no podman bottle on Intel', async () => {
    const scenario = await newScenario({ arch: 'x64' });
    const result = await scenario.run(['brew', 'install', 'podman']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Error: podman: no bottle available!');
    expect(scenario.state().brewInstalls).toEqual([]);
  });

  it('brew installs podman on Apple silicon', async () => {
    const scenario = await newScenario({ arch: 'arm64' });
    const result = await scenario.run(['brew', 'install', 'podman'], { HOMEBREW_NO_AUTO_UPDATE: '1' });
    expect(result.exitCode).toBe(0);
    expect(scenario.state().brewInstalls[0]?.env).toEqual({ HOMEBREW_NO_AUTO_UPDATE: '1' });
    expect((await scenario.run(['podman', '--version'])).stdout).toBe('podman version 5.8.5\n');
  });

  it('installer requires root', async () => {
    const scenario = await newScenario({ arch: 'x64' });
    const pkg = join(scenario.stateDir, 'podman.pkg');
    await writeFile(pkg, `${FAKE_PKG_MAGIC}\nversion=5.8.5\narch=amd64\n`);

    const direct = await scenario.run(['installer', '-pkg', pkg, '-target', '/']);
    expect(direct.exitCode).toBe(1);
    expect(direct.stderr).toBe('installer: Must be run as root to install this package.\n');

    const viaSudo = await scenario.run(['sudo', '-n', 'installer', '-pkg', pkg, '-target', '/']);
    expect(viaSudo.exitCode).toBe(0);
    expect(viaSudo.stdout).toContain('installer: The install was successful.');
    expect((await scenario.run(['podman', '--version'])).stdout).toBe('podman version 5.8.5\n');
  });

  it('installer rejects a file that is no package', async () => {
    const scenario = await newScenario({ arch: 'x64' });
    const notPkg = join(scenario.stateDir, 'not.pkg');
    await writeFile(notPkg, 'hello');
    const result = await scenario.run(['sudo', '-n', 'installer', '-pkg', notPkg, '-target', '/']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`installer: Error - the package path specified was invalid: '${notPkg}'.\n`);
    expect(scenario.state().installerRuns).toEqual([]);
  });
});

describe('fake podman machine without a running VM', () => {
  it('lists no machines as an empty array', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
    const result = await scenario.run(['podman', 'machine', 'list', '--format', 'json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('init prints the real lines', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
    const result = await scenario.run(['podman', 'machine', 'init', '--cpus', '2', '--memory', '4096', '--disk-size', '50', '--rootful', 'dev']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Looking up Podman Machine image at quay.io/podman/machine-os:5.8 to create VM');
    expect(result.stdout).toContain('Extracting compressed file: dev-amd64.raw: done');
    expect(result.stdout).toContain('Machine init complete');
    expect(result.stdout).toContain('To start your machine run:\n\n\tpodman machine start dev\n');
  });

  it('list and inspect have the 5.x fields', async () => {
    const scenario = await newScenario({ arch: 'arm64', podmanOnPath: '5.8.5' });
    await scenario.prepareMachine('dev', { start: false });

    const list = JSON.parse((await scenario.run(['podman', 'machine', 'list', '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(
      ['CPUs', 'Created', 'Default', 'DiskSize', 'IdentityPath', 'LastUp', 'Memory', 'Name', 'Port', 'RemoteUsername', 'Running', 'Starting', 'Stream', 'Swap', 'UserModeNetworking', 'VMType'].sort(),
    );
    expect(list[0]?.Memory).toBe(String(4096 * 1024 ** 2));
    expect(list[0]?.DiskSize).toBe(String(50 * 1024 ** 3));
    expect(list[0]?.LastUp).toBe('0001-01-01T00:00:00Z');

    const inspect = JSON.parse((await scenario.run(['podman', 'machine', 'inspect', 'dev'])).stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(inspect[0] ?? {}).sort()).toEqual(
      ['ConfigDir', 'ConnectionInfo', 'Created', 'LastUp', 'Name', 'Resources', 'Rootful', 'Rosetta', 'SSHConfig', 'State', 'UserModeNetworking'].sort(),
    );
    expect(inspect[0]?.State).toBe('stopped');
    expect(inspect[0]?.ConnectionInfo).toEqual({
      PodmanSocket: { Path: join(scenario.env.TMPDIR ?? '', 'podman', 'dev-api.sock') },
      PodmanPipe: null,
    });
    const format = await scenario.run(['podman', 'machine', 'inspect', '--format', '{{.ConnectionInfo.PodmanSocket.Path}}', 'dev']);
    expect(format.stdout).toBe(`${join(scenario.env.TMPDIR ?? '', 'podman', 'dev-api.sock')}\n`);
  });

  // Each row: argv after `podman machine`, and Podman's error text (exit status 125).
  const errors: Array<[string[], string]> = [
    [['init', 'dev'], 'Error: dev: VM already exists'],
    [['start', 'nope'], 'Error: nope: VM does not exist'],
    [['stop', 'nope'], 'Error: nope: VM does not exist'],
    [['inspect', 'nope'], 'Error: nope: VM does not exist'],
    [['init', '--memory', '999999', 'big'], 'Error: requested amount of memory (999999 MB) greater than total system memory (14336 MB)'],
    [['init', 'bad name'], 'Error: invalid name "bad name": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument'],
    [['init', 'a'.repeat(31)], `Error: machine name "${'a'.repeat(31)}" must be 30 characters or less`],
    [['init', '--bogus'], "Error: unknown flag: --bogus\nSee 'podman machine init --help'"],
    [['init', '--cpus', 'two'], 'Error: invalid argument "two" for "--cpus" flag: strconv.ParseUint: parsing "two": invalid syntax'],
    [['start', 'a', 'b'], 'Error: accepts at most 1 arg(s), received 2'],
  ];
  for (const [args, message] of errors) {
    it(`machine ${args.join(' ')} fails like Podman`, async () => {
      const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
      await scenario.prepareMachine('dev', { start: false });
      const result = await scenario.run(['podman', 'machine', ...args]);
      expect(result.exitCode).toBe(125);
      expect(result.stderr).toContain(message);
    });
  }

  it('libkrun is rejected on Intel', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
    for (const subcommand of [['list', '--format', 'json'], ['init', 'dev']]) {
      const result = await scenario.run(['podman', 'machine', ...subcommand], { CONTAINERS_MACHINE_PROVIDER: 'libkrun' });
      expect(result.exitCode).toBe(125);
      expect(result.stderr).toBe('Error: libkrun is not supported on Intel based machines. Please revert to the applehv provider\n');
    }
  });

  it('client commands fail without a running machine', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
    const result = await scenario.run(['podman', 'info']);
    expect(result.exitCode).toBe(125);
    expect(result.stderr).toContain('Cannot connect to Podman.');
  });
});

const podmanSkipReason = integrationSkipReason();
announceSkip('fake podman machine with the real Podman service', podmanSkipReason);

describe.skipIf(podmanSkipReason !== undefined)('fake podman machine with the real Podman service', () => {
  it('start serves the socket and stop ends it', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
    await scenario.prepareMachine('dev', { start: false });

    const start = await scenario.run(['podman', 'machine', 'start', 'dev']);
    expect(start.exitCode).toBe(0);
    expect(start.stdout).toContain('Starting machine "dev"');
    expect(start.stdout).toContain(`API forwarding listening on: ${join(scenario.env.TMPDIR ?? '', 'podman', 'dev-api.sock')}`);
    expect(start.stdout).toContain('Machine "dev" started successfully');
    expect(scenario.liveProcesses((record) => record.machine === 'dev').map((record) => record.role).sort()).toEqual(['gvproxy', 'service', 'vfkit']);

    const info = await scenario.run(['podman', 'info', '--format', '{{.Host.RemoteSocket.Path}}']);
    expect(info.exitCode, info.stderr).toBe(0);
    expect(info.stdout).toContain('dev-api.sock');

    const again = await scenario.run(['podman', 'machine', 'start', 'dev']);
    expect(again.exitCode).toBe(125);
    expect(again.stderr).toBe('Error: unable to start "dev": already running\n');

    const stop = await scenario.run(['podman', 'machine', 'stop', 'dev']);
    expect(stop.stdout).toBe('Machine "dev" stopped successfully\n');
    expect(scenario.liveProcesses((record) => record.machine === 'dev')).toEqual([]);
  });

  it('one machine runs at a time', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5' });
    await scenario.prepareMachine('first', { start: true });
    await scenario.prepareMachine('second', { start: false });
    const result = await scenario.run(['podman', 'machine', 'start', 'second']);
    expect(result.exitCode).toBe(125);
    expect(result.stderr).toBe('Error: unable to start "second": first already starting or running: only one VM can be active at a time\n');
  });

  it('a long socket path gets a symlink', async () => {
    const scenario = await newScenario({ arch: 'x64', podmanOnPath: '5.8.5', longTmpDir: true });
    await scenario.prepareMachine('podman-machine-default', { start: true });
    const inspect = JSON.parse((await scenario.run(['podman', 'machine', 'inspect'])).stdout) as Array<{ ConnectionInfo: { PodmanSocket: { Path: string; symlink?: string } } }>;
    const socket = inspect[0]?.ConnectionInfo.PodmanSocket;
    expect(socket?.Path.length).toBe(105);
    expect(socket?.symlink).toBe(join(scenario.env.HOME ?? '', '.podman', 'podman-machine-default-api.sock'));
  });
});

describe('download server', () => {
  let server: DownloadServer;
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'harness-server-'));
    await mkdir(join(root, 'tree', 'example.com', 'files'), { recursive: true });
    await writeFile(join(root, 'tree', 'example.com', 'files', 'a.txt'), 'content of a\n');
    await writeFile(join(root, 'outside.txt'), 'not in the tree\n');
    server = await startDownloadServer(join(root, 'tree'));
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves a file under its host path', async () => {
    const response = await fetch(`${server.url}/example.com/files/a.txt`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('content of a\n');
    expect(server.requests.at(-1)).toEqual({ method: 'GET', path: '/example.com/files/a.txt', status: 200 });
  });

  it('answers 404 for missing paths', async () => {
    expect((await fetch(`${server.url}/example.com/files/missing.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/example.com/files`)).status).toBe(404);
  });

  it('answers 404 for a path leaving the root', async () => {
    // Encoded slashes survive URL normalization and decode to `../`, which would reach outside.txt.
    const status = await rawGetStatus(`${server.url}/example.com/..%2f..%2foutside.txt`);
    expect(status).toBe(404);
    expect(server.requests.at(-1)?.path).toBe('/example.com/../../outside.txt');
  });
});

/** Sends a GET with the path exactly as given (fetch would normalize it) and returns the status. */
function rawGetStatus(url: string): Promise<number | undefined> {
  const { port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, path: pathname, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    call.once('error', reject);
    call.end();
  });
}
