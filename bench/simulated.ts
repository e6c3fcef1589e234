// Runs on the simulated macOS runner (test/harness). The action runs cold, with an empty cache, and
// warm, on a fresh VM with the cold run's cache directory put back as actions/cache restores it.
// The baseline runs a hand-written setup script's commands one after another. All three use the
// same fake tools and the same latency model, set through FAKE_LATENCY.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { K3D_DEFAULT_VERSION, KUBECTL_DEFAULT_VERSION, DOCKER_DEFAULT_VERSION, PODMAN_DEFAULT_VERSION } from '../src/core/versions.js';
import { freeLocalPort } from '../src/core/steps/cluster.js';
import { parseDeployments, parseNodes } from '../src/tools/kubectl.js';
import { CACHE_SERVICE_TOKEN, startCacheService, type CacheService } from '../test/harness/cache-service.js';
import { startDownloadServer, type DownloadServer } from '../test/harness/download-server.js';
import { writeReleaseTree } from '../test/harness/releases.js';
import { runAction, type ActionRun, type JobView } from '../test/harness/run-action.js';
import { Scenario } from '../test/harness/scenario.js';
import { K3S_IMAGE, removeNodeImageTags, runProgram, type ImageClient } from '../test/support/node-images.js';
import { fakeLatencyValue, secondsOf, type LatencyModel } from './model.js';

export type Variant = 'cold' | 'warm' | 'baseline';

/** Work to do between main and post, with the job's environment (DOCKER_HOST, PATH with the tools). */
export type AfterMain = (job: JobView, scenario: Scenario) => Promise<void>;

export interface Sleep {
  operation: string;
  /** When the sleep began, in ms since the epoch. */
  startMs: number;
  ms: number;
}

export interface StepTime {
  title: string;
  status: string;
  /** When the step began, in ms since the epoch. */
  startMs: number;
  ms: number;
}

export interface SimResult {
  variant: Variant;
  scale: number;
  /** Setup time: the action's main step, or the whole baseline script. */
  wallMs: number;
  /** Time within wallMs during which at least one modelled sleep ran. */
  modelledMs: number;
  /** The action's post step (cache save); undefined for the baseline. */
  postMs?: number;
  /** Time within postMs during which at least one modelled sleep ran. */
  postModelledMs?: number;
  steps: StepTime[];
  /** Every modelled sleep the fakes and the download server took, in milliseconds at this scale. */
  sleeps: Sleep[];
  /** Requests for the four release binaries (.pkg, Docker tarball, k3d, kubectl). */
  binaryDownloads: string[];
}

/** The model's name of each cache entry, by the entry id in its key. */
const CACHE_ENTRY_OPERATIONS: ReadonlyArray<[string, string]> = [
  ['downloads', 'downloads'],
  ['machine-image', 'machineImage'],
  ['node-images', 'nodeImages'],
];

/** The modelled download operation of each release binary and the machine disk, by the end of its served path. */
const DOWNLOADS: ReadonlyArray<[RegExp, string]> = [
  [/\/quay\.io\/v2\/podman\/machine-os\/blobs\/sha256:[a-f0-9]{64}$/, 'machine.imageDownload'],
  [/\/podman-installer-macos-[a-z0-9]+\.pkg$/, 'download.podmanPkg'],
  [/\/docker-[0-9.]+\.tgz$/, 'download.dockerTgz'],
  [/\/k3d-darwin-(amd64|arm64)$/, 'download.k3d'],
  [/\/bin\/darwin\/(amd64|arm64)\/kubectl$/, 'download.kubectl'],
];

const ACTION_STEP_TIMEOUT_MS = 20 * 60_000;
const MACHINE_SOCKET_IN_GUEST = '/run/podman/podman.sock';

function downloadOperation(path: string): string | undefined {
  return DOWNLOADS.find(([pattern]) => pattern.test(path))?.[1];
}

/** The release server and the current scale, shared by every simulated run of one benchmark. */
export class SimulatedRunner {
  private scale = 1;
  /** The download server's delays, as they began. */
  private readonly delays: Sleep[] = [];

  private constructor(
    private readonly model: LatencyModel,
    private readonly server: DownloadServer,
    private readonly releaseRoot: string,
    private readonly workRoot: string,
  ) {}

  /** Starts a cache service with no entries, for one cold run and the warm run that follows it. */
  async startCacheService(): Promise<CacheService> {
    return startCacheService({
      restoreDelayMs: (key) => this.cacheDelayMs('restore', key),
      saveDelayMs: (key) => this.cacheDelayMs('save', key),
    });
  }

