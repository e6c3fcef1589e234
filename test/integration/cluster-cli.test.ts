// The CLI bundle (dist/cli) with a k3d cluster on this Linux machine's real Podman. k3d and k3s
// cannot be downloaded here, so the k3d and kubectl stand-ins go first on PATH: they create real
// node containers through DOCKER_HOST, and kubectl reports from their state. Downloads point at a
// loopback port nothing listens on, so an accidental download fails at once. These tests run as
// root, as in CI, because the product serves /run/podman/podman.sock for root.

import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { ACTION_ROOT } from '../harness/run-action.js';
import {
  clusterContainers,
  clusterResources,
  CLUSTER_NAME_MAX,
  isK3dClusterCall,
  randomClusterName,
  readStandInCalls,
  removeClusterResources,
  standInBin,
  unusedLoopbackUrl,
  writeFaults,
} from '../support/cluster.js';
import {
  announceSkip,
  expectNothingServes,
  findServicePid,
  importBusyboxImage,
  integrationSkipReason,
  isolatedEnv,
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
import { CaptureLog, describeLeaks, findLeaks, kubeconfigSecretFragments, type SecretFragment } from '../support/secrets.js';

const CLI = join(ACTION_ROOT, 'dist', 'cli', 'index.js');
const SUITE = 'CLI with a k3d cluster on real Podman';
/** A readiness failure waits the whole --wait-timeout (30 s, the minimum) before it exits. */
const CLI_TIMEOUT_MS = 110_000;
const NOWHERE_DOCKER_HOST = 'unix:///tmp/nowhere.sock';
const RC_BLOCK_START = '# >>> setup-podman-k3d >>>';
const RC_BLOCK_END = '# <<< setup-podman-k3d <<<';
/** The kube-system deployments of k3s v1.31 that the kubectl stand-in reports. */
const K3S_DEPLOYMENTS = ['coredns', 'local-path-provisioner', 'metrics-server', 'traefik'];

const skipReason = integrationSkipReason() ?? (await socketInUseReason(ROOTFUL_SOCKET));
announceSkip(SUITE, skipReason);

interface UpReport {
  ok: boolean;
  unchanged: boolean;
  outputs: Record<string, string>;
  servicePid?: number;
  steps: Array<{ id: string; status: string; detail: string }>;
}

interface StatusReport {
  healthy: boolean;
  links: Array<{ link: string; state: string; detail: string; fix?: string }>;
}

/** The state and stand-in directories of one scenario, and the environment its CLI runs get. */
interface Sandbox {
  stateDir: string;
  fakeStateDir: string;
  env: Record<string, string>;
}

function parseUpReport(result: CommandOutput): UpReport {
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as UpReport;
}

function stepOf(report: UpReport, id: string) {
  const step = report.steps.find((entry) => entry.id === id);
  if (!step) throw new Error(`up --json has no step ${id}: ${JSON.stringify(report.steps)}`);
  return step;
}

function linkOf(report: StatusReport, name: string) {
  const link = report.links.find((entry) => entry.link === name);
  if (!link) throw new Error(`status --json has no link ${name}: ${JSON.stringify(report.links)}`);
  return link;
}

/** Reads the `export NAME='VALUE'` lines that `env` prints for bash. */
function parseExports(stdout: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of stdout.matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)) {
    if (match[1] !== undefined && match[2] !== undefined) values[match[1]] = match[2];
  }
  return values;
}

function countOccurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe.skipIf(skipReason !== undefined)(SUITE, () => {
  let work = '';
  let conf: ContainersConf;
  let standIn = '';
  let mirror = '';
  const sandboxes: Sandbox[] = [];
  /** Every cluster name a test asked for, so afterAll removes what is left even when a test failed. */
  const clusterNames = new Set<string>();
  /** Every service pid a state file recorded, so afterAll stops what the CLI started. */
  const servicePids = new Set<number>();
  const captures = new CaptureLog();
  const secretFragments: SecretFragment[] = [];

  async function newSandbox(label: string): Promise<Sandbox> {
    const root = await mkdtemp(join(work, `${label}-`));
    const sandbox: Sandbox = {
      stateDir: join(root, 'state'),
      fakeStateDir: join(root, 'fake'),
      env: isolatedEnv({
        ...conf.env,
        PATH: `${standIn}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        FAKE_STATE_DIR: join(root, 'fake'),
        SETUP_PODMAN_K3D_STATE_DIR: join(root, 'state'),
        SETUP_PODMAN_K3D_DOWNLOAD_MIRROR: mirror,
        SHELL: '/bin/bash',
        NO_COLOR: '1',
      }),
    };
    sandboxes.push(sandbox);
    return sandbox;
  }

  /** Runs the CLI, keeps its output for the key material scan, and notes the service pid it recorded. */
  async function cli(sandbox: Sandbox, args: string[], extraEnv: Record<string, string> = {}): Promise<CommandOutput> {
    const result = await runCommand([process.execPath, CLI, ...args], {
      env: { ...sandbox.env, ...extraEnv },
      cwd: ACTION_ROOT,
      timeoutMs: CLI_TIMEOUT_MS,
    });
    captures.add(`setup-podman-k3d ${args.join(' ')}`, `${result.stdout}\n${result.stderr}`);
    const pid = await findServicePid({ stateDir: sandbox.stateDir });
    if (pid !== undefined) servicePids.add(pid);
    return result;
  }

  async function diagnosticsFiles(stateDir: string): Promise<string[]> {
    const names = await readdir(stateDir).catch(() => [] as string[]);
    return names.filter((name) => name.startsWith('diagnostics-') && name.endsWith('.txt')).map((name) => join(stateDir, name));
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cluster-cli-'));
    conf = await writeContainersConf(work);
    await importBusyboxImage(conf.env);
    standIn = await standInBin(join(work, 'stand-in-bin'));
    mirror = await unusedLoopbackUrl();
  });

  afterAll(async () => {
    const problems: string[] = [];
    for (const name of clusterNames) problems.push(...(await removeClusterResources(name, conf.env)));
    for (const sandbox of sandboxes) {
      const pid = await findServicePid({ stateDir: sandbox.stateDir });
      if (pid !== undefined) servicePids.add(pid);
    }
    for (const pid of servicePids) await stopPodmanService(pid);
    if (work) await rm(work, { recursive: true, force: true });
    await expectNothingServes(ROOTFUL_SOCKET);
    if (problems.length > 0) throw new Error(`cleanup left resources behind:\n${problems.join('\n')}`);
  });

  describe('cluster lifecycle', () => {
    const name = randomClusterName('itest');
    let sandbox: Sandbox;
    let firstUp: CommandOutput;
    let report: UpReport;
    let dockerHost = '';
    let exported: Record<string, string> = {};

    const docker = (args: string[]) => runCommand(['docker', ...args], { env: isolatedEnv({ DOCKER_HOST: dockerHost }) });
    const callCount = async () => (await readStandInCalls(sandbox.fakeStateDir)).length;
    const callsSince = async (count: number) => (await readStandInCalls(sandbox.fakeStateDir)).slice(count);

    beforeAll(async () => {
      sandbox = await newSandbox('lifecycle');
      clusterNames.add(name);
      firstUp = await cli(sandbox, ['up', '--cluster-name', name, '--json']);
      report = parseUpReport(firstUp);
      dockerHost = report.outputs['docker-host'] ?? '';
      const kubeconfig = report.outputs.kubeconfig;
      if (kubeconfig) secretFragments.push(...kubeconfigSecretFragments(await readFile(kubeconfig, 'utf8'), `kubeconfig of ${name}`));
    });

    it('up creates the cluster', () => {
      expect(report.ok).toBe(true);
      expect(report.unchanged).toBe(false);
      expect(report.outputs['cluster-name']).toBe(name);
      expect(report.outputs['docker-host']).toBe(`unix://${ROOTFUL_SOCKET}`);
      expect(report.outputs['api-server']).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(report.outputs['k3s-version']).toBe('v1.31.5+k3s1');
      expect(stepOf(report, 'cluster').status).toBe('changed');
      expect(stepOf(report, 'readiness').status).toBe('unchanged');
    });

    it('docker ps lists the node containers', async () => {
      const result = await docker(['ps', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']);
      expect(result.exitCode, result.stderr).toBe(0);
      const names = result.stdout.split('\n').filter(Boolean);
      expect(names).toContain(`k3d-${name}-server-0`);
      expect(names).toContain(`k3d-${name}-serverlb`);
    });

    it('load balancer publishes the API port', async () => {
      const port = new URL(report.outputs['api-server'] ?? 'https://invalid').port;
      const result = await docker(['port', `k3d-${name}-serverlb`, '6443/tcp']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout.trim().split('\n')).toContain(`127.0.0.1:${port}`);
    });

    it('kubeconfig is private and names the cluster', async () => {
      const path = report.outputs.kubeconfig ?? '';
      expect(path).toBe(join(sandbox.stateDir, `kubeconfig-${name}.yaml`));
      expect((await stat(path)).mode & 0o777).toBe(0o600);

      const port = new URL(report.outputs['api-server'] ?? 'https://invalid').port;
      const document = parseYaml(await readFile(path, 'utf8')) as {
        clusters: Array<{ name: string; cluster: { server: string } }>;
        contexts: Array<{ name: string }>;
        'current-context': string;
      };
      expect(document.clusters[0]?.cluster.server).toBe(`https://127.0.0.1:${port}`);
      expect(document.clusters[0]?.cluster.server).toBe(report.outputs['api-server']);
      expect(document.contexts.map((context) => context.name)).toContain(`k3d-${name}`);
      expect(document['current-context']).toBe(`k3d-${name}`);
    });

    it('env prints DOCKER_HOST and KUBECONFIG', async () => {
      const result = await cli(sandbox, ['env']);
      expect(result.exitCode, result.stderr).toBe(0);
      exported = parseExports(result.stdout);
      expect(exported.DOCKER_HOST).toBe(dockerHost);
      expect(exported.DOCKER_SOCK).toBe(ROOTFUL_SOCKET);
      expect(exported.KUBECONFIG).toBe(report.outputs.kubeconfig);
    });

    it('second up reuses the cluster', async () => {
      const before = await callCount();
      const second = parseUpReport(await cli(sandbox, ['up', '--cluster-name', name, '--json']));
      expect(second.unchanged).toBe(true);
      expect(stepOf(second, 'cluster').status).toBe('unchanged');
      expect(stepOf(second, 'cluster').detail).toContain(`${name} is already running`);
      expect(second.outputs['api-server']).toBe(report.outputs['api-server']);

      const calls = await callsSince(before);
      expect(calls.some((call) => call.tool === 'k3d' && call.argv[0] === 'cluster' && call.argv[1] === 'list')).toBe(true);
      expect(calls.filter((call) => isK3dClusterCall(call, 'create', name))).toEqual([]);
    });

    it('verbose up says nothing to do', async () => {
      const result = await cli(sandbox, ['up', '--cluster-name', name, '--verbose']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toContain('Nothing to do');
      // The debug lines name each command, so the key material scan covers verbose output too.
      expect(result.stderr).toContain(`$ k3d kubeconfig get ${name}`);
    });

    it('status names a stopped cluster', async () => {
      const running = await docker(['ps', '--quiet', '--filter', `label=k3d.cluster=${name}`]);
      const ids = running.stdout.split('\n').filter(Boolean);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const stopped = await docker(['stop', ...ids]);
      expect(stopped.exitCode, stopped.stderr).toBe(0);

      const text = await cli(sandbox, ['status'], exported);
      expect(text.exitCode, text.stdout).toBe(1);
      expect(text.stdout).toMatch(new RegExp(`^✗ k3d cluster +${name} is stopped \\(0/1 servers running\\)$`, 'm'));
      expect(text.stdout).toMatch(new RegExp(`^ +fix: k3d cluster start ${name}$`, 'm'));

      const json = await cli(sandbox, ['status', '--json'], exported);
      expect(json.exitCode).toBe(1);
      const status = JSON.parse(json.stdout) as StatusReport;
      expect(status.healthy).toBe(false);
      expect(linkOf(status, 'k3d cluster').state).toBe('broken');
      const port = new URL(report.outputs['api-server'] ?? 'https://invalid').port;
      const kubeContext = linkOf(status, 'kube context');
      expect(kubeContext.state).toBe('broken');
      // kubectl's own reason, not one of the retry lines it logs before it.
      expect(kubeContext.detail).toBe(`The connection to the server 127.0.0.1:${port} was refused - did you specify the right host or port?`);
      expect(linkOf(status, 'DOCKER_HOST').state).toBe('ok');
      expect(linkOf(status, 'API socket').state).toBe('ok');
    });

    it('up starts the stopped cluster', async () => {
      const before = await callCount();
      const restarted = parseUpReport(await cli(sandbox, ['up', '--cluster-name', name, '--json']));
      expect(stepOf(restarted, 'cluster').status).toBe('changed');
      expect(stepOf(restarted, 'cluster').detail).toContain(`${name} was stopped; started it`);

      const calls = await callsSince(before);
      expect(calls.filter((call) => isK3dClusterCall(call, 'start', name)).length).toBe(1);
      expect(calls.filter((call) => isK3dClusterCall(call, 'create', name))).toEqual([]);

      const running = await docker(['ps', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']);
      expect(running.stdout.split('\n').filter(Boolean).sort()).toEqual([`k3d-${name}-server-0`, `k3d-${name}-serverlb`]);
    });

    it('status is healthy after the restart', async () => {
      const env = await cli(sandbox, ['env']);
      expect(env.exitCode, env.stderr).toBe(0);
      const result = await cli(sandbox, ['status', '--json'], parseExports(env.stdout));
      const status = JSON.parse(result.stdout) as StatusReport;
      expect(status.links.filter((link) => link.state === 'broken')).toEqual([]);
      expect(status.healthy).toBe(true);
      expect(result.exitCode).toBe(0);
      expect(linkOf(status, 'k3d cluster').detail).toContain(name);
      expect(linkOf(status, 'kube context').detail).toBe(`k3d-${name} answers: 1/1 nodes Ready`);
    });

    it('status reports a foreign DOCKER_HOST', async () => {
      expect(existsSync(NOWHERE_DOCKER_HOST.slice('unix://'.length)), 'precondition: the socket path does not exist').toBe(false);
      const result = await cli(sandbox, ['status', '--json'], { ...exported, DOCKER_HOST: NOWHERE_DOCKER_HOST });
      expect(result.exitCode).toBe(1);
      const status = JSON.parse(result.stdout) as StatusReport;
      const link = linkOf(status, 'DOCKER_HOST');
      expect(link.state).toBe('broken');
      expect(link.detail).toContain(NOWHERE_DOCKER_HOST);
      expect(link.detail).toContain(`unix://${ROOTFUL_SOCKET}`);
      expect(link.fix).toBe('eval "$(setup-podman-k3d env)"');
      expect(linkOf(status, 'API socket').state).toBe('ok');
    });

    it('env --persist writes one block', async () => {
      const rcFile = join(work, 'bashrc');
      const original = "# the user's own settings\nalias ll='ls -l'\n";
      await writeFile(rcFile, original);

      const first = await cli(sandbox, ['env', '--persist', '--rc-file', rcFile]);
      expect(first.exitCode, first.stderr).toBe(0);
      expect(first.stderr).toContain(`Wrote the setup-podman-k3d block to ${rcFile}`);
      const afterFirst = await readFile(rcFile, 'utf8');
      expect(await readFile(`${rcFile}.setup-podman-k3d.bak`, 'utf8')).toBe(original);
      captures.add(`rc file ${rcFile}`, afterFirst);

      const second = await cli(sandbox, ['env', '--persist', '--rc-file', rcFile]);
      expect(second.exitCode, second.stderr).toBe(0);
      expect(second.stderr).toContain('nothing changed');
      const afterSecond = await readFile(rcFile, 'utf8');
      expect(afterSecond).toBe(afterFirst);
      expect(afterSecond.startsWith(original)).toBe(true);
      expect(countOccurrences(afterSecond, RC_BLOCK_START)).toBe(1);
      expect(countOccurrences(afterSecond, RC_BLOCK_END)).toBe(1);

      const shell = await runCommand(['bash', '--norc', '--noprofile', '-c', 'source "$1"; printf "%s\\n%s\\n" "$DOCKER_HOST" "$KUBECONFIG"', 'bash', rcFile], {
        env: isolatedEnv(),
      });
      expect(shell.exitCode, shell.stderr).toBe(0);
      expect(shell.stdout).toBe(`${dockerHost}\n${report.outputs.kubeconfig}\n`);
    });

    it('status reports a stopped API socket', async () => {
      const pid = await findServicePid({ stateDir: sandbox.stateDir });
      expect(pid, 'the first up recorded the service it started').toBeTypeOf('number');
      expect(await stopPodmanService(pid ?? -1)).toBe('stopped');

      const result = await cli(sandbox, ['status', '--json'], exported);
      expect(result.exitCode).toBe(1);
      const status = JSON.parse(result.stdout) as StatusReport;
      const socket = linkOf(status, 'API socket');
      expect(socket.state).toBe('broken');
      expect(socket.detail).toContain(ROOTFUL_SOCKET);
      expect(socket.fix).toBe('setup-podman-k3d up');
      expect(linkOf(status, 'DOCKER_HOST').state).toBe('broken');
    });

    it('up restarts the service, keeps the cluster', async () => {
      const stoppedPid = await findServicePid({ stateDir: sandbox.stateDir });
      const result = parseUpReport(await cli(sandbox, ['up', '--cluster-name', name, '--json']));
      expect(stepOf(result, 'podman-service').status).toBe('changed');
      expect(result.servicePid).toBeTypeOf('number');
      expect(result.servicePid).not.toBe(stoppedPid);
      // Node containers run under conmon, so they outlive the API service.
      expect(stepOf(result, 'cluster').status).toBe('unchanged');
    });

    it('down removes the cluster and stops the service', async () => {
      const pid = await findServicePid({ stateDir: sandbox.stateDir });
      expect(pid).toBeTypeOf('number');
      const result = await cli(sandbox, ['down']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toContain(`deleted cluster ${name}`);
      expect(result.stderr).toContain(`stopped podman system service (pid ${pid})`);
      expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
      expect((await pingSocket(ROOTFUL_SOCKET)).ok).toBe(false);

      expect(await clusterContainers(name, conf.env)).toEqual([]);
      expect(await clusterResources('network', name, conf.env)).toEqual([]);
      expect(await clusterResources('volume', name, conf.env)).toEqual([]);
    });

    it('second down succeeds', async () => {
      const result = await cli(sandbox, ['down']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toContain('Nothing to stop');
    });
  });

  describe('overlong cluster name', () => {
    const name = 'a'.repeat(CLUSTER_NAME_MAX + 1);
    let sandbox: Sandbox;
    let result: CommandOutput;

    beforeAll(async () => {
      sandbox = await newSandbox('long-name');
      result = await cli(sandbox, ['up', '--cluster-name', name, '--json']);
    });

    it('up exits 2 naming the input', () => {
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Invalid input 'cluster-name': "${name}"`);
      expect(result.stderr).toContain('at most 32 characters');
    });

    it('runs no command', async () => {
      expect(await readStandInCalls(sandbox.fakeStateDir)).toEqual([]);
      expect(existsSync(join(sandbox.stateDir, 'podman-service.log'))).toBe(false);
      expect(existsSync(join(sandbox.stateDir, 'state.json'))).toBe(false);
    });
  });

  describe('k3d create failure', () => {
    const name = randomClusterName('itest-fail');
    let sandbox: Sandbox;
    let result: CommandOutput;
    let servingBefore = false;

    beforeAll(async () => {
      sandbox = await newSandbox('create-fail');
      clusterNames.add(name);
      await writeFaults(sandbox.fakeStateDir, { k3d: { create: 'fail' } });
      servingBefore = (await pingSocket(ROOTFUL_SOCKET)).ok;
      result = await cli(sandbox, ['up', '--cluster-name', name]);
    });

    it('up exits 1 quoting k3d', () => {
      expect(result.exitCode, result.stderr).toBe(1);
      const error = result.stderr.slice(result.stderr.search(/^error: /m));
      expect(error).toMatch(/^error: /);
      expect(error).toContain(`k3d cluster create ${name} failed`);
      expect(error).toContain('Cluster creation FAILED, all changes have been rolled back!');
    });

    it('prints diagnostics before the error', () => {
      const diagnostics = result.stderr.search(/^▸ Diagnostics$/m);
      const error = result.stderr.search(/^error: /m);
      expect(diagnostics).toBeGreaterThanOrEqual(0);
      expect(error).toBeGreaterThan(diagnostics);
      expect(result.stderr.slice(diagnostics, error)).toContain('## podman info');
    });

    it('writes the diagnostics file', async () => {
      const files = await diagnosticsFiles(sandbox.stateDir);
      expect(files.length).toBe(1);
      const text = await readFile(files[0] ?? '', 'utf8');
      expect(text).toContain('## podman info');
      expect(text).toContain('## k3d cluster list');
    });

    it('rollback leaves no containers', async () => {
      const calls = await readStandInCalls(sandbox.fakeStateDir);
      expect(calls.filter((call) => isK3dClusterCall(call, 'create', name)).length).toBe(1);
      expect(await clusterContainers(name, conf.env)).toEqual([]);
    });

    it('down stops the service of a failed up', async () => {
      expect(servingBefore, 'precondition: no service ran before this up').toBe(false);
      const pid = await findServicePid({ stateDir: sandbox.stateDir });
      expect(pid, 'the failed up recorded the service it started').toBeTypeOf('number');
      const down = await cli(sandbox, ['down']);
      expect(down.exitCode, down.stderr).toBe(0);
      expect(down.stderr).toContain(`stopped podman system service (pid ${pid})`);
      expect(await waitForExit(pid ?? -1, 15_000)).toBe(true);
    });
  });

  describe('readiness timeout', () => {
    const name = randomClusterName('itest-slow');
    let sandbox: Sandbox;
    let result: CommandOutput;

    beforeAll(async () => {
      sandbox = await newSandbox('never-ready');
      clusterNames.add(name);
      await writeFaults(sandbox.fakeStateDir, { kubectl: { neverReady: true } });
      result = await cli(sandbox, ['up', '--cluster-name', name, '--wait-timeout', '30']);
      const kubeconfig = join(sandbox.stateDir, `kubeconfig-${name}.yaml`);
      if (existsSync(kubeconfig)) secretFragments.push(...kubeconfigSecretFragments(await readFile(kubeconfig, 'utf8'), `kubeconfig of ${name}`));
    });

    it('up exits 1 naming what is not ready', () => {
      expect(result.exitCode, result.stderr).toBe(1);
      const error = result.stderr.slice(result.stderr.search(/^error: /m));
      expect(error).toContain('The cluster was not ready within wait-timeout (30 s)');
      expect(error).toContain(`node k3d-${name}-server-0 (KubeletNotReady`);
      for (const deployment of K3S_DEPLOYMENTS) expect(error).toContain(`deployment kube-system/${deployment} (0/1 available)`);
    });

    it('diagnostics show the nodes and pods', async () => {
      const files = await diagnosticsFiles(sandbox.stateDir);
      expect(files.length).toBe(1);
      const text = await readFile(files[0] ?? '', 'utf8');
      expect(text).toContain(`## logs of k3d-${name}-server-0`);
      expect(text).toContain('## nodes and pods');
      expect(text).toContain(`node/k3d-${name}-server-0   NotReady`);
    });

    it('down deletes the cluster', async () => {
      const down = await cli(sandbox, ['down']);
      expect(down.exitCode, down.stderr).toBe(0);
      expect(down.stderr).toContain(`deleted cluster ${name}`);
      expect(await clusterContainers(name, conf.env)).toEqual([]);
    });
  });

  it('output contains no key material', async () => {
    for (const sandbox of sandboxes) {
      for (const file of await diagnosticsFiles(sandbox.stateDir)) await captures.addFile('diagnostics file', file);
      await captures.addFile('podman service log', join(sandbox.stateDir, 'podman-service.log'));
      await captures.addFile('state file', join(sandbox.stateDir, 'state.json'));
    }

    // Both kubeconfigs (the lifecycle cluster and the readiness timeout cluster) were read.
    expect(new Set(secretFragments.map((fragment) => fragment.label.split(' client-')[0])).size).toBe(2);
    expect(captures.size()).toBeGreaterThan(10_000);
    const leaks = findLeaks(captures.all(), secretFragments);
    expect(leaks, describeLeaks(leaks)).toEqual([]);
  });
});
