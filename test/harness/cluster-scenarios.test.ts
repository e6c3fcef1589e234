// Scenarios of the simulated macOS runner for the cluster half. The product downloads k3d and
// kubectl from the local release server and verifies them, then creates a k3d cluster through
// DOCKER_HOST on the real Podman (the k3d stand-in makes real node containers). The scenarios cover
// the kubeconfig, readiness, diagnostics after a failure, cancellation, a warm run from the cache
// directory, and verify-docs.
// Each test names its scenario first, so `npm run simulate -- NAME` runs one of them.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { UP_STEPS } from '../../src/core/up.js';
import { announceSkip, importBusyboxImage, integrationSkipReason, writeContainersConf } from '../support/podman.js';
import { startCacheService } from './cache-service.js';
import { NODE_IMAGE_REFS, removeNodeImageTags, type ImageClient } from '../support/node-images.js';
import { startDownloadServer, type DownloadServer, type ServedRequest } from './download-server.js';
import { dockerReleasePath, k3dReleasePath, kubectlReleasePath, machineOsPath, podmanReleasePath, sha256, writeReleaseTree, type ReleaseTree } from './releases.js';
import { KEY_MATERIAL_MARKERS, Scenario, isRunning, type CommandResult, type FakeProcess, type ScenarioOptions } from './scenario.js';
import { ACTION_ROOT, runAction, type ActionRun, type StepResult } from './run-action.js';

const execFileAsync = promisify(execFile);

const PODMAN_VERSION = '5.8.5';
const DOCKER_VERSION = '28.5.2';
const K3D_VERSION = '5.8.3';
const KUBECTL_VERSION = '1.33.4';
/** The kubelet version the kubectl stand-in reports for k3s v1.31.5-k3s1 nodes. */
const K3S_NODE_VERSION = 'v1.31.5+k3s1';
/** The kube-system deployments k3s v1.31 ships, which readiness waits for. */
const KUBE_SYSTEM_DEPLOYMENTS = ['coredns', 'local-path-provisioner', 'metrics-server', 'traefik'];
const MACHINE = 'podman-machine-default';
const ROLLED_BACK = 'Cluster creation FAILED, all changes have been rolled back!';
/** Each scenario's own limit: the slowest waits out a 30-second readiness timeout. */
const SCENARIO_TIMEOUT_MS = 300_000;
/** How long main may take to exit after SIGTERM. */
const CANCEL_EXIT_LIMIT_MS = 15_000;
const DOC = 'docs/container-runtime.md';

let server: DownloadServer;
let releaseRoot: string;
let tree: ReleaseTree;
/** The same releases, but checksums.txt lists a wrong digest for k3d-darwin-amd64. */
let badK3dTree: ReleaseTree;
/** A containers.conf of this file's own, for the real Podman that removes leftover clusters. */
let podmanEnv: NodeJS.ProcessEnv;
let confDir: string | undefined;

const podmanSkipReason = integrationSkipReason();
announceSkip('simulated macOS runner with a k3d cluster', podmanSkipReason);

