// Tests of the latency hooks that the speed benchmark (bench/) turns on with FAKE_LATENCY. Each
// fake sleeps for its modelled operation and records it in latency.jsonl only when the variable is
// set. The download server delays and paces responses when asked to.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { startDownloadServer } from './download-server.js';
import { FAKE_PKG_MAGIC } from './releases.js';
import { HARNESS_DIR, Scenario } from './scenario.js';

/** No test here downloads through the scenario; the mirror is only required by Scenario. */
const UNUSED_MIRROR = 'http://127.0.0.1:9/unused';

const scenarios: Scenario[] = [];
const directories: string[] = [];

afterEach(async () => {
  for (const scenario of scenarios.splice(0)) await scenario.finish();
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

async function newScenario(): Promise<Scenario> {
  const scenario = await Scenario.create({ name: 'latency', arch: 'x64', mirror: UNUSED_MIRROR });
  scenarios.push(scenario);
  return scenario;
}

/** FAKE_LATENCY at scale 0.01 for the given full-scale seconds. */
function latency(operations: Record<string, number>, scale = 0.01): Record<string, string> {
  const entries = Object.fromEntries(Object.entries(operations).map(([name, seconds]) => [name, { seconds }]));
  return { FAKE_LATENCY: JSON.stringify({ scale, operations: entries }) };
}

function sleeps(scenario: Scenario): Array<{ operation: string; ms: number }> {
  const file = join(scenario.stateDir, 'latency.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { operation: string; ms: number })
    .map(({ operation, ms }) => ({ operation, ms }));
}

describe('fake brew latency', () => {
  it('sleeps for auto-update and each formula', async () => {
    const scenario = await newScenario();
    const started = performance.now();
    const result = await scenario.run(['brew', 'install', 'docker', 'k3d'], latency({ 'brew.autoUpdate': 20, 'brew.install.docker': 10, 'brew.install.k3d': 5 }));

    expect(result.exitCode).toBe(0);
    expect(sleeps(scenario)).toEqual([
      { operation: 'brew.autoUpdate', ms: 200 },
      { operation: 'brew.install.docker', ms: 100 },
      { operation: 'brew.install.k3d', ms: 50 },
    ]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('skips auto-update with HOMEBREW_NO_AUTO_UPDATE', async () => {
    const scenario = await newScenario();
    const result = await scenario.run(['brew', 'install', 'kubernetes-cli'], {
      ...latency({ 'brew.autoUpdate': 20, 'brew.install.kubernetes-cli': 3 }),
      HOMEBREW_NO_AUTO_UPDATE: '1',
    });

    expect(result.exitCode).toBe(0);
    expect(sleeps(scenario)).toEqual([{ operation: 'brew.install.kubernetes-cli', ms: 30 }]);
    expect(existsSync(join(scenario.stateDir, 'homebrew', 'bin', 'kubectl'))).toBe(true);
  });

  it('records nothing without FAKE_LATENCY', async () => {
    const scenario = await newScenario();
    const result = await scenario.run(['brew', 'install', 'docker']);

    expect(result.exitCode).toBe(0);
    expect(existsSync(join(scenario.stateDir, 'latency.jsonl'))).toBe(false);
  });
});

describe('fake installer and docker latency', () => {
  it('installer sleeps for installer.pkg', async () => {
    const scenario = await newScenario();
    const pkg = join(scenario.stateDir, 'podman.pkg');
    await writeFile(pkg, `${FAKE_PKG_MAGIC}\nversion=5.8.5\narch=amd64\n`);
    const result = await scenario.run(['sudo', 'installer', '-pkg', pkg, '-target', '/'], latency({ 'installer.pkg': 15 }));

    expect(result.exitCode).toBe(0);
    expect(sleeps(scenario)).toEqual([{ operation: 'installer.pkg', ms: 150 }]);
  });

  it('docker sleeps for load and save only', async () => {
    const scenario = await newScenario();
    // /bin/true replaces the real Docker CLI, so no daemon is needed.
    const env = { ...latency({ 'docker.load': 8, 'docker.save': 4 }), FAKE_REAL_DOCKER: '/bin/true' };

    for (const argv of [['load', '--input', 'images.tar'], ['save', '--output', 'images.tar', 'ref'], ['version']]) {
      const result = await scenario.run([join(HARNESS_DIR, 'bin', 'docker'), ...argv], env);
      expect(result.exitCode, result.stderr).toBe(0);
    }
    expect(sleeps(scenario)).toEqual([
      { operation: 'docker.load', ms: 80 },
      { operation: 'docker.save', ms: 40 },
    ]);
  });
});

describe('fake podman machine latency', () => {
  it('init downloads the image only without --image', async () => {
    const scenario = await newScenario();
    const env = latency({ 'machine.imageDownload': 20, 'machine.init': 10 });
    const podman = join(HARNESS_DIR, 'bin', 'podman');

    expect((await scenario.run([podman, 'machine', 'init', 'first'], env)).exitCode).toBe(0);
    const image = join(scenario.stateDir, 'machine-os.raw.zst');
    await writeFile(image, 'image');
    expect((await scenario.run([podman, 'machine', 'init', '--image', image, 'second'], env)).exitCode).toBe(0);

    expect(sleeps(scenario)).toEqual([
      { operation: 'machine.imageDownload', ms: 200 },
      { operation: 'machine.init', ms: 100 },
      { operation: 'machine.init', ms: 100 },
    ]);
  });
});

describe('download server throttle', () => {
  it('delays responses by path', async () => {
    const root = await mkdtemp(join(tmpdir(), 'latency-server-'));
    directories.push(root);
    await mkdir(join(root, 'tree'), { recursive: true });
    await writeFile(join(root, 'tree', 'slow.bin'), 'slow');
    await writeFile(join(root, 'tree', 'fast.bin'), 'fast');
    const server = await startDownloadServer(root, { delayMs: (path) => (path.endsWith('/slow.bin') ? 300 : 0) });
    try {
      let started = performance.now();
      expect(await (await fetch(`${server.mirror('tree')}/fast.bin`)).text()).toBe('fast');
      expect(performance.now() - started).toBeLessThan(250);

      started = performance.now();
      expect(await (await fetch(`${server.mirror('tree')}/slow.bin`)).text()).toBe('slow');
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await server.close();
    }
  });

  it('paces bodies at bytesPerSecond', async () => {
    const root = await mkdtemp(join(tmpdir(), 'latency-server-'));
    directories.push(root);
    const body = Buffer.alloc(256 * 1024, 7);
    await writeFile(join(root, 'file.bin'), body);
    const server = await startDownloadServer(root, { bytesPerSecond: 1024 * 1024 });
    try {
      const started = performance.now();
      const received = Buffer.from(await (await fetch(`${server.url}/file.bin`)).arrayBuffer());
      expect(received.equals(body)).toBe(true);
      // 256 KiB at 1 MiB/s is 250 ms.
      expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    } finally {
      await server.close();
    }
  });

  it('rejects a bytesPerSecond of zero', async () => {
    await expect(startDownloadServer(tmpdir(), { bytesPerSecond: 0 })).rejects.toThrow('bytesPerSecond must be a positive number, not 0');
  });
});
