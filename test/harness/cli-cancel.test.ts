// Ctrl-C during `setup-podman-k3d up` on the simulated Mac: the CLI exits 130, every process the
// run started is gone, and the state file is whole.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { announceSkip, importBusyboxImage, integrationSkipReason, writeContainersConf } from '../support/podman.js';
import { startDownloadServer, type DownloadServer } from './download-server.js';
import { ACTION_ROOT } from './run-action.js';
import { isRunning, Scenario } from './scenario.js';

const CLI = join(ACTION_ROOT, 'dist', 'cli', 'index.js');
const skipReason = integrationSkipReason();
announceSkip('Ctrl-C during up on the simulated Mac', skipReason);

let server: DownloadServer;
let root: string;

beforeAll(async () => {
  if (skipReason) return;
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  root = await mkdtemp(join(tmpdir(), 'cli-cancel-'));
  await importBusyboxImage((await writeContainersConf(root)).env);
  server = await startDownloadServer(root);
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

describe.skipIf(skipReason !== undefined)('Ctrl-C during up', () => {
  it('exits 130 and leaves no process behind', { timeout: 120_000 }, async () => {
    const scenario = await Scenario.create({
      name: 'cli-cancel',
      arch: 'x64',
      mirror: server.mirror('none'),
      podmanOnPath: '5.8.5',
      dockerOnPath: true,
      faults: { podman: { start: { hang: 'always' } } },
    });
    const stateDir = join(scenario.stateDir, 'cli-state');
    try {
      await scenario.prepareMachine('podman-machine-default', { start: false });
      const child = spawn('node', [CLI, 'up', '--create-cluster=false'], {
        env: { ...scenario.env, SETUP_PODMAN_K3D_STATE_DIR: stateDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

      // Ctrl-C once the hanging start has launched the machine's hypervisor.
      const started = await waitFor(() => scenario.liveProcesses((record) => record.role === 'vfkit').length > 0, 60_000);
      expect(started, 'the fake machine start launched vfkit').toBe(true);
      child.kill('SIGINT');
      const sentAt = Date.now();
      const code = await exited;

      expect(code).toBe(130);
      expect(Date.now() - sentAt).toBeLessThan(15_000);
      expect(stderr).toContain('Cancelled: every command this run started was stopped.');
      const left = scenario.state().processes.filter(isRunning);
      expect(left.map((record) => `${record.role} ${record.pid}`)).toEqual([]);
      // A state file, when there is one, is complete JSON: writes go through a rename.
      const stateFile = join(stateDir, 'state.json');
      if (existsSync(stateFile)) expect(() => JSON.parse(readFileSync(stateFile, 'utf8')) as unknown).not.toThrow();
    } finally {
      await scenario.finish();
    }
  });
});