  static async start(model: LatencyModel): Promise<SimulatedRunner> {
    const releaseRoot = await mkdtemp(join(tmpdir(), 'bench-releases-'));
    await writeReleaseTree(join(releaseRoot, 'default'), {
      podmanVersions: [PODMAN_DEFAULT_VERSION],
      dockerVersions: [DOCKER_DEFAULT_VERSION],
      k3dVersions: [K3D_DEFAULT_VERSION],
      kubectlVersions: [KUBECTL_DEFAULT_VERSION],
    });
    const holder: { runner?: SimulatedRunner } = {};
    const server = await startDownloadServer(releaseRoot, {
      delayMs: (path) => holder.runner?.downloadDelayMs(path) ?? 0,
    });
    const workRoot = await mkdtemp(join(tmpdir(), 'bench-work-'));
    holder.runner = new SimulatedRunner(model, server, releaseRoot, workRoot);
    return holder.runner;
  }

  async close(): Promise<void> {
    await this.server.close();
    await rm(this.releaseRoot, { recursive: true, force: true });
    await rm(this.workRoot, { recursive: true, force: true });
  }

  private downloadDelayMs(path: string): number {
    const operation = downloadOperation(path);
    if (!operation) return 0;
    const ms = Math.round(secondsOf(this.model, operation) * 1000 * this.scale);
    if (ms > 0) this.delays.push({ operation, startMs: Date.now(), ms });
    return ms;
  }

  private cacheDelayMs(kind: 'restore' | 'save', key: string): number {
    const entry = CACHE_ENTRY_OPERATIONS.find(([id]) => key.includes(`-${id}-`));
    if (!entry) return 0;
    const operation = `cache.${kind}.${entry[1]}`;
    const ms = Math.round(secondsOf(this.model, operation) * 1000 * this.scale);
    if (ms > 0) this.delays.push({ operation, startMs: Date.now(), ms });
    return ms;
  }

  private get mirror(): string {
    return this.server.mirror('default');
  }

  private latencyEnv(scale: number): Record<string, string> {
    return { FAKE_LATENCY: fakeLatencyValue(this.model, scale) };
  }

  /**
   * Runs the action on a fresh runner whose cache service `cache` has no entries yet; its post step
   * saves them there. `afterMain` runs between main and post, while the machine and the cluster are up.
   */
  cold(scale: number, label: string, cache: CacheService, afterMain?: AfterMain): Promise<SimResult> {
    return this.actionRun('cold', scale, label, cache, afterMain);
  }

  /** Runs the action on a fresh runner that restores from `cache`, which a cold run filled. */
  warm(scale: number, label: string, cache: CacheService): Promise<SimResult> {
    return this.actionRun('warm', scale, label, cache);
  }

