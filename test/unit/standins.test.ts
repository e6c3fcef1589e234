// Tests of the k3d and kubectl stand-ins in test/harness/bin against k3d v5.8.3's and kubectl
// v1.33's command-line contract: argv parsing, exit codes, log and error texts, JSON shapes. The
// second suite runs the k3d stand-in against a real Podman API service (Debian's podman with runc)
// and checks through the real Docker CLI that the node containers exist.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'harness', 'bin');
const K3D = join(BIN, 'k3d');
const KUBECTL = join(BIN, 'kubectl');
const BUSYBOX_IMAGE = 'localhost/busybox:test';
const K3S_IMAGE = 'docker.io/rancher/k3s:v1.31.5-k3s1';

/** Settings this sandbox needs for `podman run`: limits it may set, and runc with cgroupfs. */
const CONTAINERS_CONF = `[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
`;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a stand-in: the test's variables only, plus PATH and HOME. */
function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

function run(command: string, args: string[], env: Record<string, string | undefined>): Result {
  const result = spawnSync(command, args, { env: baseEnv(env), encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const stateDirs: string[] = [];

function newStateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'standins-state-'));
  stateDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of stateDirs) rmSync(dir, { recursive: true, force: true });
});

function callsOf(stateDir: string): Array<{ tool: string; argv: string[]; env: Record<string, string> }> {
  return readFileSync(join(stateDir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { tool: string; argv: string[]; env: Record<string, string> });
}

const ESC = '\u001b';

describe('k3d stand-in without a container runtime', () => {
  it('prints version text and JSON', () => {
    const state = newStateDir();
    const text = run(K3D, ['version'], { FAKE_STATE_DIR: state });
    expect(text.status).toBe(0);
    expect(text.stdout).toBe('k3d version v5.8.3\nk3s version v1.31.5-k3s1 (default)\n');

    const json = run(K3D, ['version', '-o', 'json'], { FAKE_STATE_DIR: state });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ k3d: 'v5.8.3', k3s: 'v1.31.5-k3s1' });
  });

  it('records every call in calls.jsonl', () => {
    const state = newStateDir();
    run(K3D, ['version'], { FAKE_STATE_DIR: state, DOCKER_SOCK: '/run/podman/podman.sock' });
    run(K3D, ['cluster', 'list', '-o', 'json'], { FAKE_STATE_DIR: state });
    const calls = callsOf(state);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({ tool: 'k3d', argv: ['version'], env: { DOCKER_SOCK: '/run/podman/podman.sock' } });
    expect(calls[1]?.argv).toEqual(['cluster', 'list', '-o', 'json']);
  });

  it('rejects a name that is no RFC 1123 hostname', () => {
    const result = run(K3D, ['cluster', 'create', 'bad_name'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('level=fatal');
    expect(result.stderr).toContain(
      "Failed Cluster Configuration Validation:  provided cluster name 'bad_name' does not match requirements: Invalid cluster name. name bad_name is not a valid hostname as per RFC 1123",
    );
    expect(result.stderr).not.toContain(ESC);
  });

  it('rejects a name longer than 32 characters', () => {
    const name = 'a'.repeat(33);
    const result = run(K3D, ['cluster', 'create', name], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cluster name must be <= 32 characters, but has 33');
  });

  it('accepts a 32-character name', () => {
    const result = run(K3D, ['cluster', 'create', 'a'.repeat(32)], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain('Cluster name must be');
    expect(result.stderr).toContain('Cannot connect to the Docker daemon');
  });

  it('fails on an unknown flag like cobra', () => {
    const result = run(K3D, ['cluster', 'create', 'x', '--bogus'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Error: unknown flag: --bogus');
    expect(result.stderr).toContain('level=fatal msg="unknown flag: --bogus"');
  });

  it('rejects a --timeout without unit', () => {
    const result = run(K3D, ['cluster', 'create', 'x', '--timeout', '300'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('invalid argument "300" for "--timeout" flag: time: missing unit in duration "300"');
  });

  it('keeps `--wait false` value positional', () => {
    const result = run(K3D, ['cluster', 'create', 'x', '--wait', 'false'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('accepts between 0 and 1 arg(s), received 2');
  });

  it('fails like k3d when DOCKER_HOST is unset', () => {
    const result = run(K3D, ['cluster', 'create', 'nohost'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('level=info msg="Prep: Network"');
    expect(result.stderr).toContain('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
    expect(result.stderr).toContain('level=error msg="Failed to create cluster >>> Rolling Back"');
    expect(result.stderr.trim().split('\n').at(-1)).toContain('Cluster creation FAILED, also FAILED to rollback changes!');
  });

  it('colours log lines unless LOG_COLORS is false', () => {
    const result = run(K3D, ['cluster', 'delete', 'gone'], { FAKE_STATE_DIR: newStateDir() });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${ESC}[36mINFO${ESC}[0m[0000] No nodes found for cluster 'gone', nothing to delete.`);
    expect(result.stderr).toContain(`${ESC}[31mERRO${ESC}[0m[0000] Failed to get nodes for cluster 'gone'`);
  });

  it('deletes a missing cluster with exit 0', () => {
    const result = run(K3D, ['cluster', 'delete', 'gone'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`msg="No nodes found for cluster 'gone', nothing to delete."`);
    expect(result.stdout).toContain('msg="No clusters found"');
  });

  it('lists a missing cluster with exit 1', () => {
    const result = run(K3D, ['cluster', 'list', 'gone', '-o', 'json'], { FAKE_STATE_DIR: newStateDir(), LOG_COLORS: 'false' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('level=fatal msg="No nodes found for given cluster"');
  });

  it('needs FAKE_STATE_DIR', () => {
    const result = run(K3D, ['version'], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('FAKE_STATE_DIR is not set');
  });
});

describe('kubectl stand-in without a cluster', () => {
  it('prints the client version as JSON', () => {
    const state = newStateDir();
    const result = run(KUBECTL, ['version', '--client', '-o', 'json'], { FAKE_STATE_DIR: state });
    expect(result.status).toBe(0);
    const version = JSON.parse(result.stdout) as { clientVersion: Record<string, string>; kustomizeVersion: string };
    expect(version.clientVersion.gitVersion).toBe('v1.33.4');
    expect(version.clientVersion.major).toBe('1');
    expect(version.clientVersion.minor).toBe('33');
    expect(version.kustomizeVersion).toBe('v5.6.0');
    expect(callsOf(state)[0]).toEqual({ tool: 'kubectl', argv: ['version', '--client', '-o', 'json'], env: {} });
  });

  it('reports a missing kubeconfig file', () => {
    const missing = join(newStateDir(), 'missing.yaml');
    const result = run(KUBECTL, ['--kubeconfig', missing, 'get', 'nodes'], { FAKE_STATE_DIR: newStateDir() });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`error: stat ${missing}: no such file or directory\n`);
  });

  it('refuses an unpublished server port', () => {
    const state = newStateDir();
    const kubeconfig = join(state, 'kubeconfig.yaml');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'clusters:',
        '- cluster:',
        '    server: https://127.0.0.1:1',
        '  name: c',
        'contexts:',
        '- context:',
        '    cluster: c',
        '    user: u',
        '  name: c',
        'current-context: c',
        'kind: Config',
        'users:',
        '- name: u',
        '  user: {}',
        '',
      ].join('\n'),
    );
    const result = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'json'], { FAKE_STATE_DIR: state });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?');
    expect(lines.slice(0, -1).every((line) => line.includes('connect: connection refused'))).toBe(true);
  });

  it('falls back to localhost:8080 without a kubeconfig', () => {
    const state = newStateDir();
    const result = run(KUBECTL, ['cluster-info'], { FAKE_STATE_DIR: state, HOME: state });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
    );
  });
});

/** A kubeconfig as `k3d kubeconfig get` writes it, for cluster k3d-demo on 127.0.0.1:6550. */
const DEMO_KUBECONFIG = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: Q0EgREFUQQo=
    server: https://127.0.0.1:6550
  name: k3d-demo
contexts:
- context:
    cluster: k3d-demo
    user: admin@k3d-demo
  name: k3d-demo
current-context: k3d-demo
kind: Config
preferences: {}
users:
- name: admin@k3d-demo
  user:
    client-certificate-data: Q0VSVCBEQVRBCg==
    client-key-data: S0VZIERBVEEK
`;

/** A second kubeconfig: a cluster that the first one also names, another context, and a token user. */
const OTHER_KUBECONFIG = `apiVersion: v1
clusters:
- cluster:
    server: https://127.0.0.1:7001
  name: k3d-demo
- cluster:
    insecure-skip-tls-verify: true
    server: https://127.0.0.1:7002
  name: aaa
contexts:
- context:
    cluster: aaa
    namespace: dev
    user: bob
  name: other
current-context: other
kind: Config
users:
- name: bob
  user:
    token: bob-token
`;

describe('kubectl stand-in config commands', () => {
  const work = mkdtempSync(join(tmpdir(), 'standins-kubeconfig-'));
  stateDirs.push(work);
  const demo = join(work, 'demo.yaml');
  const other = join(work, 'other.yaml');
  writeFileSync(demo, DEMO_KUBECONFIG);
  writeFileSync(other, OTHER_KUBECONFIG);
  const kubectl = (args: string[], env: Record<string, string | undefined> = {}): Result =>
    run(KUBECTL, args, { FAKE_STATE_DIR: newStateDir(), HOME: work, ...env });

  it('current-context prints the context name', () => {
    const explicit = kubectl(['--kubeconfig', demo, 'config', 'current-context']);
    expect(explicit.status).toBe(0);
    expect(explicit.stdout).toBe('k3d-demo\n');
    expect(explicit.stderr).toBe('');

    const fromEnv = kubectl(['config', 'current-context'], { KUBECONFIG: demo });
    expect(fromEnv.status).toBe(0);
    expect(fromEnv.stdout).toBe('k3d-demo\n');
  });

  it('current-context takes the first file that sets one', () => {
    const result = kubectl(['config', 'current-context'], { KUBECONFIG: `${other}:${demo}` });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('other\n');
  });

  it('current-context fails when none is set', () => {
    const missing = kubectl(['--kubeconfig', join(work, 'missing.yaml'), 'config', 'current-context']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('error: current-context is not set\n');

    const noConfig = kubectl(['config', 'current-context']);
    expect(noConfig.status).toBe(1);
    expect(noConfig.stderr).toBe('error: current-context is not set\n');
  });

  it('view --minify prints the server by jsonpath', () => {
    const result = kubectl(['config', 'view', '--minify', '-o', 'jsonpath={.clusters[0].cluster.server}'], { KUBECONFIG: demo });
    expect(result.status).toBe(0);
    // The jsonpath printer adds no newline.
    expect(result.stdout).toBe('https://127.0.0.1:6550');
    expect(result.stderr).toBe('');

    const inline = kubectl(['--kubeconfig', demo, 'config', 'view', '--minify', '--output=jsonpath={.contexts[0].name}']);
    expect(inline.stdout).toBe('k3d-demo');
  });

  it('view redacts data unless --raw', () => {
    const redacted = kubectl(['--kubeconfig', demo, 'config', 'view']);
    expect(redacted.status).toBe(0);
    expect(redacted.stdout).toBe(
      DEMO_KUBECONFIG.replace('Q0EgREFUQQo=', 'DATA+OMITTED').replace('Q0VSVCBEQVRBCg==', 'DATA+OMITTED').replace('S0VZIERBVEEK', 'DATA+OMITTED'),
    );
    const raw = kubectl(['--kubeconfig', demo, 'config', 'view', '--raw']);
    expect(raw.stdout).toBe(DEMO_KUBECONFIG);
  });

  it('view -o json keeps Go field order', () => {
    const result = kubectl(['--kubeconfig', demo, 'config', 'view', '-o', 'json']);
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout) as Record<string, unknown> & { clusters: Array<{ cluster: Record<string, string> }> };
    expect(Object.keys(config)).toEqual(['kind', 'apiVersion', 'preferences', 'clusters', 'users', 'contexts', 'current-context']);
    expect(config.clusters[0]?.cluster).toEqual({ server: 'https://127.0.0.1:6550', 'certificate-authority-data': 'DATA+OMITTED' });
    expect(result.stdout.startsWith('{\n    "kind": "Config",\n')).toBe(true);
  });

  it('view merges KUBECONFIG files, first one wins', () => {
    const result = kubectl(['config', 'view'], { KUBECONFIG: `${demo}:${other}` });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`apiVersion: v1
clusters:
- cluster:
    insecure-skip-tls-verify: true
    server: https://127.0.0.1:7002
  name: aaa
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://127.0.0.1:6550
  name: k3d-demo
contexts:
- context:
    cluster: k3d-demo
    user: admin@k3d-demo
  name: k3d-demo
- context:
    cluster: aaa
    namespace: dev
    user: bob
  name: other
current-context: k3d-demo
kind: Config
preferences: {}
users:
- name: admin@k3d-demo
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
- name: bob
  user:
    token: REDACTED
`);
  });

  it('view --minify honours --context', () => {
    const result = kubectl(['config', 'view', '--minify', '--context', 'other', '-o', 'jsonpath={.clusters[*].name} {.users[0].name}'], {
      KUBECONFIG: `${demo}:${other}`,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('aaa bob');
  });

  it('view --minify needs a current context', () => {
    const result = kubectl(['config', 'view', '--minify']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: current-context must exist in order to minify\n');

    const unknown = kubectl(['config', 'view', '--minify', '--context', 'nope'], { KUBECONFIG: demo });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('error: cannot locate context nope\n');
  });

  it('view without a kubeconfig is empty', () => {
    const result = kubectl(['config', 'view']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('apiVersion: v1\nclusters: null\ncontexts: null\ncurrent-context: ""\nkind: Config\npreferences: {}\nusers: null\n');
  });

  it('view of a missing --kubeconfig fails', () => {
    const missing = join(work, 'missing.yaml');
    const result = kubectl(['--kubeconfig', missing, 'config', 'view']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`error: open ${missing}: no such file or directory\n`);
  });

  it('view rejects arguments and unknown formats', () => {
    const extra = kubectl(['--kubeconfig', demo, 'config', 'view', 'extra']);
    expect(extra.status).toBe(1);
    expect(extra.stderr).toBe("error: unexpected arguments: [extra]\nSee 'kubectl config view -h' for help and examples\n");

    const noTemplate = kubectl(['--kubeconfig', demo, 'config', 'view', '-o', 'jsonpath']);
    expect(noTemplate.status).toBe(1);
    expect(noTemplate.stderr).toBe('error: template format specified but no template given\n');
  });

  it('jsonpath supports range, filters and indexes', () => {
    const view = (template: string): Result => kubectl(['config', 'view', '-o', `jsonpath=${template}`], { KUBECONFIG: `${demo}:${other}` });
    expect(view('{range .clusters[*]}{.name}={.cluster.server}{"\\n"}{end}').stdout).toBe('aaa=https://127.0.0.1:7002\nk3d-demo=https://127.0.0.1:6550\n');
    expect(view('{.contexts[?(@.name=="other")].context.namespace}').stdout).toBe('dev');
    expect(view('{.clusters[-1].name}').stdout).toBe('k3d-demo');
    expect(view('{.clusters[0:2].name}').stdout).toBe('aaa k3d-demo');
    expect(view('{.users[1].user}').stdout).toBe('{"token":"REDACTED"}');
    expect(view('name: {.nothing.here}.').stdout).toBe('name: .');
  });

  it('jsonpath errors read like kubectl', () => {
    const outOfRange = kubectl(['--kubeconfig', demo, 'config', 'view', '-o', 'jsonpath={.clusters[3]}']);
    expect(outOfRange.status).toBe(1);
    expect(outOfRange.stdout).toBe('');
    expect(outOfRange.stderr.split('\n')[0]).toBe(
      'error: error executing jsonpath "{.clusters[3]}": Error executing template: array index out of bounds: index 3, length 1. Printing more information for debugging the template:',
    );

    const unclosed = kubectl(['--kubeconfig', demo, 'config', 'view', '-o', 'jsonpath={.clusters[0']);
    expect(unclosed.status).toBe(1);
    expect(unclosed.stderr).toBe('error: error parsing jsonpath {.clusters[0, unterminated array\n');
  });
});

describe('kubectl stand-in wait without a cluster', () => {
  const kubectl = (args: string[]): Result => run(KUBECTL, args, { FAKE_STATE_DIR: newStateDir(), HOME: newStateDir() });

  it('rejects an unknown condition', () => {
    const result = kubectl(['wait', '--for=ready', 'nodes', '--all']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('error: unrecognized condition: "ready"\n');
  });

  it('rejects a timeout without unit', () => {
    const result = kubectl(['wait', '--for=condition=Ready', 'nodes', '--all', '--timeout=60']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'error: invalid argument "60" for "--timeout" flag: time: missing unit in duration "60"\nSee \'kubectl wait --help\' for usage.\n',
    );
  });

  it('needs a resource', () => {
    const result = kubectl(['wait', '--for=condition=Ready']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('error: You must provide one or more resources by argument or filename.');
  });

  it('reports a refused connection', () => {
    const result = kubectl(['wait', '--for=condition=Ready', 'nodes', '--all']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
    );
  });
});

/** Returns why the Podman suite cannot run here, or undefined when it can. */
function podmanSkipReason(): string | undefined {
  if (process.platform !== 'linux') return `it needs Linux, and this is ${process.platform}`;
  if (process.getuid?.() !== 0) return 'it needs root to serve a rootful Podman API socket';
  const podman = spawnSync('podman', ['--version'], { encoding: 'utf8' });
  if (podman.error || podman.status !== 0) return 'podman is not installed (apt-get install -y podman runc busybox-static)';
  const docker = spawnSync('docker', ['--version'], { encoding: 'utf8' });
  if (docker.error || docker.status !== 0) return 'the Docker CLI (docker) is not on PATH';
  if (!existsSync('/bin/busybox')) return '/bin/busybox is missing (apt-get install -y busybox-static)';
  return undefined;
}

const skipReason = podmanSkipReason();
if (skipReason) console.warn(`[skipped] k3d stand-in on real Podman: ${skipReason}`);

/** Imports localhost/busybox:test from /bin/busybox unless Podman has it already. */
function ensureBusyboxImage(env: NodeJS.ProcessEnv): void {
  if (spawnSync('podman', ['image', 'exists', BUSYBOX_IMAGE], { env }).status === 0) return;
  const work = mkdtempSync(join(tmpdir(), 'standins-busybox-'));
  try {
    const root = join(work, 'root');
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync('/bin/busybox', join(root, 'bin', 'busybox'));
    for (const applet of ['sh', 'sleep', 'cat', 'echo', 'true']) symlinkSync('busybox', join(root, 'bin', applet));
    const archive = join(work, 'rootfs.tar');
    const tar = spawnSync('tar', ['-C', root, '-cf', archive, '.'], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    const imported = spawnSync('podman', ['import', '--change', 'CMD=["/bin/sh"]', archive, BUSYBOX_IMAGE], { env, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(`podman import failed: ${imported.stderr}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Returns a free TCP port on 127.0.0.1, found by binding port 0 once. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface ClusterEntry {
  name: string;
  network: { name: string };
  nodes: Array<{ name: string; role: string; image: string; State: { Running: boolean; Status: string; Started: string }; IP: { IP: string } }>;
  serversRunning: number;
  serversCount: number;
  agentsRunning: number;
  agentsCount: number;
  hasLoadbalancer?: boolean;
}

interface KubeList {
  apiVersion: string;
  kind: string;
  items: Array<{
    kind: string;
    metadata: { name: string; namespace?: string };
    status: { conditions: Array<{ type: string; status: string; reason: string }> };
  }>;
}

// Each k3d call runs several docker commands, which take seconds when other suites load Podman.
const PODMAN_TIMEOUT_MS = 300_000;

describe.skipIf(skipReason !== undefined)('k3d stand-in on real Podman', { timeout: PODMAN_TIMEOUT_MS }, () => {
  const work = mkdtempSync(join(tmpdir(), 'standins-podman-'));
  const socket = join(work, 'podman.sock');
  const suffix = randomBytes(3).toString('hex');
  const created: string[] = [];
  let servicePid: number | undefined;
  let state = '';

  const podmanEnv: NodeJS.ProcessEnv = { ...process.env, CONTAINERS_CONF: join(work, 'containers.conf') };
  const env = (extra: Record<string, string | undefined> = {}): Record<string, string | undefined> => ({
    FAKE_STATE_DIR: state,
    DOCKER_HOST: `unix://${socket}`,
    DOCKER_SOCK: socket,
    LOG_COLORS: 'false',
    CONTAINERS_CONF: podmanEnv.CONTAINERS_CONF,
    K3D_DEBUG_DISABLE_DOCKER_INIT: 'true',
    ...extra,
  });
  const k3d = (args: string[], extra: Record<string, string | undefined> = {}): Result => run(K3D, args, env(extra));
  const docker = (args: string[]): Result => run('docker', args, env());
  const clusterName = (label: string): string => {
    const name = `st-${label}-${suffix}`;
    created.push(name);
    return name;
  };
  const setFaults = (faults: unknown): void => writeFileSync(join(state, 'faults.json'), JSON.stringify(faults));

  beforeAll(async () => {
    state = newStateDir();
    writeFileSync(join(work, 'containers.conf'), CONTAINERS_CONF);
    ensureBusyboxImage(podmanEnv);

    const log = openSync(join(work, 'podman-service.log'), 'a');
    const service = spawn('podman', ['system', 'service', '--time=0', `unix://${socket}`], {
      env: podmanEnv,
      detached: true,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    servicePid = service.pid;
    service.unref();

    for (let attempt = 0; attempt < 60; attempt += 1) {
      if (docker(['version', '--format', '{{.Server.Version}}']).status === 0) return;
      await sleep(500);
    }
    throw new Error(`podman system service did not answer on ${socket}; see ${join(work, 'podman-service.log')}`);
  }, PODMAN_TIMEOUT_MS);

  afterAll(async () => {
    setFaults({});
    for (const name of created) k3d(['cluster', 'delete', name]);
    k3d(['registry', 'delete', `k3d-st-reg-${suffix}`]);
    if (servicePid !== undefined && isRunning(servicePid)) {
      process.kill(servicePid, 'SIGTERM');
      for (let attempt = 0; attempt < 40 && isRunning(servicePid); attempt += 1) await sleep(250);
      if (isRunning(servicePid)) process.kill(servicePid, 'SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  }, PODMAN_TIMEOUT_MS);

  it('creates containers visible through DOCKER_HOST', async () => {
    const name = clusterName('main');
    const port = await freePort();
    const result = k3d([
      'cluster', 'create', name,
      '--api-port', `127.0.0.1:${port}`,
      '--agents', '1',
      '--image', K3S_IMAGE,
      '--kubeconfig-update-default=false',
      '--k3s-arg', '--disable=traefik@server:*',
      '--timeout', '60s',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('level=info msg="Prep: Network"');
    expect(result.stdout).toContain(`level=info msg="Created network 'k3d-${name}'"`);
    expect(result.stdout).toContain(`level=info msg="Starting node 'k3d-${name}-agent-0'"`);
    expect(result.stdout).toContain(`level=info msg="Cluster '${name}' created successfully!"`);
    expect(result.stdout).toContain('msg="--kubeconfig-update-default=false --> sets --kubeconfig-switch-context=false"');
    expect(result.stdout).toContain(`kubeconfig write ${name})\nkubectl cluster-info\n`);

    const listed = docker(['ps', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}} {{.Label "k3d.role"}} {{.Label "fake.k3d.image"}}']);
    expect(listed.status).toBe(0);
    expect(listed.stdout.trim().split('\n').sort()).toEqual(
      [`k3d-${name}-agent-0 agent ${K3S_IMAGE}`, `k3d-${name}-server-0 server ${K3S_IMAGE}`, `k3d-${name}-serverlb loadbalancer ${K3S_IMAGE}`].sort(),
    );
    const ports = docker(['inspect', `k3d-${name}-serverlb`, '--format', '{{json .HostConfig.PortBindings}}']);
    expect(JSON.parse(ports.stdout)).toEqual({ '6443/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port) }] });

    const record = JSON.parse(readFileSync(join(state, 'k3d', 'clusters', `${name}.json`), 'utf8')) as Record<string, unknown>;
    expect(record.dockerSock).toBe(socket);
    expect(record.dockerHost).toBe(`unix://${socket}`);
    expect(record.kubeconfigUpdateDefault).toBe(false);

    // The same cluster again is a duplicate.
    const duplicate = k3d(['cluster', 'create', name, '--timeout', '60s']);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain(`Failed to create cluster '${name}' because a cluster with that name already exists`);

    // cluster list -o json, all clusters and by name.
    const all = JSON.parse(k3d(['cluster', 'list', '-o', 'json']).stdout) as ClusterEntry[];
    const entry = all.find((candidate) => candidate.name === name);
    expect(entry).toBeDefined();
    expect(entry?.network.name).toBe(`k3d-${name}`);
    expect(entry?.serversRunning).toBe(1);
    expect(entry?.serversCount).toBe(1);
    expect(entry?.agentsRunning).toBe(1);
    expect(entry?.agentsCount).toBe(1);
    expect(entry?.hasLoadbalancer).toBe(true);
    expect(entry?.nodes.map((node) => `${node.name}:${node.role}`)).toEqual([
      `k3d-${name}-server-0:server`,
      `k3d-${name}-agent-0:agent`,
      `k3d-${name}-serverlb:loadbalancer`,
    ]);
    for (const node of entry?.nodes ?? []) {
      expect(node.State).toEqual({ Running: true, Status: 'running', Started: '' });
      expect(node.IP.IP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(node.image).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const byName = JSON.parse(k3d(['cluster', 'list', name, '-o', 'json']).stdout) as Array<ClusterEntry & { serverLoadBalancer?: { name: string } }>;
    expect(byName).toHaveLength(1);
    expect(byName[0]?.serverLoadBalancer?.name).toBe(`k3d-${name}-serverlb`);

    // kubeconfig get: separator, names, server, fake credentials.
    const kubeconfigText = k3d(['kubeconfig', 'get', name]);
    expect(kubeconfigText.status).toBe(0);
    expect(kubeconfigText.stdout.startsWith('---\napiVersion: v1\n')).toBe(true);
    expect(kubeconfigText.stdout).toContain(`    server: https://127.0.0.1:${port}\n  name: k3d-${name}\n`);
    expect(kubeconfigText.stdout).toContain(`current-context: k3d-${name}\n`);
    expect(kubeconfigText.stdout).toContain(`- name: admin@k3d-${name}\n`);
    const keyData = /client-key-data: (\S+)/.exec(kubeconfigText.stdout)?.[1] ?? '';
    const keyPem = Buffer.from(keyData, 'base64').toString('utf8');
    expect(keyPem).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
    const keyBody = keyPem.split('\n').slice(1, -2).join('');
    expect(Buffer.from(keyBody, 'base64').toString('latin1')).toContain('FAKE CLIENT KEY FOR TESTS');

    // kubectl with that kubeconfig: nodes and deployments derived from the cluster.
    const kubeconfig = join(state, `${name}.yaml`);
    writeFileSync(kubeconfig, kubeconfigText.stdout.slice('---\n'.length));
    const nodes = JSON.parse(run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'json'], env()).stdout) as KubeList;
    expect(nodes.kind).toBe('List');
    expect(nodes.items.map((item) => item.metadata.name)).toEqual([`k3d-${name}-server-0`, `k3d-${name}-agent-0`]);
    for (const item of nodes.items) {
      expect(item.kind).toBe('Node');
      expect(item.status.conditions.find((condition) => condition.type === 'Ready')?.status).toBe('True');
    }
    const deployments = JSON.parse(
      run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'deployments', '-n', 'kube-system', '-o', 'json'], env()).stdout,
    ) as KubeList;
    expect(deployments.items.map((item) => item.metadata.name)).toEqual(['coredns', 'local-path-provisioner', 'metrics-server']);
    const pods = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'pods', '-A', '-o', 'wide'], env());
    expect(pods.status).toBe(0);
    expect(pods.stdout.split('\n')[0]).toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    const info = run(KUBECTL, ['--kubeconfig', kubeconfig, 'cluster-info'], env());
    expect(info.stdout).toContain(`is running at ${ESC}[0;33mhttps://127.0.0.1:${port}${ESC}[0m`);

    // A kubeconfig with another client key is rejected as the API server would.
    const wrongKey = join(state, `${name}-wrong.yaml`);
    writeFileSync(wrongKey, readFileSync(kubeconfig, 'utf8').replace(keyData, Buffer.from('other').toString('base64')));
    const unauthorized = run(KUBECTL, ['--kubeconfig', wrongKey, 'get', 'nodes'], env());
    expect(unauthorized.status).toBe(1);
    expect(unauthorized.stderr).toBe('error: You must be logged in to the server (Unauthorized)\n');

    // Stopped with plain `docker stop`: listed as not running, and the API refuses connections.
    expect(docker(['stop', `k3d-${name}-server-0`, `k3d-${name}-serverlb`]).status).toBe(0);
    const stopped = (JSON.parse(k3d(['cluster', 'list', name, '-o', 'json']).stdout) as ClusterEntry[])[0];
    expect(stopped?.serversRunning).toBe(0);
    expect(stopped?.nodes.find((node) => node.role === 'server')?.State.Running).toBe(false);
    const refused = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'nodes'], env());
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(
      `The connection to the server 127.0.0.1:${port} was refused - did you specify the right host or port?`,
    );

    // cluster start brings them back.
    const started = k3d(['cluster', 'start', name]);
    expect(started.status).toBe(0);
    expect(started.stdout).toContain(`msg="Starting node 'k3d-${name}-server-0'"`);
    expect(started.stdout).toContain(`msg="Started cluster '${name}'"`);
    const restarted = (JSON.parse(k3d(['cluster', 'list', name, '-o', 'json']).stdout) as ClusterEntry[])[0];
    expect(restarted?.serversRunning).toBe(1);

    // cluster delete removes every container; a second delete has nothing to do and exits 0.
    const deleted = k3d(['cluster', 'delete', name]);
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toContain(`msg="Successfully deleted cluster ${name}!"`);
    expect(docker(['ps', '-a', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']).stdout.trim()).toBe('');
    const again = k3d(['cluster', 'delete', name]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`msg="No nodes found for cluster '${name}', nothing to delete."`);
  });

  it('reports NotReady for notReadyCalls calls', async () => {
    const name = clusterName('ready');
    const port = await freePort();
    expect(k3d(['cluster', 'create', name, '--api-port', `127.0.0.1:${port}`, '--timeout', '60s']).status).toBe(0);
    const kubeconfig = join(state, `${name}.yaml`);
    writeFileSync(kubeconfig, k3d(['kubeconfig', 'get', name]).stdout.slice('---\n'.length));
    setFaults({ kubectl: { notReadyCalls: 2 } });
    try {
      const readiness: string[] = [];
      const availability: string[] = [];
      for (let call = 0; call < 3; call += 1) {
        const nodes = JSON.parse(run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'json'], env()).stdout) as KubeList;
        readiness.push(nodes.items[0]?.status.conditions.find((condition) => condition.type === 'Ready')?.status ?? 'missing');
        const deployments = JSON.parse(
          run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'deployments', '-n', 'kube-system', '-o', 'json'], env()).stdout,
        ) as KubeList;
        availability.push(deployments.items[0]?.status.conditions.find((condition) => condition.type === 'Available')?.status ?? 'missing');
      }
      expect(readiness).toEqual(['False', 'False', 'True']);
      expect(availability).toEqual(['False', 'False', 'True']);

      setFaults({ kubectl: { neverReady: true } });
      const table = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'nodes'], env());
      expect(table.stdout).toMatch(new RegExp(`k3d-${name}-server-0\\s+NotReady\\s+control-plane,master`));
    } finally {
      setFaults({});
    }
    expect(k3d(['cluster', 'delete', name]).status).toBe(0);
  });

  /** A cluster with one server and one agent for the wait and sort tests, created on first use. */
  let twoNodeCluster: Promise<{ name: string; kubeconfig: string; port: number }> | undefined;
  const useTwoNodeCluster = (): Promise<{ name: string; kubeconfig: string; port: number }> => {
    twoNodeCluster ??= (async () => {
      const name = clusterName('two');
      const port = await freePort();
      const created = k3d(['cluster', 'create', name, '--api-port', `127.0.0.1:${port}`, '--agents', '1', '--timeout', '60s']);
      if (created.status !== 0) throw new Error(`k3d cluster create ${name} failed:\n${created.stderr}`);
      const kubeconfig = join(state, `${name}.yaml`);
      writeFileSync(kubeconfig, k3d(['kubeconfig', 'get', name]).stdout.slice('---\n'.length));
      return { name, kubeconfig, port };
    })();
    return twoNodeCluster;
  };

  it('config commands read the k3d kubeconfig', async () => {
    const { name, kubeconfig, port } = await useTwoNodeCluster();
    const context = run(KUBECTL, ['config', 'current-context'], env({ KUBECONFIG: kubeconfig }));
    expect(context.status).toBe(0);
    expect(context.stdout).toBe(`k3d-${name}\n`);
    const server = run(KUBECTL, ['config', 'view', '--minify', '-o', 'jsonpath={.clusters[0].cluster.server}'], env({ KUBECONFIG: kubeconfig }));
    expect(server.status).toBe(0);
    expect(server.stdout).toBe(`https://127.0.0.1:${port}`);
  });

  it('wait prints condition met per node', async () => {
    const { name, kubeconfig } = await useTwoNodeCluster();
    const all = run(KUBECTL, ['wait', '--for=condition=Ready', 'nodes', '--all', '--timeout=60s'], env({ KUBECONFIG: kubeconfig }));
    expect(all.stderr).toBe('');
    expect(all.status).toBe(0);
    // kubectl visits the nodes in the API's order, by name.
    expect(all.stdout).toBe(`node/k3d-${name}-agent-0 condition met\nnode/k3d-${name}-server-0 condition met\n`);

    const one = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for', 'condition=ready', `node/k3d-${name}-server-0`], env());
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(`node/k3d-${name}-server-0 condition met\n`);

    const deployments = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Available', 'deployment', 'coredns', '-n', 'kube-system'], env());
    expect(deployments.status).toBe(0);
    expect(deployments.stdout).toBe('deployment.apps/coredns condition met\n');
  });

  it('wait reports a missing node', async () => {
    const { name, kubeconfig } = await useTwoNodeCluster();
    const result = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready', 'node', 'nope', `k3d-${name}-server-0`], env());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`node/k3d-${name}-server-0 condition met\n`);
    expect(result.stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');

    const noName = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready', 'nodes'], env());
    expect(noName.status).toBe(1);
    expect(noName.stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });

  it('wait times out on NotReady nodes', async () => {
    const { name, kubeconfig } = await useTwoNodeCluster();
    setFaults({ kubectl: { neverReady: true } });
    try {
      const started = Date.now();
      const result = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready', 'nodes', '--all', '--timeout=2s'], env());
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      // The timeout covers all nodes: once the first one has used it up, the second times out at once.
      expect(result.stderr).toBe(
        `error: timed out waiting for the condition on nodes/k3d-${name}-agent-0\nerror: timed out waiting for the condition on nodes/k3d-${name}-server-0\n`,
      );

      const once = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready', `node/k3d-${name}-server-0`, '--timeout=0'], env());
      expect(once.status).toBe(1);
      expect(once.stderr).toBe(`error: condition not met for nodes/k3d-${name}-server-0\n`);

      const notReady = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready=false', `node/k3d-${name}-server-0`, '--timeout=0'], env());
      expect(notReady.status).toBe(0);
      expect(notReady.stdout).toBe(`node/k3d-${name}-server-0 condition met\n`);
    } finally {
      setFaults({});
    }
  });

  it('wait outlasts notReadyCalls checks', async () => {
    const { name, kubeconfig } = await useTwoNodeCluster();
    // The counter of `get nodes` calls already counts the calls of earlier tests.
    const counters = JSON.parse(readFileSync(join(state, 'kubectl', 'counters.json'), 'utf8')) as Record<string, number>;
    setFaults({ kubectl: { notReadyCalls: (counters[name] ?? 0) + 3 } });
    try {
      const started = Date.now();
      const result = run(KUBECTL, ['--kubeconfig', kubeconfig, 'wait', '--for=condition=Ready', 'nodes', '--all', '--timeout=30s'], env());
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`node/k3d-${name}-agent-0 condition met\nnode/k3d-${name}-server-0 condition met\n`);
      // Three failed checks, 500 ms apart.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    } finally {
      setFaults({});
    }
  });

  it('get events sorts by --sort-by', async () => {
    const { name, kubeconfig } = await useTwoNodeCluster();
    const server = `node/k3d-${name}-server-0`;
    const agent = `node/k3d-${name}-agent-0`;
    const columns = (text: string): string[] =>
      text.trim().split('\n').slice(1).map((line) => line.split(/\s{3,}/).slice(2, 5).join(' '));

    // The API lists events by name, NODE.HEX-TIME, so the agent's come first.
    const listed = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'events', '--all-namespaces'], env());
    expect(listed.status).toBe(0);
    expect(listed.stdout.split('\n')[0]).toMatch(/^NAMESPACE\s+LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE$/);
    expect(columns(listed.stdout)).toEqual([`Starting ${agent}`, `RegisteredNode ${agent}`, `Starting ${server}`, `RegisteredNode ${server}`].map((entry) => `Normal ${entry}`));

    const sorted = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'events', '-A', '--sort-by=.lastTimestamp'], env());
    expect(sorted.status).toBe(0);
    expect(sorted.stderr).toBe('');
    expect(columns(sorted.stdout)).toEqual([`Starting ${server}`, `Starting ${agent}`, `RegisteredNode ${server}`, `RegisteredNode ${agent}`].map((entry) => `Normal ${entry}`));

    const json = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'events', '-o', 'json', '--sort-by', '{.lastTimestamp}'], env());
    const times = (JSON.parse(json.stdout) as { items: Array<{ lastTimestamp: string }> }).items.map((item) => item.lastTimestamp);
    expect(times).toHaveLength(4);
    expect(times).toEqual([...times].sort());

    const missing = run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'events', '--sort-by=.metadata.nothing'], env());
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('error: couldn\'t find any field with path "{.metadata.nothing}" in the list of objects\n');
  });

  it('rolls back a failing create', () => {
    const name = clusterName('fail');
    setFaults({ k3d: { create: 'fail' } });
    try {
      const result = k3d(['cluster', 'create', name, '--timeout', '60s']);
      expect(result.status).toBe(1);
      const errors = result.stderr.trim().split('\n');
      expect(errors[0]).toContain('level=error msg="Failed Cluster Start: Failed to start server');
      expect(errors.some((line) => line.endsWith('level=error msg="Failed to create cluster >>> Rolling Back"'))).toBe(true);
      expect(errors.at(-1)).toMatch(/level=fatal msg="Cluster creation FAILED, all changes have been rolled back!"$/);
      expect(docker(['ps', '-a', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']).stdout.trim()).toBe('');
      expect(docker(['network', 'ls', '--filter', `name=^k3d-${name}$`, '--format', '{{.Name}}']).stdout.trim()).toBe('');
    } finally {
      setFaults({});
    }
  });

  it('keeps the containers with --no-rollback', () => {
    const name = clusterName('keep');
    setFaults({ k3d: { create: 'fail', message: 'injected failure' } });
    try {
      const result = k3d(['cluster', 'create', name, '--no-rollback', '--timeout', '60s']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('injected failure');
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(/level=fatal msg="Cluster creation FAILED, rollback deactivated."$/);
      expect(docker(['ps', '-a', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']).stdout.trim()).not.toBe('');
    } finally {
      setFaults({});
    }
  });

  it('times out a hanging agent after --timeout', () => {
    const name = clusterName('hang');
    setFaults({ k3d: { create: 'hang' } });
    try {
      const started = Date.now();
      const result = k3d(['cluster', 'create', name, '--agents', '1', '--timeout', '2s']);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
      expect(result.status).toBe(1);
      const info = result.stdout.trim().split('\n');
      expect(info.at(-1)).toContain(`msg="Deleting 1 attached volumes..."`);
      expect(info).toContainEqual(expect.stringContaining(`msg="Starting node 'k3d-${name}-agent-0'"`));
      expect(result.stderr).toContain(
        `Failed Cluster Start: Failed to add one or more agents: Node k3d-${name}-agent-0 failed to get ready: error waiting for log line \`successfully registered node\` from node 'k3d-${name}-agent-0': stopped returning log lines: context deadline exceeded`,
      );
      expect(result.stderr.trim().split('\n').at(-1)).toContain('Cluster creation FAILED, all changes have been rolled back!');
      expect(docker(['ps', '-a', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']).stdout.trim()).toBe('');
    } finally {
      setFaults({});
    }
  });

  it('fails create without DOCKER_SOCK', () => {
    const name = clusterName('nosock');
    const result = k3d(['cluster', 'create', name, '--timeout', '60s'], { DOCKER_SOCK: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Failed Pre-Start Configuration: failed to run k3d-tools node: DOCKER_SOCK is not set');
    expect(docker(['ps', '-a', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}']).stdout.trim()).toBe('');
  });

  it('defaults the API host to 0.0.0.0', () => {
    const name = clusterName('anyhost');
    expect(k3d(['cluster', 'create', name, '--timeout', '60s']).status).toBe(0);
    const kubeconfig = k3d(['kubeconfig', 'get', name]).stdout;
    const port = /server: https:\/\/0\.0\.0\.0:(\d+)/.exec(kubeconfig)?.[1];
    expect(port).toBeDefined();
    const bindings = docker(['inspect', `k3d-${name}-serverlb`, '--format', '{{json .HostConfig.PortBindings}}']);
    expect(JSON.parse(bindings.stdout)).toEqual({ '6443/tcp': [{ HostIp: '0.0.0.0', HostPort: port }] });
    expect(k3d(['cluster', 'delete', name]).status).toBe(0);
  });

  it('connects a created registry', async () => {
    const registry = `st-reg-${suffix}`;
    const port = await freePort();
    const createdRegistry = k3d(['registry', 'create', registry, '--default-network', 'podman', '--port', `127.0.0.1:${port}`]);
    expect(createdRegistry.status).toBe(0);
    expect(createdRegistry.stdout).toContain(`k3d cluster create --registry-use k3d-${registry}:${port}`);
    const listed = JSON.parse(k3d(['registry', 'list', '-o', 'json']).stdout) as Array<{ name: string; role: string }>;
    expect(listed).toContainEqual(expect.objectContaining({ name: `k3d-${registry}`, role: 'registry' }));

    const name = clusterName('withreg');
    expect(k3d(['cluster', 'create', name, '--registry-use', `k3d-${registry}:${port}`, '--timeout', '60s']).status).toBe(0);
    const networks = docker(['inspect', `k3d-${registry}`, '--format', '{{json .NetworkSettings.Networks}}']);
    expect(Object.keys(JSON.parse(networks.stdout) as object)).toContain(`k3d-${name}`);

    expect(k3d(['cluster', 'delete', name]).status).toBe(0);
    expect(k3d(['registry', 'delete', `k3d-${registry}`]).status).toBe(0);
    expect(docker(['ps', '-a', '--filter', `name=^k3d-${registry}$`, '--format', '{{.Names}}']).stdout.trim()).toBe('');
  });
});
