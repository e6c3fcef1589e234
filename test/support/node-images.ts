// The node images k3d needs, as tags in the real Podman of this machine. The k3d stand-in creates
// them with `docker tag` when it simulates a pull, and the product's warm run loads them from its
// cache. A fresh runner VM has none of them, so the benchmark and the cache tests remove exactly
// these tags between runs, and only while they still name the harness's busybox image, which no
// real pull produces. runProgram is shared with the benchmark.

import { spawn } from 'node:child_process';

import { K3D_DEFAULT_VERSION } from '../../src/core/versions.js';
import { BUSYBOX_IMAGE } from './podman.js';

/** The k3s image of action.yml's default. */
export const K3S_IMAGE = 'docker.io/rancher/k3s:v1.31.5-k3s1';

export const NODE_IMAGE_REFS: readonly string[] = [
  K3S_IMAGE,
  `ghcr.io/k3d-io/k3d-proxy:${K3D_DEFAULT_VERSION}`,
  `ghcr.io/k3d-io/k3d-tools:${K3D_DEFAULT_VERSION}`,
];

export interface ProcessOutput {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Runs a program with captured output and a timeout, never through a shell. */
export function runProgram(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 120_000,
): Promise<ProcessOutput> {
  const [file, ...args] = argv;
  if (!file) return Promise.reject(new Error('Empty argv'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr, durationMs: performance.now() - started }));
  });
}

/** A way to reach the images: the real `docker` CLI with a DOCKER_HOST, or the real `podman` CLI on local storage. */
export type ImageClient = { kind: 'docker'; program: string; dockerHost: string } | { kind: 'podman'; env: Record<string, string> };

function argvFor(client: ImageClient, args: string[]): { argv: string[]; env: Record<string, string | undefined> } {
  if (client.kind === 'docker') return { argv: [client.program, ...args], env: { ...process.env, DOCKER_HOST: client.dockerHost } };
  return { argv: ['podman', ...args], env: { ...process.env, ...client.env } };
}

/** Returns the image id that `ref` names, or undefined when it names none. */
export async function imageId(client: ImageClient, ref: string): Promise<string | undefined> {
  const { argv, env } = argvFor(client, ['image', 'inspect', '--format', '{{.Id}}', ref]);
  const result = await runProgram(argv, env, 60_000);
  return result.exitCode === 0 ? result.stdout.trim().replace(/^sha256:/, '') : undefined;
}

/**
 * Removes each node image tag that names the busybox image (`docker rmi REF`, which only untags
 * it) and returns the refs it removed. Throws when a ref names another image, because that one is
 * not the harness's to remove and would make a cold run skip its pulls.
 */
export async function removeNodeImageTags(client: ImageClient): Promise<string[]> {
  const busybox = await imageId(client, BUSYBOX_IMAGE);
  if (!busybox) {
    throw new Error(`${BUSYBOX_IMAGE} is missing, and the k3d stand-in needs it for its nodes. It is imported from /bin/busybox: check that busybox-static is installed.`);
  }
  const removed: string[] = [];
  for (const ref of NODE_IMAGE_REFS) {
    const id = await imageId(client, ref);
    if (id === undefined) continue;
    if (id !== busybox) {
      throw new Error(`${ref} names image ${id}, not the harness's ${BUSYBOX_IMAGE} (${busybox}). Remove it by hand first.`);
    }
    const { argv, env } = argvFor(client, ['rmi', ref]);
    const result = await runProgram(argv, env, 60_000);
    if (result.exitCode !== 0) throw new Error(`${argv.join(' ')} exited ${result.exitCode}: ${result.stderr.trim()}`);
    removed.push(ref);
  }
  return removed;
}

/** Returns the node image refs that are present. */
export async function presentNodeImages(client: ImageClient): Promise<string[]> {
  const present: string[] = [];
  for (const ref of NODE_IMAGE_REFS) if ((await imageId(client, ref)) !== undefined) present.push(ref);
  return present;
}