beforeAll(async () => {
  // The scenarios run the committed bundles, as the runner does; without them every run fails alike.
  const mainBundle = join(ACTION_ROOT, 'dist', 'main', 'index.js');
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run npm run build first`);

  releaseRoot = await mkdtemp(join(tmpdir(), 'harness-cluster-releases-'));
  const releases = {
    podmanVersions: [PODMAN_VERSION],
    dockerVersions: [DOCKER_VERSION],
    k3dVersions: [K3D_VERSION],
    kubectlVersions: [KUBECTL_VERSION],
  };
  tree = await writeReleaseTree(join(releaseRoot, 'default'), releases);
  badK3dTree = await writeReleaseTree(join(releaseRoot, 'bad-k3d'), { ...releases, mismatchedChecksums: ['k3d-darwin-amd64'] });
  server = await startDownloadServer(releaseRoot);
});

afterAll(async () => {
  await server?.close();
  if (releaseRoot) await rm(releaseRoot, { recursive: true, force: true });
  if (confDir) await rm(confDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What every scenario shares: its scenarios, cluster names, downloads and key material.

/**
 * The scenarios and clusters of one test. `run` stops every process the fakes recorded and
 * removes the containers, network and image volume of each cluster name it handed out, even when
 * the test failed, and checks that no kubeconfig key material reached any output.
 */
class ClusterTest {
  private readonly scenarios: Scenario[] = [];
  private readonly clusters: string[] = [];
  private readonly firstRequest = server.requests.length;
  /** Base64 key and certificate data of every cluster seen, and each line of their decoded PEM text. */
  readonly keyMaterial = new Set<string>();
  /** Files that must not contain key material either, such as the diagnostics file. */
  readonly filesToScan: string[] = [];

  /** Creates a scenario whose downloads come from release tree `tree` of the server. */
  async scenario(options: Omit<ScenarioOptions, 'mirror'>, tree = 'default'): Promise<Scenario> {
    const scenario = await Scenario.create({ ...options, mirror: server.mirror(tree) });
    this.scenarios.push(scenario);
    return scenario;
  }

  /** Returns a new cluster name of this test (a lowercase host name of at most 32 characters). */
  clusterName(tag: string): string {
    const name = `hc-${tag}-${randomBytes(3).toString('hex')}`;
    this.clusters.push(name);
    return name;
  }

  /** Returns the download requests served since this test began. */
  downloads(): ServedRequest[] {
    return server.requests.slice(this.firstRequest);
  }

  /**
   * Reads the client key and certificate that the k3d stand-in made for `cluster`. Call it while
   * the cluster exists (for example in afterMain): `k3d cluster delete` removes the record.
   */
  captureKeyMaterial(scenario: Scenario, cluster: string): void {
    for (const secret of standInKeyMaterial(scenario, cluster)) this.keyMaterial.add(secret);
  }

  async run(body: (test: ClusterTest) => Promise<void>): Promise<void> {
    let failure: unknown;
    try {
      await body(this);
      await this.expectNoKeyMaterial();
    } catch (error) {
      failure = error;
    }
    for (const scenario of this.scenarios) {
      try {
        await scenario.finish({ keepFiles: failure !== undefined });
      } catch (error) {
        if (failure === undefined) failure = error;
        else console.error(error);
      }
    }
    for (const cluster of this.clusters) {
      try {
        await removeClusterResources(cluster);
      } catch (error) {
        if (failure === undefined) failure = error;
        else console.error(error);
      }
    }
    if (failure !== undefined) throw failure;
  }

  private async expectNoKeyMaterial(): Promise<void> {
    const texts = this.scenarios.map((scenario) => scenario.visibleText({ asShown: true }));
    for (const file of this.filesToScan) texts.push(await readFile(file, 'utf8'));
    const text = texts.join('\n');
    for (const marker of KEY_MATERIAL_MARKERS) expect(text, `output contains ${marker}`).not.toContain(marker);
    for (const secret of this.keyMaterial) expect(text.includes(secret), `output contains key material ${secret.slice(0, 12)}...`).toBe(false);
  }
}

function clusterTest(body: (test: ClusterTest) => Promise<void>): Promise<void> {
  return new ClusterTest().run(body);
}

/**
 * Returns the forms of the stand-in cluster's client key and certificate that must never be
 * shown: the base64 values of client-key-data and client-certificate-data, and each line of the
 * decoded PEM text except the BEGIN and END lines.
 */
function standInKeyMaterial(scenario: Scenario, cluster: string): string[] {
  const record = join(scenario.stateDir, 'k3d', 'clusters', `${cluster}.json`);
  if (!existsSync(record)) return [];
  const { credentials } = JSON.parse(readFileSync(record, 'utf8')) as { credentials: { clientCertPem: string; clientKeyPem: string } };
  const forms: string[] = [];
  for (const pem of [credentials.clientKeyPem, credentials.clientCertPem]) {
    forms.push(Buffer.from(pem).toString('base64'));
    forms.push(...pem.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----')));
  }
  return forms;
}

/** Runs the real Podman of this machine (not the scenario's fake) with this file's containers.conf. */
async function realPodman(args: readonly string[]): Promise<string> {
  const { stdout } = await execFileAsync('podman', [...args], { env: podmanEnv, timeout: 120_000 });
  return stdout;
}

/** Returns the names of the containers of cluster `name`, from the real Podman. */
async function clusterContainers(name: string): Promise<string[]> {
  const stdout = await realPodman(['ps', '--all', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']);
  return stdout.split('\n').filter(Boolean).sort();
}

/** Removes what the k3d stand-in creates for cluster `name`: containers, network, image volume. */
async function removeClusterResources(name: string): Promise<void> {
  const containers = await clusterContainers(name);
  if (containers.length > 0) await realPodman(['rm', '--force', '--volumes', ...containers]);
  // The network and the volume are gone already when k3d deleted the cluster.
  await realPodman(['network', 'rm', '--force', `k3d-${name}`]).catch(() => undefined);
  await realPodman(['volume', 'rm', '--force', `k3d-${name}-images`]).catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// Assertion helpers

/** Returns the message of the step's `::error::` lines, which the runner shows as the failure. */
function errorMessage(step: StepResult): string {
  return step.commands.filter((command) => command.name === 'error').map((command) => command.message).join('\n');
}

function expectCleanRun(run: ActionRun): void {
  expect(run.main.exitCode, `main failed:\n${run.main.stdout}\n${run.main.stderr}`).toBe(0);
  expect(run.post?.exitCode, `post failed:\n${run.post?.stdout}\n${run.post?.stderr}`).toBe(0);
}

/** Returns the argv of each `podman machine SUBCOMMAND` call. */
function machineCalls(scenario: Scenario, subcommand: string): string[][] {
  return scenario.argvOf('podman').filter((argv) => argv[1] === 'machine' && argv[2] === subcommand);
}

/**
 * Returns the argv of each k3d call that starts with `words`. The k3d stand-in records its
 * arguments without the program name.
 */
function k3dCalls(scenario: Scenario, ...words: string[]): string[][] {
  return scenario.argvOf('k3d').filter((argv) => words.every((word, index) => argv[index] === word));
}

/** Returns the value that follows `flag` in `argv`. */
function flagValue(argv: readonly string[] | undefined, flag: string): string | undefined {
  const index = argv?.indexOf(flag) ?? -1;
  return index >= 0 ? argv?.[index + 1] : undefined;
}

/** Returns the fake processes of the machine (start attempts included) that still run. */
function liveMachineProcesses(scenario: Scenario): FakeProcess[] {
  return scenario.liveProcesses((record) => record.machine === MACHINE);
}

/** Returns the lines of `ps` whose arguments name a file of the scenario: its helpers, services and fakes. */
async function scenarioProcessLines(scenario: Scenario): Promise<string[]> {
  const { stdout } = await execFileAsync('ps', ['-eo', 'pid=,stat=,args='], { timeout: 10_000 });
  return stdout
    .split('\n')
    .filter((line) => line.includes(scenario.stateDir))
    // A zombie has exited; it waits only for PID 1 of this sandbox to reap it.
    .filter((line) => !/^\s*\d+\s+Z/.test(line));
}

function servedPaths(requests: readonly ServedRequest[]): string[] {
  return requests.map((request) => request.path);
}

/** Returns the text of the `## TITLE` section of a diagnostics text, up to the next section. */
function diagnosticsSection(text: string, titlePrefix: string): string | undefined {
  const sections = text.split(/^## /m).slice(1);
  const section = sections.find((entry) => entry.startsWith(titlePrefix));
  return section === undefined ? undefined : `## ${section}`;
}

function toolDir(run: ActionRun): string {
  return join(run.job.runnerTemp, 'setup-podman-k3d', 'bin');
}

function cacheDir(run: ActionRun): string {
  return join(run.job.runnerTemp, 'setup-podman-k3d', 'cache');
}

// ---------------------------------------------------------------------------------------------

describe('harness parts of the cluster scenarios', () => {
  it('release tree serves k3d and kubectl like their hosts', async () => {
    for (const arch of ['amd64', 'arm64'] as const) {
      const k3dPath = k3dReleasePath(K3D_VERSION, `k3d-darwin-${arch}`);
      const kubectlPath = kubectlReleasePath(KUBECTL_VERSION, arch);
      expect(sha256(await readFile(join(tree.dir, k3dPath)))).toBe(tree.digests[k3dPath]);
      expect(sha256(await readFile(join(tree.dir, kubectlPath)))).toBe(tree.digests[kubectlPath]);
      // dl.k8s.io's kubectl.sha256 contains the bare digest, without a newline.
      expect(await readFile(join(tree.dir, kubectlReleasePath(KUBECTL_VERSION, arch, '.sha256')), 'utf8')).toBe(tree.digests[kubectlPath]);
    }
    // k3d's checksums.txt is `sha256sum _dist/*` output.
    const checksums = await readFile(join(tree.dir, k3dReleasePath(K3D_VERSION, 'checksums.txt')), 'utf8');
    expect(checksums).toBe(
      ['amd64', 'arm64'].map((arch) => `${tree.digests[k3dReleasePath(K3D_VERSION, `k3d-darwin-${arch}`)]}  _dist/k3d-darwin-${arch}\n`).join(''),
    );
    const badListed = badK3dTree.listedDigests[k3dReleasePath(K3D_VERSION, 'k3d-darwin-amd64')];
    expect(badListed).not.toBe(badK3dTree.digests[k3dReleasePath(K3D_VERSION, 'k3d-darwin-amd64')]);
    expect(await readFile(join(badK3dTree.dir, k3dReleasePath(K3D_VERSION, 'checksums.txt')), 'utf8')).toContain(`${badListed}  _dist/k3d-darwin-amd64`);
  });

  it('served binaries run the stand-ins', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'harness-served-binaries-'));
    try {
      const env = { ...process.env, FAKE_STATE_DIR: stateDir };
      const k3d = await execFileAsync('sh', [join(tree.dir, k3dReleasePath(K3D_VERSION, 'k3d-darwin-amd64')), 'version'], { env });
      expect(k3d.stdout).toBe(`k3d version v${K3D_VERSION}\nk3s version v1.31.5-k3s1 (default)\n`);
      const kubectl = await execFileAsync('sh', [join(tree.dir, kubectlReleasePath(KUBECTL_VERSION, 'arm64')), 'version', '--client', '-o', 'json'], { env });
      expect((JSON.parse(kubectl.stdout) as { clientVersion: { gitVersion: string } }).clientVersion.gitVersion).toBe(`v${KUBECTL_VERSION}`);
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });

  it('fake machine init keeps the pulled image', async () => {
    const scenario = await Scenario.create({ name: 'init-image', arch: 'x64', mirror: 'http://127.0.0.1:9/unused', podmanOnPath: PODMAN_VERSION });
    try {
      const imageCache = join(scenario.env.HOME ?? '', '.local', 'share', 'containers', 'podman', 'machine', 'applehv', 'cache');
      const pulled = await scenario.run(['podman', 'machine', 'init', 'pulled']);
      expect(pulled.exitCode, pulled.stderr).toBe(0);
      expect(pulled.stdout).toContain('Looking up Podman Machine image at quay.io/podman/machine-os:5.8 to create VM');
      const images = readdirNames(imageCache);
      expect(images).toHaveLength(1);
      expect(images[0]).toMatch(/^[0-9a-f]{64}\.raw\.zst$/);
      const image = join(imageCache, images[0] ?? '');
      // The file starts with the zstd frame magic number, 0xFD2FB528 little-endian.
      expect((await readFile(image)).subarray(0, 4)).toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));

      // Init from a local file extracts it in place: nothing is pulled and the cache keeps one image.
      const local = await scenario.run(['podman', 'machine', 'init', '--image', image, 'local']);
      expect(local.exitCode, local.stderr).toBe(0);
      expect(local.stdout).not.toContain('Looking up Podman Machine image');
      expect(readdirNames(imageCache)).toEqual(images);
    } finally {
      await scenario.finish();
    }
  });

  it('signalMain signals main once its condition holds', async () => {
    const actionRoot = await mkdtemp(join(tmpdir(), 'harness-signal-action-'));
    try {
      // A stand-in action whose main waits until it gets SIGTERM, then exits 3.
      await mkdir(join(actionRoot, 'dist', 'main'), { recursive: true });
      await mkdir(join(actionRoot, 'dist', 'post'), { recursive: true });
      await writeFile(join(actionRoot, 'action.yml'), 'name: signal test\nruns:\n  using: node24\n  main: dist/main/index.js\n');
      await writeFile(
        join(actionRoot, 'dist', 'main', 'index.js'),
        "process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(3); });\nsetInterval(() => undefined, 1000);\n",
      );
      await writeFile(join(actionRoot, 'dist', 'post', 'index.js'), '');
      const started = Date.now();
      const run = await runAction({
        actionRoot,
        workRoot: join(actionRoot, 'runner'),
        runPost: false,
        timeoutMs: 30_000,
        signalMain: { signal: 'SIGTERM', when: () => Date.now() - started > 500 },
      });
      expect(run.main.exitCode).toBe(3);
      expect(run.main.stdout).toBe('got SIGTERM\n');
      expect(run.main.timedOut).toBe(false);
      expect(run.main.signalSentAfterMs).toBeGreaterThanOrEqual(400);
      expect(run.main.durationMs).toBeGreaterThanOrEqual(run.main.signalSentAfterMs ?? Infinity);
    } finally {
      await rm(actionRoot, { recursive: true, force: true });
    }
  });
});

