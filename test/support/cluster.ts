// Helpers for integration tests of the cluster half on the real Podman of this machine. k3d and
// k3s cannot be downloaded here, so the k3d and kubectl stand-ins of test/harness/bin go first on
// PATH: they create real node containers through DOCKER_HOST and log each call to
// $FAKE_STATE_DIR/calls.jsonl. Downloads go to a loopback port nothing listens on, so an
// accidental download fails at once.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { ACTION_ROOT } from '../harness/run-action.js';
import { runCommand } from './podman.js';

/** The directory of the stand-ins. It also contains fakes of docker and podman, so it never goes on PATH itself. */
const STAND_IN_BIN = join(ACTION_ROOT, 'test', 'harness', 'bin');

/** k3d's limit for a cluster name (an RFC 1123 host name). */
export const CLUSTER_NAME_MAX = 32;

/**
 * Creates `directory` with links to the k3d and kubectl stand-ins only, and returns it for the
 * front of PATH. The real docker and podman stay reachable through the rest of PATH.
 */
export async function standInBin(directory: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  for (const tool of ['k3d', 'kubectl']) await symlink(join(STAND_IN_BIN, tool), join(directory, tool));
  return directory;
}

/**
 * Returns `http://127.0.0.1:PORT` for a port that was free when checked: the kernel picks the port,
 * and the listener closes again. A download through it fails with ECONNREFUSED.
 */
export function unusedLoopbackUrl(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(`http://127.0.0.1:${port}`) : reject(new Error('the kernel assigned no port'))));
    });
  });
}

/** Returns `PREFIX-` and 6 random hex digits, a valid k3d cluster name while PREFIX is short. */
export function randomClusterName(prefix: string): string {
  const name = `${prefix}-${randomBytes(3).toString('hex')}`;
  if (name.length > CLUSTER_NAME_MAX) throw new Error(`cluster name ${name} is longer than ${CLUSTER_NAME_MAX} characters`);
  return name;
}

/** One line of the stand-ins' calls.jsonl. */
export interface StandInCall {
  tool: string;
  argv: string[];
  env: Record<string, string>;
}

/** Reads `$FAKE_STATE_DIR/calls.jsonl`. Returns [] when no stand-in has run yet. */
export async function readStandInCalls(fakeStateDir: string): Promise<StandInCall[]> {
  const text = await readFile(join(fakeStateDir, 'calls.jsonl'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as StandInCall);
}

/** True when `call` is `k3d cluster VERB NAME` (flags may follow). */
export function isK3dClusterCall(call: StandInCall, verb: string, name: string): boolean {
  return call.tool === 'k3d' && call.argv[0] === 'cluster' && call.argv[1] === verb && call.argv[2] === name;
}

/** Writes `$FAKE_STATE_DIR/faults.json`, which the stand-ins read on every call. */
export async function writeFaults(fakeStateDir: string, faults: Record<string, unknown>): Promise<void> {
  await mkdir(fakeStateDir, { recursive: true });
  await writeFile(join(fakeStateDir, 'faults.json'), `${JSON.stringify(faults)}\n`);
}

/**
 * Lists the names of containers labelled `k3d.cluster=NAME`, running or not. It calls the podman
 * CLI, which reads Podman's storage directly, so it works while no API service runs.
 */
export async function clusterContainers(name: string, env: Readonly<Record<string, string>>): Promise<string[]> {
  const result = await runCommand(['podman', 'ps', '--all', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}'], {
    env: { ...process.env, ...env },
  });
  if (result.exitCode !== 0) throw new Error(`podman ps failed: ${result.stderr}`);
  return result.stdout.split('\n').filter((line) => line !== '');
}

/** Lists the Podman networks or volumes labelled `k3d.cluster=NAME`, as the k3d stand-in labels them. */
export async function clusterResources(kind: 'network' | 'volume', name: string, env: Readonly<Record<string, string>>): Promise<string[]> {
  const result = await runCommand(['podman', kind, 'ls', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Name}}'], {
    env: { ...process.env, ...env },
  });
  if (result.exitCode !== 0) throw new Error(`podman ${kind} ls failed: ${result.stderr}`);
  return result.stdout.split('\n').filter((line) => line !== '');
}

/**
 * Removes what the k3d stand-in made for cluster `name`: its containers (nodes and helpers), then
 * its network and image volume. Only resources labelled with that cluster name are touched.
 * Returns the problems met, so a cleanup goes on past each one.
 */
export async function removeClusterResources(name: string, env: Readonly<Record<string, string>>): Promise<string[]> {
  const problems: string[] = [];
  const podman = async (argv: string[]) => {
    const result = await runCommand(['podman', ...argv], { env: { ...process.env, ...env } });
    if (result.exitCode !== 0) problems.push(`podman ${argv.join(' ')} exited ${result.exitCode}: ${result.stderr.trim()}`);
  };

  for (const container of await clusterContainers(name, env)) await podman(['rm', '--force', '--volumes', container]);
  for (const network of await clusterResources('network', name, env)) await podman(['network', 'rm', '--force', network]);
  for (const volume of await clusterResources('volume', name, env)) await podman(['volume', 'rm', '--force', volume]);
  return problems;
}
