// The action bundles (dist/main, dist/post) run the way a GitHub runner runs them, on this Linux
// machine's real Podman. Main serves the rootful API socket and exports DOCKER_HOST, a later step
// runs the real Docker CLI through it, and post stops the service or leaves it running, by the
// cleanup policy. These tests run as root, as in CI, because the product serves
// /run/podman/podman.sock for root.

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { UP_STEPS } from '../../src/core/up.js';
import { runAction, type ActionRun, type RunnerEnvironment, type StepResult } from '../harness/run-action.js';
import {
  announceSkip,
  BUSYBOX_IMAGE,
  expectNothingServes,
  importBusyboxImage,
  integrationSkipReason,
  isolatedEnv,
  isProcessRunning,
  pingSocket,
  podmanAvailable,
  ROOTFUL_SOCKET,
  runCommand,
  socketInUseReason,
  stopPodmanService,
  waitForExit,
  writeContainersConf,
  type CommandOutput,
  type ContainersConf,
} from '../support/podman.js';

const SUITE = 'action on a Linux runner with real Podman';

const skipReason = integrationSkipReason() ?? (await socketInUseReason(ROOTFUL_SOCKET));
announceSkip(SUITE, skipReason);

interface SavedState {
  os: string;
  cleanup: string;
  succeeded: boolean;
  servicePid?: number;
  socketPath?: string;
  machineProvider: string;
}

/** What the job's steps between main and post observed. */
interface BetweenSteps {
  dockerRun: CommandOutput;
  token: string;
  serviceRunning: boolean;
}

function savedState(run: ActionRun): SavedState {
  const text = run.state.setup;
  if (text === undefined) throw new Error(`GITHUB_STATE has no 'setup' entry: ${JSON.stringify(run.state)}`);
  return JSON.parse(text) as SavedState;
}

