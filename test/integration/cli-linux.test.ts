// The CLI bundle (dist/cli) on this Linux machine's real Podman: `up` starts `podman system service`
// on the rootful socket, `env` points the real Docker CLI at it, `down` stops it again. These tests
// run as root, as in CI, because the product serves /run/podman/podman.sock for root.

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACTION_ROOT } from '../harness/run-action.js';
import {
  announceSkip,
  BUSYBOX_IMAGE,
  expectNothingServes,
  findServicePid,
  importBusyboxImage,
  integrationSkipReason,
  isolatedEnv,
  isPodmanService,
  isProcessRunning,
  pingSocket,
  ROOTFUL_SOCKET,
  runCommand,
  socketInUseReason,
  startPodmanService,
  stopPodmanService,
  waitForExit,
  writeContainersConf,
  type CommandOutput,
} from '../support/podman.js';

const CLI = join(ACTION_ROOT, 'dist', 'cli', 'index.js');
const SUITE = 'CLI on Linux with real Podman';

const skipReason = integrationSkipReason() ?? (await socketInUseReason(ROOTFUL_SOCKET));
announceSkip(SUITE, skipReason);

interface UpReport {
  ok: boolean;
  unchanged: boolean;
  outputs: Record<string, string>;
  servicePid?: number;
  steps: Array<{ id: string; status: string; detail: string }>;
}