  private async actionRun(variant: 'cold' | 'warm', scale: number, label: string, cache: CacheService, afterMain?: AfterMain): Promise<SimResult> {
    this.scale = scale;
    const cluster = `bench-${variant}`;
    const scenario = await Scenario.create({ name: `bench-${label}`, arch: 'x64', mirror: this.mirror });
    const firstRequest = this.server.requests.length;
    // Every hosted runner has the same paths, and @actions/cache matches entries by their paths.
    const workRoot = join(this.workRoot, 'runner');
    let run: ActionRun | undefined;
    // The job's environment, kept for the clean-up even when `afterMain` throws and no run returns.
    let jobEnv: Record<string, string> | undefined;
    let mainEndMs = 0;
    const firstDelay = this.delays.length;
    try {
      await ensureFreshImages(scenario);
      await rm(workRoot, { recursive: true, force: true });

      const mainStartGuess = Date.now();
      run = await runAction({
        inputs: { 'cluster-name': cluster, 'k3s-image': K3S_IMAGE },
        baseEnv: { ...scenario.env, ...this.latencyEnv(scale), ACTIONS_CACHE_URL: cache.url, ACTIONS_RUNTIME_TOKEN: CACHE_SERVICE_TOKEN },
        runnerEnvironment: 'github-hosted',
        runnerOs: 'macOS',
        runnerArch: 'X64',
        workRoot,
        timeoutMs: ACTION_STEP_TIMEOUT_MS,
        afterMain: async (main, job) => {
          mainEndMs = Date.now();
          jobEnv = job.env;
          if (main.exitCode === 0 && afterMain) await afterMain(job, scenario);
        },
      });
      const returnedMs = Date.now();
      if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) {
        throw new Error(`The ${variant} run failed (main exit ${run.main.exitCode}, post exit ${run.post?.exitCode}):\n${run.main.stdout}\n${run.main.stderr}\n${run.post?.stdout ?? ''}`);
      }
      if (variant === 'cold' && cache.entries().length === 0) {
        throw new Error(`The cold run saved no cache entry:\n${run.post?.stdout ?? ''}`);
      }

      const sleeps = [...(await readSleeps(scenario.stateDir)), ...this.delays.slice(firstDelay)];
      const mainStartMs = Math.max(mainStartGuess, mainEndMs - run.main.durationMs);

      const postMs = run.post?.durationMs ?? 0;
      return {
        variant,
        scale,
        wallMs: run.main.durationMs,
        modelledMs: coveredMs(sleeps, mainStartMs, mainEndMs),
        postMs,
        postModelledMs: coveredMs(sleeps, returnedMs - postMs, returnedMs),
        steps: parseStepLines(run.main.stdout, mainEndMs),
        sleeps,
        binaryDownloads: this.binaryRequests(firstRequest),
      };
    } finally {
      const env = run?.job.env ?? jobEnv;
      if (env) await cleanUpCluster(scenario, env, cluster);
      await scenario.finish();
    }
  }

  /** Runs the hand-written script's commands strictly one after another. */
  async baseline(scale: number, label: string): Promise<SimResult> {
    this.scale = scale;
    const cluster = 'bench-baseline';
    const scenario = await Scenario.create({ name: `bench-${label}`, arch: 'x64', mirror: this.mirror });
    const firstRequest = this.server.requests.length;
    const firstDelay = this.delays.length;
    const env: Record<string, string> = { ...this.latencyEnv(scale) };
    const steps: StepTime[] = [];
    let clusterEnv: Record<string, string> | undefined;

    const step = async (title: string, argv: readonly string[], extraEnv: Record<string, string> = {}): Promise<string> => {
      const startMs = Date.now();
      const started = performance.now();
      const result = await scenario.run(argv, { ...env, ...extraEnv });
      steps.push({ title, status: result.exitCode === 0 ? 'ok' : 'failed', startMs, ms: performance.now() - started });
      if (result.exitCode !== 0) throw new Error(`Baseline step "${argv.join(' ')}" exited ${result.exitCode}:\n${result.stdout}\n${result.stderr}`);
      return result.stdout;
    };

    try {
      await ensureFreshImages(scenario);
      const started = performance.now();
      const startedMs = Date.now();

      // Homebrew has no Podman bottle for Intel Macs, so a script for macos-15-intel installs Podman's
      // .pkg. The other tools come from Homebrew, with its auto-update left on.
      await step('brew install docker k3d kubernetes-cli', ['brew', 'install', 'docker', 'k3d', 'kubernetes-cli']);
      const pkg = join(scenario.stateDir, 'podman-installer-macos-amd64.pkg');
      const fetchStartMs = Date.now();
      const fetchStarted = performance.now();
      await fetchToFile(`${this.mirror}/github.com/containers/podman/releases/download/v${PODMAN_DEFAULT_VERSION}/podman-installer-macos-amd64.pkg`, pkg);
      steps.push({ title: 'curl the Podman .pkg', status: 'ok', startMs: fetchStartMs, ms: performance.now() - fetchStarted });
      await step('sudo installer -pkg', ['sudo', 'installer', '-pkg', pkg, '-target', '/']);

      await step('podman machine init', ['podman', 'machine', 'init', '--cpus', '2', '--memory', '4096', '--disk-size', '50', '--rootful']);
      await step('podman machine start', ['podman', 'machine', 'start']);
      const socket = (await step('podman machine inspect', ['podman', 'machine', 'inspect', '--format', '{{.ConnectionInfo.PodmanSocket.Path}}'])).trim();
      clusterEnv = { DOCKER_HOST: `unix://${socket}`, DOCKER_SOCK: MACHINE_SOCKET_IN_GUEST };
      await step('docker version', ['docker', 'version'], clusterEnv);

      const apiPort = await freeLocalPort();
      await step('k3d cluster create', ['k3d', 'cluster', 'create', cluster, '--api-port', `127.0.0.1:${apiPort}`], clusterEnv);
      const kubeconfig = join(scenario.stateDir, 'kubeconfig-baseline.yaml');
      await writeFile(kubeconfig, await step('k3d kubeconfig get', ['k3d', 'kubeconfig', 'get', cluster], clusterEnv), { mode: 0o600 });
      await waitUntilReady(scenario, env, kubeconfig, steps);

      const wallMs = performance.now() - started;
      const sleeps = [...(await readSleeps(scenario.stateDir)), ...this.delays.slice(firstDelay)];
      return {
        variant: 'baseline',
        scale,
        wallMs,
        modelledMs: coveredMs(sleeps, startedMs, Date.now()),
        steps,
        sleeps,
        binaryDownloads: this.binaryRequests(firstRequest),
      };
    } finally {
      if (clusterEnv) await cleanUpCluster(scenario, { ...scenario.env, ...clusterEnv }, cluster);
      await scenario.finish();
    }
  }

  private binaryRequests(first: number): string[] {
    return this.server.requests.slice(first).filter((request) => downloadOperation(request.path)?.startsWith('download.')).map((request) => request.path);
  }

}

