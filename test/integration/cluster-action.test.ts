// The action bundles (dist/main, dist/post) with a k3d cluster, run the way a GitHub runner runs
// them, on this Linux machine's real Podman. k3d and k3s cannot be downloaded here, so the k3d and
// kubectl stand-ins go first on PATH: they create real node containers through DOCKER_HOST, and
// kubectl reports from their state. Downloads point at a loopback port nothing listens on. These
// tests run as root, as in CI, because the product serves /run/podman/podman.sock for root.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { runAction, type ActionRun, type JobView, type StepResult } from '../harness/run-action.js';
import {
  clusterContainers,
  clusterResources,
  randomClusterName,
  removeClusterResources,
  standInBin,
  unusedLoopbackUrl,
  writeFaults,
} from '../support/cluster.js';
import {
  announceSkip,
  expectNothingServes,
  importBusyboxImage,
  integrationSkipReason,
  isolatedEnv,
  isProcessRunning,
  pingSocket,
  ROOTFUL_SOCKET,
  runCommand,
  socketInUseReason,
  stopPodmanService,
  waitForExit,
  writeContainersConf,
  type CommandOutput,
  type ContainersConf,
} from '../support/podman.js';
import {
  CaptureLog,
  credentialFragments,
  describeLeaks,
  findLeaks,
  kubeconfigSecretFragments,
  withoutMaskCommands,
  type SecretFragment,
} from '../support/secrets.js';

const SUITE = 'action with a k3d cluster on real Podman';
const STEP_TIMEOUT_MS = 110_000;

const skipReason = integrationSkipReason() ?? (await socketInUseReason(ROOTFUL_SOCKET));
announceSkip(SUITE, skipReason);

interface SavedState {
  servicePid?: number;
  clusterName?: string;
}

/** What the k3d stand-in stores per cluster in $FAKE_STATE_DIR/k3d/clusters/NAME.json, as far as read here. */
interface StandInClusterRecord {
  credentials: { clientCertPem: string; clientKeyPem: string };
}

/** What the job's steps between main and post observed. */
interface BetweenSteps {
  dockerPs: CommandOutput;
  kubectlNodes: CommandOutput;
}

function servicePidOf(step: StepResult): number | undefined {
  const text = step.state.setup;
  return text === undefined ? undefined : (JSON.parse(text) as SavedState).servicePid;
}

function stepLog(step: StepResult | undefined): string {
  return step ? `exit ${step.exitCode}\n${step.stdout}\n${step.stderr}` : 'step did not run';
}

function commandMessages(step: StepResult | undefined, name: string): string[] {
  return (step?.commands ?? []).filter((command) => command.name === name).map((command) => command.message);
}