describe.skipIf(podmanSkipReason !== undefined)('simulated macOS runner with a k3d cluster', () => {
  beforeAll(async () => {
    confDir = await mkdtemp(join(tmpdir(), 'harness-cluster-conf-'));
    const conf = await writeContainersConf(confDir);
    podmanEnv = { ...process.env, ...conf.env };
    await importBusyboxImage(conf.env);
  });

  it('cluster-cold: installs every tool and creates the cluster', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await clusterTest(async (test) => {
      const scenario = await test.scenario({ name: 'cluster-cold', arch: 'x64' });
      const cluster = test.clusterName('cold');
      let nodeContainers: CommandResult | undefined;
      let kubectlNodes: CommandResult | undefined;
      let kubeconfigMode: number | undefined;
      let containersBeforePost: string[] = [];
      const run = await scenario.runAction({ 'cluster-name': cluster, 'wait-timeout': '60', cleanup: 'always' }, {
        afterMain: async (main, job) => {
          test.captureKeyMaterial(scenario, cluster);
          if (main.exitCode !== 0) return;
          // A later job step: docker and kubectl of the job's PATH, DOCKER_HOST and KUBECONFIG from GITHUB_ENV.
          nodeContainers = await scenario.runInJob(job, ['docker', 'ps', '--filter', `label=k3d.cluster=${cluster}`, '--format', '{{.Names}}']);
          kubectlNodes = await scenario.runInJob(job, ['kubectl', 'get', 'nodes']);
          kubeconfigMode = (await stat(job.env.KUBECONFIG ?? '')).mode & 0o777;
          containersBeforePost = await clusterContainers(cluster);
        },
      });
      expectCleanRun(run);
      expect(test.keyMaterial.size).toBeGreaterThan(0);

      // Every release file came from the download server: Podman, Docker, k3d and kubectl for amd64.
      const served = servedPaths(test.downloads());
      for (const path of [
        podmanReleasePath(PODMAN_VERSION, 'shasums'),
        podmanReleasePath(PODMAN_VERSION, 'podman-installer-macos-amd64.pkg'),
        dockerReleasePath('x86_64', DOCKER_VERSION),
        k3dReleasePath(K3D_VERSION, 'checksums.txt'),
        k3dReleasePath(K3D_VERSION, 'k3d-darwin-amd64'),
        kubectlReleasePath(KUBECTL_VERSION, 'amd64', '.sha256'),
        kubectlReleasePath(KUBECTL_VERSION, 'amd64'),
      ]) {
        expect(served).toContain(`/default/${path}`);
      }
      expect(served.filter((path) => path.includes('arm64'))).toEqual([]);
      expect(test.downloads().every((request) => request.status === 200)).toBe(true);

      // The installed k3d and kubectl are the verified downloads, executable, in the tool directory.
      for (const [tool, path] of [
        ['k3d', k3dReleasePath(K3D_VERSION, 'k3d-darwin-amd64')],
        ['kubectl', kubectlReleasePath(KUBECTL_VERSION, 'amd64')],
      ] as const) {
        const installed = join(toolDir(run), tool);
        expect(sha256(await readFile(installed))).toBe(tree.digests[path]);
        expect((await stat(installed)).mode & 0o111).toBe(0o111);
      }
      expect(run.path).toContain(toolDir(run));
      expect(run.main.stdout).toContain(`k3d: ${K3D_VERSION} installed (release, SHA-256 verified)`);
      expect(run.main.stdout).toContain(`kubectl: ${KUBECTL_VERSION} installed (release, SHA-256 verified)`);

      // The Podman machine: the .pkg through sudo and the installer, then init and start.
      expect(scenario.argvOf('sudo')).toHaveLength(1);
      expect(scenario.state().installerRuns.map((entry) => `${entry.version} ${entry.arch}`)).toEqual([`${PODMAN_VERSION} amd64`]);
      expect(machineCalls(scenario, 'init')).toHaveLength(1);
      expect(machineCalls(scenario, 'start')).toEqual([['podman', 'machine', 'start', '--no-info', MACHINE]]);

      // k3d created the cluster through the exported DOCKER_HOST, with the API on 127.0.0.1.
      const socket = join(scenario.env.TMPDIR ?? '', 'podman', `${MACHINE}-api.sock`);
      expect(run.env.DOCKER_HOST).toBe(`unix://${socket}`);
      const creates = k3dCalls(scenario, 'cluster', 'create');
      expect(creates).toHaveLength(1);
      const create = creates[0];
      expect(create?.[2]).toBe(cluster);
      expect(create).toContain('--kubeconfig-update-default=false');
      expect(flagValue(create, '--timeout')).toBe('60s');
      const apiPort = /^127\.0\.0\.1:(\d+)$/.exec(flagValue(create, '--api-port') ?? '')?.[1];
      expect(apiPort).toBeDefined();
      const createCall = scenario.calls().find((call) => call.tool === 'k3d' && call.argv[0] === 'cluster' && call.argv[1] === 'create');
      expect(createCall?.env.DOCKER_HOST).toBe(run.env.DOCKER_HOST);
      expect(createCall?.env.DOCKER_SOCK).toBe('/run/podman/podman.sock');

      // The node containers exist in the real Podman, and a later step's docker lists them.
      const expectedNodes = [`k3d-${cluster}-server-0`, `k3d-${cluster}-serverlb`];
      expect(containersBeforePost).toEqual(expectedNodes);
      expect(nodeContainers?.exitCode, nodeContainers?.stderr).toBe(0);
      expect(nodeContainers?.stdout.split('\n').filter(Boolean).sort()).toEqual(expectedNodes);
      expect(kubectlNodes?.exitCode, kubectlNodes?.stderr).toBe(0);
      expect(kubectlNodes?.stdout).toMatch(new RegExp(`^k3d-${cluster}-server-0\\s+Ready\\s`, 'm'));

      // Outputs, GITHUB_ENV and the private kubeconfig file.
      const kubeconfig = join(run.job.runnerTemp, 'setup-podman-k3d', `kubeconfig-${cluster}.yaml`);
      expect(run.outputs.kubeconfig).toBe(kubeconfig);
      expect(run.outputs['api-server']).toBe(`https://127.0.0.1:${apiPort}`);
      expect(run.outputs['cluster-name']).toBe(cluster);
      expect(run.outputs['k3d-version']).toBe(K3D_VERSION);
      expect(run.outputs['k3s-version']).toBe(K3S_NODE_VERSION);
      expect(run.outputs['cache-hit']).toBe('false');
      expect(run.outputs.diagnostics).toBeUndefined();
      expect(run.env.KUBECONFIG).toBe(kubeconfig);
      expect(kubeconfigMode).toBe(0o600);
      expect(await readFile(kubeconfig, 'utf8')).toContain(`server: https://127.0.0.1:${apiPort}`);

      // The key and certificate are registered for masking with `::add-mask::`.
      const masked = run.main.commands.filter((command) => command.name === 'add-mask').map((command) => command.message);
      for (const secret of test.keyMaterial) expect(masked).toContain(secret);
      // So the raw log contains the key material in lines the runner consumes. The scan at the end
      // reads the log as the runner shows it, and would find any other line that contains it.
      const someSecret = [...test.keyMaterial][0] ?? '';
      expect(scenario.visibleText().includes(someSecret)).toBe(true);
      expect(scenario.visibleText({ asShown: true }).includes(someSecret)).toBe(false);

      // The summary has a row for every step of the pipeline, and the outputs.
      for (const step of UP_STEPS) expect(run.main.summary).toContain(`<td>${step.title}</td>`);
      expect(run.main.summary).toContain(`<td>api-server</td><td>https://127.0.0.1:${apiPort}</td>`);

      // Post with cleanup always: the cluster is deleted, then the machine stops.
      expect(k3dCalls(scenario, 'cluster', 'delete')).toEqual([['cluster', 'delete', cluster]]);
      expect(machineCalls(scenario, 'stop')).toEqual([['podman', 'machine', 'stop', MACHINE]]);
      expect(run.post?.stdout).toContain(`deleted cluster ${cluster}`);
      expect(run.post?.stdout).toContain(`stopped machine ${MACHINE}`);
      expect(await clusterContainers(cluster)).toEqual([]);
      expect(liveMachineProcesses(scenario)).toEqual([]);
    });
  });

  it('k3d-checksum-mismatch: k3d is never installed', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await clusterTest(async (test) => {
      const scenario = await test.scenario({ name: 'k3d-checksum-mismatch', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true }, 'bad-k3d');
      const cluster = test.clusterName('badsum');
      const run = await scenario.runAction({ 'cluster-name': cluster, cleanup: 'always' });

      expect(run.main.exitCode).toBe(1);
      expect(run.post?.exitCode).toBe(0);
      const k3dPath = k3dReleasePath(K3D_VERSION, 'k3d-darwin-amd64');
      const error = errorMessage(run.main);
      expect(error).toContain('Checksum mismatch for k3d-darwin-amd64');
      expect(error).toContain(badK3dTree.listedDigests[k3dPath]);
      expect(error).toContain(badK3dTree.digests[k3dPath]);
      expect(servedPaths(test.downloads())).toContain(`/bad-k3d/${k3dPath}`);

      // The rejected file never reached the tool directory, so no k3d ran and no cluster exists.
      expect(existsSync(join(toolDir(run), 'k3d'))).toBe(false);
      expect(scenario.argvOf('k3d')).toEqual([]);
      expect(run.outputs['cluster-name']).toBeUndefined();
      expect(await clusterContainers(cluster)).toEqual([]);
    });
  });

  it('create-rollback: diagnostics before the error', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { k3d: { create: 'fail' as const } };
    await clusterTest(async (test) => {
      const scenario = await test.scenario({ name: 'create-rollback', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, faults });
      const cluster = test.clusterName('rollback');
      let containersAfterMain: string[] | undefined;
      const run = await scenario.runAction({ 'cluster-name': cluster, 'wait-timeout': '60', cleanup: 'always' }, {
        afterMain: async () => {
          containersAfterMain = await clusterContainers(cluster);
        },
      });

      expect(run.main.exitCode).toBe(1);
      expect(run.post?.exitCode).toBe(0);
      const stdout = run.main.stdout;
      const groupAt = stdout.indexOf('::group::Diagnostics');
      const errorAt = stdout.indexOf('::error::');
      expect(groupAt).toBeGreaterThanOrEqual(0);
      expect(errorAt).toBeGreaterThan(groupAt);

      const error = errorMessage(run.main);
      expect(error).toContain(`k3d cluster create ${cluster} failed`);
      expect(error).toContain(ROLLED_BACK);
      // k3d rolled back, so no node container is left to show logs of.
      expect(containersAfterMain).toEqual([]);

      const diagnostics = run.outputs.diagnostics ?? '';
      expect(diagnostics).not.toBe('');
      test.filesToScan.push(diagnostics);
      expect((await stat(diagnostics)).mode & 0o777).toBe(0o600);
      const text = await readFile(diagnostics, 'utf8');
      const machineLog = join(scenario.env.TMPDIR ?? '', 'podman', `${MACHINE}.log`);
      expect(diagnosticsSection(text, 'podman machine inspect')).toContain(`"Name": "${MACHINE}"`);
      expect(diagnosticsSection(text, `machine log ${machineLog}`)).toContain('Reached target multi-user.target');
      expect(diagnosticsSection(text, 'podman info')).toContain('(exit 0)');
      expect(diagnosticsSection(text, 'k3d cluster list')).toContain('k3d cluster list');
      expect(diagnosticsSection(text, 'logs of ')).toBeUndefined();
      // The group in the log shows the same sections as the file.
      const group = stdout.slice(groupAt, stdout.indexOf('::endgroup::', groupAt));
      for (const title of ['## podman machine inspect', `## machine log ${machineLog}`, '## podman info', '## k3d cluster list']) {
        expect(group).toContain(title);
      }
      expect(run.main.summary).toContain('setup-podman-k3d failed');
      expect(run.main.summary).toContain(diagnostics);
    });
  });

  it('create-no-rollback: diagnostics show node logs', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { k3d: { create: 'fail' as const } };
    await clusterTest(async (test) => {
      const scenario = await test.scenario({ name: 'create-no-rollback', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, faults });
      const cluster = test.clusterName('kept');
      let containersAfterMain: string[] = [];
      const run = await scenario.runAction({ 'cluster-name': cluster, 'wait-timeout': '60', 'k3d-args': '--no-rollback', cleanup: 'always' }, {
        afterMain: async () => {
          containersAfterMain = await clusterContainers(cluster);
        },
      });

      expect(run.main.exitCode).toBe(1);
      expect(errorMessage(run.main)).toContain('Cluster creation FAILED, rollback deactivated.');
      expect(containersAfterMain).toContain(`k3d-${cluster}-server-0`);

      const diagnostics = run.outputs.diagnostics ?? '';
      test.filesToScan.push(diagnostics);
      const text = await readFile(diagnostics, 'utf8');
      for (const container of containersAfterMain) {
        expect(diagnosticsSection(text, `logs of ${container}`), container).toContain(`docker logs --tail 40 ${container}`);
      }
      expect(run.main.stdout.indexOf(`## logs of k3d-${cluster}-server-0`)).toBeLessThan(run.main.stdout.indexOf('::error::'));

      // Post deletes the cluster this run left behind.
      expect(run.post?.exitCode).toBe(0);
      expect(k3dCalls(scenario, 'cluster', 'delete')).toEqual([['cluster', 'delete', cluster]]);
      expect(await clusterContainers(cluster)).toEqual([]);
    });
  });

  it('never-ready: error names what was not ready', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { kubectl: { neverReady: true } };
    await clusterTest(async (test) => {
      const scenario = await test.scenario({ name: 'never-ready', arch: 'x64', podmanOnPath: PODMAN_VERSION, dockerOnPath: true, faults });
      const cluster = test.clusterName('unready');
      const run = await scenario.runAction({ 'cluster-name': cluster, 'wait-timeout': '30', cleanup: 'always' }, {
        afterMain: () => test.captureKeyMaterial(scenario, cluster),
      });

      expect(run.main.exitCode).toBe(1);
      expect(test.keyMaterial.size).toBeGreaterThan(0);
      expect(run.main.durationMs).toBeGreaterThanOrEqual(30_000);
      const error = errorMessage(run.main);
      expect(error).toContain('The cluster was not ready within wait-timeout (30 s)');
      expect(error).toContain(`node k3d-${cluster}-server-0 (KubeletNotReady`);
      for (const deployment of KUBE_SYSTEM_DEPLOYMENTS) expect(error).toContain(`deployment kube-system/${deployment} (0/1 available)`);
      expect(run.main.stdout.indexOf('::group::Diagnostics')).toBeLessThan(run.main.stdout.indexOf('::error::'));

      const diagnostics = run.outputs.diagnostics ?? '';
      test.filesToScan.push(diagnostics);
      const text = await readFile(diagnostics, 'utf8');
      expect(diagnosticsSection(text, 'nodes and pods')).toContain(`k3d-${cluster}-server-0`);
      expect(diagnosticsSection(text, 'nodes and pods')).toContain('NotReady');
      expect(diagnosticsSection(text, 'node descriptions')).toContain(`Name:               k3d-${cluster}-server-0`);
      const events = diagnosticsSection(text, 'recent events') ?? '';
      expect(events).toContain('get events --all-namespaces --sort-by=.lastTimestamp (exit 0)');
      expect(events).toMatch(/NAMESPACE\s+LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE/);
      expect(events).toMatch(new RegExp(`Normal\\s+Starting\\s+node/k3d-${cluster}-server-0\\s+Starting kubelet\\.`));
      expect(events).not.toContain('error:');
      expect(diagnosticsSection(text, `logs of k3d-${cluster}-server-0`)).toBeDefined();

      expect(run.post?.exitCode).toBe(0);
      expect(await clusterContainers(cluster)).toEqual([]);
    });
  });

  it('cancel-start: SIGTERM stops main and its helpers', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const faults = { podman: { start: { hang: 'always' as const } } };
    await clusterTest(async (test) => {
      const scenario = await test.scenario({ name: 'cancel-start', arch: 'x64', faults });
      const cluster = test.clusterName('cancel');
      // Once the hung start has launched its hypervisor, the runner cancels the job.
      const hypervisorRuns = () => scenario.liveProcesses((record) => record.role === 'vfkit').length > 0;
      let leftAfterMain: FakeProcess[] = [];
      let psAfterMain: string[] = [];
      const run = await scenario.runAction({ 'cluster-name': cluster, cleanup: 'always' }, {
        signalMain: { signal: 'SIGTERM', when: hypervisorRuns },
        afterMain: async () => {
          leftAfterMain = liveMachineProcesses(scenario);
          psAfterMain = await scenarioProcessLines(scenario);
        },
      });

      const sentAfter = run.main.signalSentAfterMs;
      expect(sentAfter, 'the signal was never sent').toBeDefined();
      expect(run.main.durationMs - (sentAfter ?? 0)).toBeLessThan(CANCEL_EXIT_LIMIT_MS);
      expect(run.main.exitCode).toBe(1);
      expect(errorMessage(run.main)).toContain('Cancelled');
      expect(machineCalls(scenario, 'start')).toHaveLength(1);

      // Nothing of the run outlives main: not the start, gvproxy, vfkit or an API service.
      const recorded = scenario.state().processes.filter((record) => record.machine === MACHINE);
      expect(recorded.map((record) => record.role).sort()).toEqual(['gvproxy', 'start', 'vfkit']);
      expect(leftAfterMain).toEqual([]);
      expect(psAfterMain).toEqual([]);
      // Podman leaves the hypervisor of an interrupted start running, so main stopped it itself.
      const vfkit = recorded.find((record) => record.role === 'vfkit');
      expect(run.main.stdout).toContain(`Stopping leftover vfkit (pid ${vfkit?.pid}) of machine ${MACHINE}`);

      // Post still runs, with cleanup always, and succeeds.
      expect(run.post?.exitCode).toBe(0);
      expect(run.post?.stdout).toContain(`stopped machine ${MACHINE}`);
      expect(scenario.state().processes.filter(isRunning)).toEqual([]);
      expect(await scenarioProcessLines(scenario)).toEqual([]);
      expect(await clusterContainers(cluster)).toEqual([]);
    });
  });

  it('warm-cache: round trip through the cache service', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const service = await startCacheService();
    const runnerRoot = await mkdtemp(join(tmpdir(), 'harness-hosted-runner-'));
    try {
      await clusterTest(async (test) => {
        // Both runs use the same runner paths, as every hosted runner does: @actions/cache matches
        // an entry only for the paths it was saved with.
        const workRoot = join(runnerRoot, 'work');
        // The k3d stand-in pulls the node images (tags them from busybox) only under a latency
        // model; at scale 0 it sleeps for nothing. Without tags there would be nothing to cache.
        const env = { FAKE_LATENCY: JSON.stringify({ scale: 0, operations: {} }) };
        const images: ImageClient = { kind: 'podman', env: { CONTAINERS_CONF: podmanEnv.CONTAINERS_CONF ?? '' } };
        await removeNodeImageTags(images);
        const cold = await test.scenario({ name: 'warm-cache-cold', arch: 'x64' });
        const coldCluster = test.clusterName('cold');
        const coldRun = await cold.runAction({ 'cluster-name': coldCluster, cleanup: 'always' }, {
          workRoot,
          cacheServiceUrl: service.url,
          env,
          afterMain: () => test.captureKeyMaterial(cold, coldCluster),
        });
        expectCleanRun(coldRun);
        expect(coldRun.outputs['cache-hit']).toBe('false');

        // The machine image came from the registry while Podman installed, into the cache
        // directory, and init used that file: Podman pulled nothing into its own cache.
        const cachedImage = join(cacheDir(coldRun), 'machine-image', 'machine-os.raw.zst');
        const servedDisk = Object.keys(tree.digests).find(
          (path) => path.startsWith(machineOsPath('', 'blobs')) && tree.digests[path] === sha256(readFileSync(cachedImage)),
        );
        expect(servedDisk).toBeDefined();
        expect(servedPaths(test.downloads())).toContain(`/default/${servedDisk}`);
        expect(readFileSync(cachedImage, 'latin1')).toContain('podman-machine.x86_64.applehv.raw.zst');
        expect(machineCalls(cold, 'init')[0]).toContain(cachedImage);
        const pulledImages = join(cold.env.HOME ?? '', '.local', 'share', 'containers', 'podman', 'machine', 'applehv', 'cache');
        expect(readdirNames(pulledImages).filter((file) => file.endsWith('.raw.zst'))).toEqual([]);

        // Post saved the three entries through the service, each keyed by what it contains.
        const keys = service.entries().map((entry) => entry.key);
        expect(keys, coldRun.post?.stdout).toHaveLength(3);
        expect(keys.find((key) => key.includes('-downloads-darwin-x64-'))).toBeDefined();
        expect(keys).toContain('setup-podman-k3d-v1-machine-image-darwin-x64-podman5.8-auto');
        expect(keys.find((key) => key.includes('-node-images-darwin-x64-'))).toBeDefined();
        expect(service.entries().every((entry) => entry.size > 0)).toBe(true);

        // A fresh runner: no Podman, no machine, no node images, no cache directory, another HOME and TMPDIR.
        expect((await removeNodeImageTags(images)).sort()).toEqual([...NODE_IMAGE_REFS].sort());
        const warm = await test.scenario({ name: 'warm-cache-warm', arch: 'x64' });
        const warmCluster = test.clusterName('warm');
        const firstWarmRequest = test.downloads().length;
        const warmRun = await warm.runAction({ 'cluster-name': warmCluster, cleanup: 'always' }, {
          workRoot,
          cacheServiceUrl: service.url,
          env,
          afterMain: () => test.captureKeyMaterial(warm, warmCluster),
        });
        expectCleanRun(warmRun);
        expect(warmRun.outputs['cache-hit']).toBe('true');
        for (const key of keys) expect(warmRun.main.stdout).toContain(`restored (${key})`);

        // Only the checksum files were fetched, to verify the restored downloads: no release file,
        // and nothing from the machine image registry.
        const warmRequests = servedPaths(test.downloads().slice(firstWarmRequest));
        expect(warmRequests.sort()).toEqual(
          [
            podmanReleasePath(PODMAN_VERSION, 'shasums'),
            k3dReleasePath(K3D_VERSION, 'checksums.txt'),
            kubectlReleasePath(KUBECTL_VERSION, 'amd64', '.sha256'),
          ]
            .map((path) => `/default/${path}`)
            .sort(),
        );

        // Init used the restored image, and the node images were loaded instead of pulled.
        const warmCachedImage = join(cacheDir(warmRun), 'machine-image', 'machine-os.raw.zst');
        expect(machineCalls(warm, 'init')).toEqual([
          ['podman', 'machine', 'init', '--cpus', '2', '--memory', '4096', '--disk-size', '50', '--rootful', '--image', warmCachedImage, MACHINE],
        ]);
        expect(readFileSync(warmCachedImage)).toEqual(await readFile(join(tree.dir, servedDisk ?? '')));
        const log = warmRun.main.stdout;
        for (const file of ['podman-installer-macos-amd64.pkg', `docker-${DOCKER_VERSION}.tgz`, 'k3d-darwin-amd64', 'kubectl']) {
          expect(log).toMatch(new RegExp(`Using the cached ${file.replace(/\./g, '\\.')} \\(SHA-256 [0-9a-f]{64}\\)`));
        }
        expect(warm.argvOf('docker').some((argv) => argv[1] === 'load')).toBe(true);
        expect(warmRun.main.stdout).not.toContain('Pulling image');
        expect(warm.state().installerRuns).toHaveLength(1);
        expect(warmRun.outputs['cluster-name']).toBe(warmCluster);

        // The warm post saved nothing again: every entry was restored.
        expect(service.entries()).toHaveLength(3);
        expect(await clusterContainers(warmCluster)).toEqual([]);
      });
    } finally {
      await removeNodeImageTags({ kind: 'podman', env: { CONTAINERS_CONF: podmanEnv.CONTAINERS_CONF ?? '' } });
      await service.close();
      await rm(runnerRoot, { recursive: true, force: true });
    }
  });

  it('verify-docs: runs the environment doc', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    await clusterTest(async (test) => {
      const scenario = await test.scenario({
        name: 'verify-docs',
        arch: 'x64',
        podmanOnPath: PODMAN_VERSION,
        dockerOnPath: true,
        // The doc's blocks run in bash and use grep, find and ls. On a Mac, uname prints Darwin.
        extraSystemTools: ['bash', 'grep', 'find', 'ls'],
        macUname: true,
      });
      const cluster = test.clusterName('docs');
      const run = await scenario.runAction({ 'cluster-name': cluster, 'verify-docs': DOC, cleanup: 'always' }, {
        workspaceFiles: { [DOC]: join(ACTION_ROOT, DOC) },
        afterMain: () => test.captureKeyMaterial(scenario, cluster),
      });
      expect(run.post?.exitCode).toBe(0);

      const results = docBlockResults(run.main.stdout);
      const blocks = docBlockLines(readFileSync(join(ACTION_ROOT, DOC), 'utf8'));
      expect(results.map((result) => result.line)).toEqual(blocks.map((block) => block.line));
      for (const block of blocks.filter((entry) => entry.skipped)) {
        expect(results.find((result) => result.line === block.line)?.status).toBe('skipped');
      }

      // Every block passes, or is skipped where the doc marks it, and so main succeeds.
      const failed = results.filter((result) => result.status !== 'passed' && result.status !== 'skipped');
      expect(failed, run.main.stdout).toEqual([]);
      for (const block of blocks.filter((entry) => !entry.skipped)) {
        expect(results.find((result) => result.line === block.line)?.status, `${DOC}:${block.line}`).toBe('passed');
      }
      expect(run.main.exitCode, `main failed:\n${run.main.stdout}\n${run.main.stderr}`).toBe(0);
      expect(errorMessage(run.main)).toBe('');

      expect(run.main.summary).toContain('<h3>Environment docs</h3>');
      for (const result of results) {
        expect(run.main.summary).toContain(`<td>${DOC}:${result.line}</td><td>${result.status}</td>`);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// verify-docs helpers

interface DocBlockResult {
  line: number;
  status: string;
  /** The indented output tail main prints after a failed block. */
  output: string;
}

/** Reads the per-block lines of main's "Verify docs" group: `STATUS: FILE:LINE ...` and the indented tail. */
function docBlockResults(stdout: string): DocBlockResult[] {
  const results: DocBlockResult[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^(passed|failed|skipped|timed out): (\S+):(\d+)\b/.exec(line);
    if (match?.[2] === DOC) {
      results.push({ line: Number(match[3]), status: match[1] ?? '', output: '' });
    } else if (line.startsWith('    ') && results.length > 0) {
      const last = results[results.length - 1];
      if (last) last.output += `${line.trim()}\n`;
    }
  }
  return results;
}

/**
 * Returns the opening-fence line of each bash, sh, shell or console block in `markdown`, and
 * whether a `<!-- verify-docs: skip -->` line comes right before it.
 */
function docBlockLines(markdown: string): Array<{ line: number; skipped: boolean }> {
  const lines = markdown.split('\n');
  const blocks: Array<{ line: number; skipped: boolean }> = [];
  let fence: string | undefined;
  let previous = '';
  lines.forEach((text, index) => {
    if (fence !== undefined) {
      if (text.trim() === fence) fence = undefined;
      return;
    }
    const opening = /^(`{3,}|~{3,})\s*(\S*)/.exec(text);
    if (opening) {
      fence = opening[1];
      if (['bash', 'sh', 'shell', 'console'].includes(opening[2] ?? '')) {
        blocks.push({ line: index + 1, skipped: previous.trim() === '<!-- verify-docs: skip -->' });
      }
    }
    if (text.trim() !== '') previous = text;
  });
  return blocks;
}

function readdirNames(directory: string): string[] {
  return existsSync(directory) ? readdirSync(directory) : [];
}