/** Removes node image tags a crashed earlier run left, so every run starts as a fresh VM would. */
async function ensureFreshImages(scenario: Scenario): Promise<void> {
  const removed = await removeNodeImageTags({ kind: 'podman', env: { CONTAINERS_CONF: scenario.env.CONTAINERS_CONF ?? '' } });
  if (removed.length > 0) console.error(`[bench] removed node image tags left from an earlier run: ${removed.join(', ')}`);
}

/** Deletes the benchmark's cluster and the node image tags through the run's DOCKER_HOST, before the machine stops. */
async function cleanUpCluster(scenario: Scenario, env: Readonly<Record<string, string>>, cluster: string): Promise<void> {
  const dockerHost = env.DOCKER_HOST;
  if (!dockerHost) return;
  const deleted = await runProgram(['k3d', 'cluster', 'delete', cluster], env).catch((error: unknown) => ({ exitCode: -1, stdout: '', stderr: String(error), durationMs: 0 }));
  if (deleted.exitCode !== 0) console.error(`[bench] k3d cluster delete ${cluster} exited ${deleted.exitCode}: ${deleted.stderr.trim()}`);
  const client: ImageClient = { kind: 'docker', program: scenario.env.FAKE_REAL_DOCKER ?? 'docker', dockerHost };
  await removeNodeImageTags(client);
}

/** Polls nodes and kube-system deployments until all are ready, as `kubectl wait` would. */
async function waitUntilReady(scenario: Scenario, env: Record<string, string>, kubeconfig: string, steps: StepTime[]): Promise<void> {
  const startMs = Date.now();
  const started = performance.now();
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const nodes = await scenario.run(['kubectl', '--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'json'], env);
    const deployments = await scenario.run(['kubectl', '--kubeconfig', kubeconfig, 'get', 'deployments', '-n', 'kube-system', '-o', 'json'], env);
    if (nodes.exitCode === 0 && deployments.exitCode === 0) {
      const nodeList = parseNodes(nodes.stdout);
      const deploymentList = parseDeployments(deployments.stdout);
      const ready = nodeList.length > 0 && nodeList.every((node) => node.ready) && deploymentList.length > 0 && deploymentList.every((entry) => entry.available >= entry.desired);
      if (ready) break;
    }
    if (Date.now() > deadline) throw new Error('The baseline cluster was not ready within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  steps.push({ title: 'wait for nodes and kube-system deployments', status: 'ok', startMs, ms: performance.now() - started });
}

async function fetchToFile(url: string, file: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} failed with HTTP ${response.status}`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
}

/** Reads the sleeps the fakes recorded in latency.jsonl. */
async function readSleeps(stateDir: string): Promise<Sleep[]> {
  const text = await readFile(join(stateDir, 'latency.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { operation: string; ms: number; time: string })
    .map(({ operation, ms, time }) => ({ operation, startMs: Date.parse(time), ms }));
}

/** Returns how long within [fromMs, toMs] at least one of the sleeps ran: the length of their union. */
export function coveredMs(sleeps: readonly Sleep[], fromMs: number, toMs: number): number {
  const intervals = sleeps
    .map((sleep) => [Math.max(fromMs, sleep.startMs), Math.min(toMs, sleep.startMs + sleep.ms)] as const)
    .filter(([start, end]) => end > start)
    .sort((left, right) => left[0] - right[0]);
  let covered = 0;
  let reach = fromMs;
  for (const [start, end] of intervals) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

/**
 * Parses main's "TITLE: STATUS in DURATION. DETAIL" lines into step times. The steps run one after
 * another and end about when main ends at `endMs` (main's start-up comes before the first step and
 * is longer than its work after the last), so their start times are counted back from `endMs`.
 */
export function parseStepLines(stdout: string, endMs: number): StepTime[] {
  const parsed: Array<Omit<StepTime, 'startMs'>> = [];
  for (const line of stdout.split('\n')) {
    const match = /^(.+?): (changed|unchanged|skipped|failed) in (\d+ ms|[\d.]+ s|\d+ min \d+ s)\./.exec(line);
    if (match?.[1] && match[2] && match[3]) parsed.push({ title: match[1], status: match[2], ms: parseDuration(match[3]) });
  }
  let next = endMs - parsed.reduce((sum, step) => sum + step.ms, 0);
  return parsed.map((step) => {
    const startMs = next;
    next += step.ms;
    return { ...step, startMs };
  });
}

function parseDuration(text: string): number {
  const minutes = /^(\d+) min (\d+) s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  if (text.endsWith(' ms')) return Number(text.slice(0, -3));
  return Number(text.slice(0, -2)) * 1000;
}
