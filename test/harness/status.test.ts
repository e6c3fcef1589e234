// `setup-podman-k3d status` on the simulated Mac: each broken link is named with its fix, and
// the exit code is 0 only when every link holds.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { announceSkip, importBusyboxImage, integrationSkipReason, writeContainersConf } from '../support/podman.js';
import { startDownloadServer, type DownloadServer } from './download-server.js';
import { ACTION_ROOT } from './run-action.js';
import { Scenario } from './scenario.js';

const CLI = join(ACTION_ROOT, 'dist', 'cli', 'index.js');
const MACHINE = 'podman-machine-default';
const skipReason = integrationSkipReason();
announceSkip('status on the simulated Mac', skipReason);

interface StatusReport {
  healthy: boolean;
  links: Array<{ link: string; state: string; detail: string; fix?: string }>;
}

let server: DownloadServer;
let emptyRoot: string;

beforeAll(async () => {
  if (skipReason) return;
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  emptyRoot = await mkdtemp(join(tmpdir(), 'status-releases-'));
  const conf = await writeContainersConf(emptyRoot);
  await importBusyboxImage(conf.env);
  server = await startDownloadServer(emptyRoot);
});

afterAll(async () => {
  await server?.close();
  if (emptyRoot) await rm(emptyRoot, { recursive: true, force: true });
});

async function status(scenario: Scenario, env: Record<string, string> = {}): Promise<{ exitCode: number | null; report: StatusReport }> {
  const result = await scenario.run(['node', CLI, 'status', '--json'], { SETUP_PODMAN_K3D_STATE_DIR: join(scenario.stateDir, 'cli-state'), ...env });
  return { exitCode: result.exitCode, report: JSON.parse(result.stdout) as StatusReport };
}

function link(report: StatusReport, name: string) {
  const found = report.links.find((entry) => entry.link === name);
  if (!found) throw new Error(`status has no link ${name}: ${JSON.stringify(report.links)}`);
  return found;
}

describe.skipIf(skipReason !== undefined)('status on the simulated Mac', () => {
  it('names a stopped machine and its fix', { timeout: 120_000 }, async () => {
    const scenario = await Scenario.create({ name: 'status-stopped', arch: 'x64', mirror: server.mirror('none'), podmanOnPath: '5.8.5', dockerOnPath: true });
    try {
      await scenario.prepareMachine(MACHINE, { start: false });
      const { exitCode, report } = await status(scenario);

      expect(exitCode).toBe(1);
      expect(report.healthy).toBe(false);
      expect(link(report, 'Podman').state).toBe('ok');
      expect(link(report, 'Podman machine')).toMatchObject({ state: 'broken', fix: `podman machine start ${MACHINE}` });
      expect(link(report, 'Podman machine').detail).toContain('stopped');
      expect(link(report, 'API socket').state).toBe('broken');
      // status changes nothing: no machine command but reads ran.
      const changing = scenario.argvOf('podman').filter((argv) => ['init', 'start', 'stop', 'rm'].includes(argv[2] ?? ''));
      expect(changing).toEqual([]);
    } finally {
      await scenario.finish();
    }
  });

  it('is healthy with a running machine and DOCKER_HOST set', { timeout: 120_000 }, async () => {
    const scenario = await Scenario.create({ name: 'status-healthy', arch: 'x64', mirror: server.mirror('none'), podmanOnPath: '5.8.5', dockerOnPath: true });
    try {
      await scenario.prepareMachine(MACHINE, { start: true });
      const env = await scenario.run(['node', CLI, 'env', '--shell', 'bash'], { SETUP_PODMAN_K3D_STATE_DIR: join(scenario.stateDir, 'cli-state') });
      const dockerHost = /DOCKER_HOST='([^']+)'/.exec(env.stdout)?.[1];
      expect(dockerHost).toMatch(/^unix:\/\/.*podman-machine-default-api\.sock$/);

      const unset = await status(scenario);
      expect(unset.exitCode).toBe(1);
      expect(link(unset.report, 'DOCKER_HOST')).toMatchObject({ state: 'broken', fix: 'eval "$(setup-podman-k3d env)"' });

      const elsewhere = await status(scenario, { DOCKER_HOST: 'unix:///tmp/elsewhere.sock' });
      expect(link(elsewhere.report, 'DOCKER_HOST').state).toBe('broken');
      expect(link(elsewhere.report, 'DOCKER_HOST').detail).toContain('unix:///tmp/elsewhere.sock');

      const healthy = await status(scenario, { DOCKER_HOST: dockerHost ?? '' });
      expect(healthy.report.links.filter((entry) => entry.state === 'broken')).toEqual([]);
      expect(healthy.exitCode).toBe(0);
      expect(link(healthy.report, 'Podman machine').detail).toContain('running');
      expect(link(healthy.report, 'Docker CLI → Podman').state).toBe('ok');
    } finally {
      await scenario.finish();
    }
  });
});