function stepLog(step: StepResult | undefined): string {
  return step ? `exit ${step.exitCode}\n${step.stdout}\n${step.stderr}` : 'step did not run';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs the `docker run` a later workflow step would run, with the environment main exported. */
async function dockerEcho(env: Record<string, string>): Promise<{ dockerRun: CommandOutput; token: string }> {
  const token = `token-${randomBytes(8).toString('hex')}`;
  const dockerRun = await runCommand(['docker', 'run', '--rm', BUSYBOX_IMAGE, '/bin/echo', token], { env });
  return { dockerRun, token };
}

describe.skipIf(skipReason !== undefined)(SUITE, () => {
  let work = '';
  let conf: ContainersConf;
  /** Every service pid main reported, so afterAll stops what the action started even when a test failed. */
  const servicePids = new Set<number>();
  const workRoots: string[] = [];

  async function runOnRunner(
    inputs: Record<string, string>,
    options: {
      afterMain?: (main: StepResult, env: Record<string, string>) => Promise<void>;
      baseEnv?: Record<string, string>;
      runnerEnvironment?: RunnerEnvironment;
    } = {},
  ) {
    const { afterMain, baseEnv, runnerEnvironment } = options;
    const run = await runAction({
      inputs,
      env: conf.env,
      baseEnv,
      runnerEnvironment,
      timeoutMs: 120_000,
      afterMain: async (main, job) => {
        const pid = main.state.setup ? (JSON.parse(main.state.setup) as SavedState).servicePid : undefined;
        if (pid !== undefined) servicePids.add(pid);
        await afterMain?.(main, job.env);
      },
    });
    workRoots.push(run.workRoot);
    return run;
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'action-linux-'));
    conf = await writeContainersConf(work);
    await importBusyboxImage(conf.env);
  });

  afterAll(async () => {
    for (const pid of servicePids) await stopPodmanService(pid);
    for (const root of workRoots) await rm(root, { recursive: true, force: true });
    if (work) await rm(work, { recursive: true, force: true });
    await expectNothingServes(ROOTFUL_SOCKET);
  });

  // Runs first, while nothing serves the socket, so "nothing started" is observable.
  describe('invalid memory input', () => {
    let run: ActionRun;
    beforeAll(async () => {
      expect((await pingSocket(ROOTFUL_SOCKET)).ok, 'precondition: nothing serves the socket').toBe(false);
      run = await runOnRunner({ 'create-cluster': 'false', memory: '8GB' });
    });

    it('main exits 1 with an error naming memory', () => {
      expect(run.main.exitCode, stepLog(run.main)).toBe(1);
      const errors = run.main.commands.filter((command) => command.name === 'error');
      expect(errors.length, run.main.stdout).toBeGreaterThan(0);
      expect(errors[0]?.message).toContain("'memory'");
      expect(errors[0]?.message).toContain('"8GB"');
      expect(run.main.stdout).toMatch(/^::error::.*memory/m);
    });

    it('starts nothing', async () => {
      expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);
      expect(existsSync(ROOTFUL_SOCKET)).toBe(false);
      expect(existsSync(join(run.job.runnerTemp, 'setup-podman-k3d', 'podman-service.log'))).toBe(false);
      expect(run.state).toEqual({});
      expect(run.env).toEqual({});
    });

    it('post finds nothing to clean up', () => {
      expect(run.post?.exitCode, stepLog(run.post)).toBe(0);
      expect(run.post?.stdout).toContain('Nothing to clean up');
    });
  });

  describe('cleanup always', () => {
    let run: ActionRun;
    let between: BetweenSteps | undefined;
    let pid: number | undefined;

    beforeAll(async () => {
      run = await runOnRunner(
        { 'create-cluster': 'false', cleanup: 'always' },
        {
          afterMain: async (main, env) => {
            pid = main.state.setup ? (JSON.parse(main.state.setup) as SavedState).servicePid : undefined;
            between = { ...(await dockerEcho(env)), serviceRunning: pid !== undefined && isProcessRunning(pid) };
          },
        },
      );
    });

    it('main exits 0', () => {
      expect(run.main.exitCode, stepLog(run.main)).toBe(0);
      expect(run.main.commands.filter((command) => command.name === 'error')).toEqual([]);
    });

    it('sets the outputs', () => {
      const podman = podmanAvailable();
      if (!podman.available) throw new Error(podman.reason);
      expect(run.outputs['docker-host']).toBe(`unix://${ROOTFUL_SOCKET}`);
      expect(run.outputs['podman-socket']).toBe(ROOTFUL_SOCKET);
      expect(run.outputs['podman-version']).toMatch(/^\d+\.\d+\.\d+/);
      expect(run.outputs['podman-version']).toBe(podman.version);
      expect(run.outputs['machine-provider']).toBe('native');
    });

    it('exports DOCKER_HOST and DOCKER_SOCK', () => {
      expect(run.env.DOCKER_HOST).toBe(`unix://${ROOTFUL_SOCKET}`);
      expect(run.env.DOCKER_SOCK).toBe(ROOTFUL_SOCKET);
      expect(run.job.env.DOCKER_HOST).toBe(`unix://${ROOTFUL_SOCKET}`);
    });

    it('saves the setup state for post', () => {
      const state = savedState(run);
      expect(state.os).toBe('linux');
      expect(state.cleanup).toBe('always');
      expect(state.succeeded).toBe(true);
      expect(state.socketPath).toBe(ROOTFUL_SOCKET);
      expect(state.servicePid).toBeTypeOf('number');
      expect(state.servicePid).toBe(pid);
    });

    it('writes a summary row per step', () => {
      expect(run.main.summary).toContain('<table>');
      for (const step of UP_STEPS) {
        // Main logs `TITLE: STATUS in DURATION. DETAIL` for each step; the row must show the same status.
        const logged = new RegExp(`^${escapeRegExp(step.title)}: (changed|unchanged|skipped) in `, 'm').exec(run.main.stdout);
        expect(logged, `log line of step ${step.title}`).not.toBeNull();
        expect(run.main.summary, step.title).toContain(`<tr><td>${step.title}</td><td>${logged?.[1]}</td>`);
      }
    });

    it('docker run works with the exported DOCKER_HOST', () => {
      expect(between, 'the afterMain hook did not run').toBeDefined();
      expect(between?.serviceRunning).toBe(true);
      expect(between?.dockerRun.exitCode, between?.dockerRun.stderr).toBe(0);
      expect(between?.dockerRun.stdout.trim()).toBe(between?.token);
    });

    it('post stops the service it started', async () => {
      expect(run.post?.exitCode, stepLog(run.post)).toBe(0);
      expect(run.post?.commands.filter((command) => command.name === 'warning')).toEqual([]);
      expect(run.post?.stdout).toContain(`stopped podman system service (pid ${pid})`);
      expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
      expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);
    });
  });

  describe('cleanup auto on a hosted runner', () => {
    // The runner machine already points DOCKER_HOST elsewhere, so main must replace it with a warning.
    const previousDockerHost = 'unix:///tmp/setup-podman-k3d-test/elsewhere.sock';
    let run: ActionRun;
    let pid: number | undefined;

    beforeAll(async () => {
      run = await runOnRunner({ 'create-cluster': 'false', cleanup: 'auto' }, { baseEnv: isolatedEnv({ DOCKER_HOST: previousDockerHost }) });
      pid = savedState(run).servicePid;
    });

    afterAll(async () => {
      if (pid !== undefined) await stopPodmanService(pid);
    });

    it('main exits 0', () => {
      expect(run.main.exitCode, stepLog(run.main)).toBe(0);
    });

    it('replaces a previous DOCKER_HOST', () => {
      const warnings = run.main.commands.filter((command) => command.name === 'warning').map((command) => command.message);
      expect(warnings.join('\n')).toContain(`DOCKER_HOST was ${previousDockerHost}`);
      expect(run.env.DOCKER_HOST).toBe(`unix://${ROOTFUL_SOCKET}`);
      expect(run.job.env.DOCKER_HOST).toBe(`unix://${ROOTFUL_SOCKET}`);
    });

    it('post leaves the service running', async () => {
      expect(run.post?.exitCode, stepLog(run.post)).toBe(0);
      expect(run.post?.stdout).toContain('Cleanup skipped (cleanup: auto, runner: github-hosted)');
      expect(pid).toBeTypeOf('number');
      expect(isProcessRunning(pid ?? -1)).toBe(true);
      expect(await pingSocket(ROOTFUL_SOCKET)).toEqual({ ok: true });
    });

    it('service stops by pid afterwards', async () => {
      expect(await stopPodmanService(pid ?? -1)).toBe('stopped');
      expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);
    });
  });

  describe('cleanup auto on a self-hosted runner', () => {
    let run: ActionRun;
    let pid: number | undefined;

    beforeAll(async () => {
      run = await runOnRunner({ 'create-cluster': 'false', cleanup: 'auto' }, { runnerEnvironment: 'self-hosted' });
      pid = savedState(run).servicePid;
    });

    it('main exits 0', () => {
      expect(run.main.exitCode, stepLog(run.main)).toBe(0);
    });

    it('post stops the service it started', async () => {
      expect(run.post?.exitCode, stepLog(run.post)).toBe(0);
      expect(pid).toBeTypeOf('number');
      expect(run.post?.stdout).toContain(`stopped podman system service (pid ${pid})`);
      expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
      expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);
    });
  });
});