describe.skipIf(skipReason !== undefined)(SUITE, () => {
  let work = '';
  let conf: ContainersConf;
  let standIn = '';
  let mirror = '';
  const clusterNames = new Set<string>();
  /** Every service pid main saved, so afterAll stops what the action started even when a test failed. */
  const servicePids = new Set<number>();
  const runs: Array<{ label: string; run: ActionRun }> = [];
  const secretFragments: SecretFragment[] = [];

  /** Runs main, the job's later steps (`afterMain`) and post, with the stand-ins first on PATH. */
  async function runOnRunner(
    fakeStateDir: string,
    inputs: Record<string, string>,
    afterMain?: (main: StepResult, job: JobView) => Promise<void>,
  ): Promise<ActionRun> {
    // Under `work`, so afterAll removes the runner's directories even when runAction throws.
    const workRoot = await mkdtemp(join(work, 'runner-'));
    const run = await runAction({
      workRoot,
      inputs,
      env: { ...conf.env, FAKE_STATE_DIR: fakeStateDir, SETUP_PODMAN_K3D_DOWNLOAD_MIRROR: mirror },
      baseEnv: isolatedEnv({ PATH: `${standIn}:${process.env.PATH ?? '/usr/bin:/bin'}` }),
      timeoutMs: STEP_TIMEOUT_MS,
      afterMain: async (main, job) => {
        const pid = servicePidOf(main);
        if (pid !== undefined) servicePids.add(pid);
        await afterMain?.(main, job);
      },
    });
    runs.push({ label: `cluster ${inputs['cluster-name'] ?? ''}`, run });
    return run;
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cluster-action-'));
    conf = await writeContainersConf(work);
    await importBusyboxImage(conf.env);
    standIn = await standInBin(join(work, 'stand-in-bin'));
    mirror = await unusedLoopbackUrl();
  });

  afterAll(async () => {
    const problems: string[] = [];
    for (const name of clusterNames) problems.push(...(await removeClusterResources(name, conf.env)));
    for (const pid of servicePids) await stopPodmanService(pid);
    if (work) await rm(work, { recursive: true, force: true });
    await expectNothingServes(ROOTFUL_SOCKET);
    if (problems.length > 0) throw new Error(`cleanup left resources behind:\n${problems.join('\n')}`);
  });

  describe('cluster with cleanup always', () => {
    const name = randomClusterName('itest-action');
    let run: ActionRun;
    let between: BetweenSteps | undefined;
    let pid: number | undefined;
    let kubeconfigText = '';

    beforeAll(async () => {
      clusterNames.add(name);
      const fakeStateDir = join(work, 'fake-main');
      run = await runOnRunner(fakeStateDir, { 'cluster-name': name, cleanup: 'always' }, async (main, job) => {
        pid = servicePidOf(main);
        const kubeconfig = main.outputs.kubeconfig;
        if (kubeconfig) {
          kubeconfigText = await readFile(kubeconfig, 'utf8');
          secretFragments.push(...kubeconfigSecretFragments(kubeconfigText, `kubeconfig of ${name}`));
        }
        between = {
          dockerPs: await runCommand(['docker', 'ps', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}'], { env: job.env }),
          kubectlNodes: await runCommand(['kubectl', 'get', 'nodes'], { env: job.env }),
        };
      });
    });

    it('main exits 0', () => {
      expect(run.main.exitCode, stepLog(run.main)).toBe(0);
      expect(commandMessages(run.main, 'error')).toEqual([]);
    });

    it('sets the cluster outputs', () => {
      expect(run.outputs.kubeconfig).toBe(join(run.job.runnerTemp, 'setup-podman-k3d', `kubeconfig-${name}.yaml`));
      expect(run.outputs['api-server']).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(run.outputs['cluster-name']).toBe(name);
      expect(run.outputs['k3d-version']).toBe('5.8.3');
      expect(run.outputs['k3s-version']).toBe('v1.31.5+k3s1');
      // The runner emulation offers no cache service, so nothing is restored.
      expect(run.outputs['cache-hit']).toBe('false');
      expect(run.outputs.diagnostics).toBeUndefined();
    });

    it('exports KUBECONFIG and DOCKER_HOST', () => {
      expect(run.env.KUBECONFIG).toBe(run.outputs.kubeconfig);
      expect(run.env.DOCKER_HOST).toBe(`unix://${ROOTFUL_SOCKET}`);
      expect(run.job.env.KUBECONFIG).toBe(run.outputs.kubeconfig);
    });

    it('kubeconfig is private and names the cluster', async () => {
      expect(kubeconfigText, 'afterMain read the kubeconfig').not.toBe('');
      expect((await stat(run.outputs.kubeconfig ?? '')).mode & 0o777).toBe(0o600);
      const document = parseYaml(kubeconfigText) as {
        clusters: Array<{ cluster: { server: string } }>;
        'current-context': string;
      };
      expect(document.clusters[0]?.cluster.server).toBe(run.outputs['api-server']);
      expect(document['current-context']).toBe(`k3d-${name}`);
    });

    it('masks the client key and certificate', () => {
      const masked = commandMessages(run.main, 'add-mask');
      const document = parseYaml(kubeconfigText) as { users: Array<{ user: Record<string, string> }> };
      const user = document.users[0]?.user ?? {};
      for (const field of ['client-key-data', 'client-certificate-data']) {
        expect(user[field], field).toBeTypeOf('string');
        expect(masked, field).toContain(user[field]);
      }
    });

    it('summary lists the cluster steps', () => {
      expect(run.main.summary).toContain(`<tr><td>k3d cluster</td><td>changed</td>`);
      expect(run.main.summary).toContain(`created ${name} with API on 127.0.0.1:`);
      expect(run.main.summary).toMatch(/<tr><td>Kubeconfig<\/td><td>(changed|unchanged)<\/td>/);
      expect(run.main.summary).toContain(`context k3d-${name}`);
      expect(run.main.summary).toContain('<tr><td>Cluster readiness</td><td>unchanged</td>');
      expect(run.main.summary).toContain('1 node Ready, kube-system deployments available');
      expect(run.main.summary).toContain(`<tr><td>cluster-name</td><td>${name}</td></tr>`);
    });

    it('later steps reach the cluster', () => {
      expect(between, 'the afterMain hook did not run').toBeDefined();
      expect(between?.dockerPs.exitCode, between?.dockerPs.stderr).toBe(0);
      const names = (between?.dockerPs.stdout ?? '').split('\n').filter(Boolean);
      expect(names).toContain(`k3d-${name}-server-0`);
      expect(names).toContain(`k3d-${name}-serverlb`);
      expect(between?.kubectlNodes.exitCode, between?.kubectlNodes.stderr).toBe(0);
      expect(between?.kubectlNodes.stdout).toMatch(new RegExp(`^k3d-${name}-server-0 +Ready `, 'm'));
    });

    it('post deletes the cluster and stops the service', async () => {
      expect(run.post?.exitCode, stepLog(run.post)).toBe(0);
      expect(commandMessages(run.post, 'warning')).toEqual([]);
      expect(run.post?.stdout).toContain(`deleted cluster ${name}`);
      expect(pid).toBeTypeOf('number');
      expect(run.post?.stdout).toContain(`stopped podman system service (pid ${pid})`);
      expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
      expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);

      expect(await clusterContainers(name, conf.env)).toEqual([]);
      expect(await clusterResources('network', name, conf.env)).toEqual([]);
      expect(await clusterResources('volume', name, conf.env)).toEqual([]);
    });
  });

  describe('failing create without rollback', () => {
    // --no-rollback keeps the failed nodes, so the diagnostics include a node's logs.
    const name = randomClusterName('itest-action-fail');
    let run: ActionRun;
    let pid: number | undefined;
    let nodesBeforePost: string[] = [];
    let diagnosticsText = '';
    const recordFragments: SecretFragment[] = [];

    beforeAll(async () => {
      clusterNames.add(name);
      const fakeStateDir = join(work, 'fake-fail');
      await writeFaults(fakeStateDir, { k3d: { create: 'fail' } });
      run = await runOnRunner(fakeStateDir, { 'cluster-name': name, cleanup: 'always', 'k3d-args': '--no-rollback' }, async (main) => {
        pid = servicePidOf(main);
        nodesBeforePost = await clusterContainers(name, conf.env);
        if (main.outputs.diagnostics) diagnosticsText = await readFile(main.outputs.diagnostics, 'utf8');
        // The stand-in made the cluster's credentials at create time, and post's delete removes its record.
        const recordText = await readFile(join(fakeStateDir, 'k3d', 'clusters', `${name}.json`), 'utf8').catch(() => undefined);
        if (recordText !== undefined) {
          const { clientKeyPem, clientCertPem } = (JSON.parse(recordText) as StandInClusterRecord).credentials;
          recordFragments.push(
            ...credentialFragments(`client key of ${name}`, Buffer.from(clientKeyPem).toString('base64')),
            ...credentialFragments(`client certificate of ${name}`, Buffer.from(clientCertPem).toString('base64')),
          );
          secretFragments.push(...recordFragments);
        }
      });
    });

    it('main fails quoting k3d', () => {
      expect(run.main.exitCode, stepLog(run.main)).toBe(1);
      const errors = commandMessages(run.main, 'error');
      expect(errors.length, run.main.stdout).toBe(1);
      expect(errors[0]).toContain(`k3d cluster create ${name} failed`);
      expect(errors[0]).toContain('Cluster creation FAILED, rollback deactivated.');
    });

    it('diagnostics output names the file', () => {
      const file = run.outputs.diagnostics ?? '';
      expect(file.startsWith(join(run.job.runnerTemp, 'setup-podman-k3d', 'diagnostics-'))).toBe(true);
      expect(existsSync(file)).toBe(true);
      expect(diagnosticsText).toContain('## podman info');
      expect(diagnosticsText).toContain('## k3d cluster list');
      expect(nodesBeforePost).toContain(`k3d-${name}-server-0`);
      expect(diagnosticsText).toContain(`## logs of k3d-${name}-server-0`);
    });

    it('diagnostics file has no key material', () => {
      expect(recordFragments.length, `the k3d stand-in kept no record of ${name}; main's log:\n${stepLog(run.main)}`).toBeGreaterThan(0);
      const leaks = findLeaks([{ label: 'diagnostics file', text: diagnosticsText }], recordFragments);
      expect(leaks, describeLeaks(leaks)).toEqual([]);
      expect(diagnosticsText).not.toMatch(/PRIVATE KEY-----/);
      expect(diagnosticsText).not.toMatch(/client-(key|certificate)-data: *(?!\*\*\*)\S/);
    });

    it('summary shows the failure', () => {
      expect(run.main.summary).toContain('setup-podman-k3d failed');
      expect(run.main.summary).toContain('<tr><td>k3d cluster</td><td>failed</td>');
      expect(run.main.summary).toContain(`<tr><td>diagnostics</td><td>${run.outputs.diagnostics}</td></tr>`);
    });

    it('post deletes the failed nodes', async () => {
      expect(run.post?.exitCode, stepLog(run.post)).toBe(0);
      expect(run.post?.stdout).toContain(`deleted cluster ${name}`);
      expect(pid).toBeTypeOf('number');
      expect(run.post?.stdout).toContain(`stopped podman system service (pid ${pid})`);
      expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
      expect(isProcessRunning(pid ?? -1)).toBe(false);
      expect(await clusterContainers(name, conf.env)).toEqual([]);
    });
  });

  it('output contains no key material', async () => {
    const captures = new CaptureLog();
    for (const { label, run } of runs) {
      for (const step of [run.main, run.post]) {
        if (!step) continue;
        captures.add(`${label} ${step.stage} stdout`, withoutMaskCommands(step.stdout));
        captures.add(`${label} ${step.stage} stderr`, step.stderr);
        captures.add(`${label} ${step.stage} summary`, step.summary);
        captures.add(`${label} ${step.stage} GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE`, JSON.stringify([step.outputs, step.env, step.state]));
      }
      if (run.outputs.diagnostics) await captures.addFile(`${label} diagnostics`, run.outputs.diagnostics);
      await captures.addFile(`${label} podman service log`, join(run.job.runnerTemp, 'setup-podman-k3d', 'podman-service.log'));
    }

    // The kubeconfig of the first cluster and the stand-in's record of the failed one.
    expect(new Set(secretFragments.map((fragment) => fragment.label.split(' (')[0])).size).toBe(4);
    expect(captures.size()).toBeGreaterThan(10_000);
    const leaks = findLeaks(captures.all(), secretFragments);
    expect(leaks, describeLeaks(leaks)).toEqual([]);
  });
});