describe.skipIf(skipReason !== undefined)(SUITE, () => {
  let work = '';
  let stateDir = '';
  let env: Record<string, string> = {};
  /** Every service pid seen, so afterAll can stop what the CLI started even when a test failed. */
  const servicePids = new Set<number>();
  let firstUp: CommandOutput | undefined;
  let dockerHost = '';

  const cli = (args: string[]) => runCommand([process.execPath, CLI, ...args], { env, cwd: ACTION_ROOT, timeoutMs: 120_000 });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cli-linux-'));
    stateDir = join(work, 'state');
    const conf = await writeContainersConf(work);
    env = isolatedEnv({ ...conf.env, SETUP_PODMAN_K3D_STATE_DIR: stateDir, SHELL: '/bin/bash', NO_COLOR: '1' });
    await importBusyboxImage(conf.env);

    firstUp = await cli(['up', '--create-cluster=false', '--json']);
    const pid = await findServicePid({ upJson: firstUp.exitCode === 0 ? firstUp.stdout : undefined, stateDir });
    if (pid !== undefined) servicePids.add(pid);
  });

  afterAll(async () => {
    const fromState = await findServicePid({ stateDir });
    if (fromState !== undefined) servicePids.add(fromState);
    for (const pid of servicePids) await stopPodmanService(pid);
    if (work) await rm(work, { recursive: true, force: true });
    await expectNothingServes(ROOTFUL_SOCKET);
  });

  it('up starts the API service', async () => {
    expect(firstUp?.exitCode, firstUp?.stderr).toBe(0);
    const report = JSON.parse(firstUp?.stdout ?? '') as UpReport;
    expect(report.ok).toBe(true);
    expect(report.unchanged).toBe(false);
    expect(report.outputs['docker-host']).toBe(`unix://${ROOTFUL_SOCKET}`);
    expect(report.outputs['machine-provider']).toBe('native');
    expect(report.steps.find((step) => step.id === 'podman-service')?.status).toBe('changed');
    expect(report.servicePid).toBeTypeOf('number');
    expect(isProcessRunning(report.servicePid ?? -1)).toBe(true);
    expect(await pingSocket(ROOTFUL_SOCKET)).toEqual({ ok: true });
  });

  it('env prints the DOCKER_HOST export line', async () => {
    const result = await cli(['env']);
    expect(result.exitCode, result.stderr).toBe(0);
    const match = /^export DOCKER_HOST='(unix:\/\/[^']+)'$/m.exec(result.stdout);
    expect(match, result.stdout).not.toBeNull();
    dockerHost = match?.[1] ?? '';
    expect(dockerHost).toBe(`unix://${ROOTFUL_SOCKET}`);
    expect(result.stdout).toMatch(/^export DOCKER_SOCK='\/run\/podman\/podman\.sock'$/m);
  });

  it('docker run reaches Podman through DOCKER_HOST', async () => {
    expect(dockerHost, 'the env test must set DOCKER_HOST first').not.toBe('');
    const token = `token-${randomBytes(8).toString('hex')}`;
    const result = await runCommand(['docker', 'run', '--rm', BUSYBOX_IMAGE, '/bin/echo', token], {
      env: isolatedEnv({ DOCKER_HOST: dockerHost }),
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(token);
  });

  it('second up changes nothing', async () => {
    const result = await cli(['up', '--create-cluster=false', '--json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as UpReport;
    expect(report.unchanged).toBe(true);
    for (const step of report.steps) expect(['unchanged', 'skipped'], `${step.id}: ${step.detail}`).toContain(step.status);
    // The service the first run started is still the one to stop on `down`.
    expect(report.servicePid).toBe([...servicePids][0]);
  });

  it('second up in text mode says nothing to do', async () => {
    const result = await cli(['up', '--create-cluster=false']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain('Nothing to do');
  });

  it('up replaces a killed service', async () => {
    const killed = [...servicePids][0];
    if (killed === undefined) throw new Error('no service pid was reported by the first up');
    expect(await isPodmanService(killed)).toBe(true);
    // SIGKILL leaves the socket file behind with nothing listening, as after a crash.
    process.kill(-killed, 'SIGKILL');
    expect(await waitForExit(killed, 15_000)).toBe(true);
    expect(existsSync(ROOTFUL_SOCKET)).toBe(true);
    expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);

    const result = await cli(['up', '--create-cluster=false', '--json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as UpReport;
    if (report.servicePid !== undefined) servicePids.add(report.servicePid);
    expect(report.unchanged).toBe(false);
    expect(report.steps.find((step) => step.id === 'podman-service')?.status).toBe('changed');
    expect(report.servicePid).toBeTypeOf('number');
    expect(report.servicePid).not.toBe(killed);
    expect(await pingSocket(ROOTFUL_SOCKET)).toEqual({ ok: true });
  });

  it('down stops the service', async () => {
    const pid = await findServicePid({ stateDir });
    expect(pid).toBeTypeOf('number');
    const result = await cli(['down']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain(`stopped podman system service (pid ${pid})`);
    expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
    expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);
    expect(await findServicePid({ stateDir })).toBeUndefined();
  });

  it('second down succeeds', async () => {
    const result = await cli(['down']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain('Nothing to stop');
  });
});

describe.skipIf(skipReason !== undefined)('CLI with a service it did not start', () => {
  let work = '';
  let env: Record<string, string> = {};
  let ownPid: number | undefined;

  const cli = (args: string[]) => runCommand([process.execPath, CLI, ...args], { env, cwd: ACTION_ROOT, timeoutMs: 120_000 });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cli-linux-foreign-'));
    const conf = await writeContainersConf(work);
    env = isolatedEnv({ ...conf.env, SETUP_PODMAN_K3D_STATE_DIR: join(work, 'state'), NO_COLOR: '1' });
    expect((await pingSocket(ROOTFUL_SOCKET)).ok, 'precondition: nothing serves the socket').toBe(false);
    ownPid = await startPodmanService(ROOTFUL_SOCKET, join(work, 'podman-service.log'), conf.env);
  });

  afterAll(async () => {
    if (ownPid !== undefined) await stopPodmanService(ownPid);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('up uses the serving socket', async () => {
    const result = await cli(['up', '--create-cluster=false', '--json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as UpReport;
    expect(report.steps.find((step) => step.id === 'podman-service')?.status).toBe('unchanged');
    expect(report.servicePid).toBeUndefined();
    expect(report.outputs['docker-host']).toBe(`unix://${ROOTFUL_SOCKET}`);
  });

  it('down leaves that service running', async () => {
    const result = await cli(['down']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain('Nothing to stop');
    expect(isProcessRunning(ownPid ?? -1)).toBe(true);
    expect(await pingSocket(ROOTFUL_SOCKET)).toEqual({ ok: true });
  });
});
