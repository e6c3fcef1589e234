// Real Podman on this Linux machine, as root: `setup-podman-k3d up --create-cluster=false` against
// the bare commands it wraps, a background `podman system service --time=0`, a wait for its
// socket and `docker ps --quiet --latest`, the Docker CLI's request through DOCKER_HOST. Every
// service either side starts is stopped by its pid.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  ROOTFUL_SOCKET,
  integrationSkipReason,
  isProcessRunning,
  servicePidFromStateDir,
  servicePidFromUpJson,
  socketInUseReason,
  stopPodmanService,
  writeContainersConf,
} from '../test/support/podman.js';
import { runProgram } from '../test/support/node-images.js';
import { CLI_BUNDLE } from './overhead.js';

/** How often the bare script checks for the socket, as a `sleep 0.1` loop in a shell would. */
const SOCKET_POLL_MS = 100;

export type LinuxResult = { skipped: string } | { productMs: number[]; bareMs: number[]; noopUpMs: number[] };

/** Returns why the comparison cannot run here, or undefined. */
export async function linuxSkipReason(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return 'it needs root: the product serves the rootful socket /run/podman/podman.sock';
  const missing = integrationSkipReason();
  if (missing) return missing;
  return socketInUseReason(ROOTFUL_SOCKET);
}

/** Runs the product and the bare commands `runs` times each, alternating, and returns their wall times. */
export async function compareWithBareCommands(runs: number): Promise<LinuxResult> {
  const reason = await linuxSkipReason();
  if (reason) return { skipped: reason };

  const work = await mkdtemp(join(tmpdir(), 'bench-linux-'));
  try {
    const conf = await writeContainersConf(work);
    // An outer DOCKER_HOST or KUBECONFIG would point both sides elsewhere.
    const env: Record<string, string | undefined> = { ...process.env, ...conf.env };
    delete env.DOCKER_HOST;
    delete env.KUBECONFIG;
    const productMs: number[] = [];
    const noopUpMs: number[] = [];
    const bareMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const product = await timeProduct(env, join(work, `state-${run}`));
      productMs.push(product.upMs);
      noopUpMs.push(product.noopUpMs);
      bareMs.push(await timeBareCommands(env, join(work, `bare-${run}`)));
    }
    return { productMs, bareMs, noopUpMs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Times an `up` that starts the service, then a second `up` that finds it serving, then runs `down`. */
async function timeProduct(baseEnv: Record<string, string | undefined>, stateDir: string): Promise<{ upMs: number; noopUpMs: number }> {
  const env = { ...baseEnv, SETUP_PODMAN_K3D_STATE_DIR: stateDir };
  const argv = [process.execPath, CLI_BUNDLE, 'up', '--create-cluster=false', '--json'];
  const up = await runProgram(argv, env, 120_000);
  // A failed up prints no JSON report, but records the service it started in its state file.
  const pid = up.exitCode === 0 ? servicePidFromUpJson(up.stdout) : await servicePidFromStateDir(stateDir).catch(() => undefined);
  try {
    if (up.exitCode !== 0) throw new Error(`up --create-cluster=false exited ${up.exitCode}:\n${up.stderr}`);
    if (pid === undefined) throw new Error(`up started no service of its own, so it did not measure a start:\n${up.stdout}`);
    const noop = await runProgram(argv, env, 120_000);
    if (noop.exitCode !== 0 || (JSON.parse(noop.stdout) as { unchanged?: boolean }).unchanged !== true) {
      throw new Error(`A second up --create-cluster=false exited ${noop.exitCode} or changed something:\n${noop.stdout}\n${noop.stderr}`);
    }
    return { upMs: up.durationMs, noopUpMs: noop.durationMs };
  } finally {
    const down = await runProgram([process.execPath, CLI_BUNDLE, 'down'], env, 120_000);
    if (down.exitCode !== 0) console.error(`[bench] down exited ${down.exitCode}: ${down.stderr.trim()}`);
    if (pid !== undefined && isProcessRunning(pid)) await stopPodmanService(pid);
  }
}

/** Times the bare commands: the service started in the background, a wait for its socket, then `docker ps --quiet --latest`. */
async function timeBareCommands(env: Record<string, string | undefined>, directory: string): Promise<number> {
  const socket = join(directory, 'podman.sock');
  await mkdir(directory, { recursive: true });
  const log = await open(join(directory, 'service.log'), 'a');
  const started = performance.now();
  let pid: number | undefined;
  try {
    const child = spawn('podman', ['system', 'service', '--time=0', `unix://${socket}`], { env, stdio: ['ignore', log.fd, log.fd], detached: true });
    pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => (child.pid === undefined ? reject(new Error('podman started without a pid')) : resolve(child.pid)));
    });
    child.unref();

    const deadline = Date.now() + 30_000;
    while (!existsSync(socket)) {
      if (Date.now() > deadline) throw new Error(`podman system service did not create ${socket} within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, SOCKET_POLL_MS));
    }
    const listing = await runProgram(['docker', 'ps', '--quiet', '--latest'], { ...env, DOCKER_HOST: `unix://${socket}` }, 60_000);
    if (listing.exitCode !== 0) throw new Error(`docker ps through ${socket} exited ${listing.exitCode}: ${listing.stderr}`);
    return performance.now() - started;
  } finally {
    await log.close();
    if (pid !== undefined) await stopPodmanService(pid);
  }
}
