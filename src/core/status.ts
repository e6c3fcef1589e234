// The state of each link from the Docker CLI to the cluster, read without changing anything.

import { stat } from 'node:fs/promises';

import { describeError, firstLine } from './errors.js';
import { runUnchecked } from './command.js';
import type { SetupContext } from './context.js';
import type { CommandResult } from '../ports.js';
import { inspectMachine } from './steps/machine-inspect.js';
import { linuxSocketPath } from './steps/linux-service.js';
import { pingSocket } from '../tools/api-socket.js';
import { dockerArgv, parseDockerClientVersion, parseDockerVersion } from '../tools/docker.js';
import { isClusterRunning, k3dArgv, k3dEnv, parseClusterList } from '../tools/k3d.js';
import { kubectlArgv, parseNodes } from '../tools/kubectl.js';
import { parsePodmanVersion, podmanArgv, type MachineInfo } from '../tools/podman.js';

export type LinkState = 'ok' | 'broken' | 'not applicable';

export interface LinkStatus {
  link: string;
  state: LinkState;
  detail: string;
  /** The command or change that mends a broken link. */
  fix?: string;
}

export interface StatusTarget {
  clusterName?: string;
  kubeconfig?: string;
}

/** Checks every link in order; a link whose prerequisite is broken is reported as broken too. */
export async function collectStatus(context: SetupContext, target: StatusTarget): Promise<LinkStatus[]> {
  const links: LinkStatus[] = [];
  const quick = { timeoutMs: 15_000, readOnly: true } as const;
  const run = (argv: string[], env?: Record<string, string | undefined>) => runUnchecked(context, { argv, env, ...quick }).catch(() => undefined);

  const docker = await run(dockerArgv.clientVersion());
  links.push(
    docker?.exitCode === 0
      ? { link: 'Docker CLI', state: 'ok', detail: `version ${parseDockerClientVersion(docker.stdout)}` }
      : { link: 'Docker CLI', state: 'broken', detail: 'not found on PATH', fix: 'setup-podman-k3d up' },
  );

  const podman = await run(podmanArgv.version());
  links.push(
    podman?.exitCode === 0
      ? { link: 'Podman', state: 'ok', detail: `version ${parsePodmanVersion(podman.stdout)}` }
      : { link: 'Podman', state: 'broken', detail: 'not found on PATH', fix: 'setup-podman-k3d up' },
  );

  const socketPath = await machineLink(context, links);
  await socketLinks(context, links, socketPath);

  if (target.clusterName) await clusterLinks(context, links, target, run);
  return links;
}

/** Adds the machine link (macOS) and returns the API socket path the setup should use. */
async function machineLink(context: SetupContext, links: LinkStatus[]): Promise<string | undefined> {
  if (context.platform.os !== 'darwin') {
    links.push({ link: 'Podman machine', state: 'not applicable', detail: 'Podman runs natively on Linux' });
    return linuxSocketPath(context);
  }

  const name = context.config.machineName;
  let machine: MachineInfo;
  try {
    machine = await inspectMachine(context, name);
  } catch (error) {
    links.push({ link: 'Podman machine', state: 'broken', detail: firstLine(describeError(error)), fix: 'setup-podman-k3d up' });
    return undefined;
  }

  const resources = `${machine.cpus ?? '?'} CPUs, ${machine.memoryMiB ?? '?'} MiB, ${machine.diskSizeGiB ?? '?'} GiB`;
  const detail = `${name}: ${machine.state}, ${machine.provider ?? 'provider unknown'}, ${machine.rootful ? 'rootful' : 'rootless'}, ${resources}`;
  links.push(
    machine.state === 'running'
      ? { link: 'Podman machine', state: 'ok', detail }
      : { link: 'Podman machine', state: 'broken', detail, fix: `podman machine start ${name}` },
  );
  return machine.socketPath;
}

async function socketLinks(context: SetupContext, links: LinkStatus[], socketPath: string | undefined): Promise<void> {
  const fix = 'setup-podman-k3d up';
  if (!socketPath) {
    links.push({ link: 'API socket', state: 'broken', detail: 'unknown: the machine reports no socket', fix });
  } else {
    const isSocket = await stat(socketPath).then((stats) => stats.isSocket(), () => false);
    const ping = isSocket ? await pingSocket(socketPath, 5000) : { ok: false as const, reason: 'missing' };
    links.push(
      ping.ok
        ? { link: 'API socket', state: 'ok', detail: `${socketPath} answers` }
        : { link: 'API socket', state: 'broken', detail: `${socketPath}: ${isSocket ? `does not answer (${ping.reason})` : 'does not exist'}`, fix },
    );
  }

  const expected = socketPath ? `unix://${socketPath}` : undefined;
  const dockerHost = context.platform.env.DOCKER_HOST;
  if (!dockerHost) {
    links.push({ link: 'DOCKER_HOST', state: 'broken', detail: 'not set in this shell', fix: 'eval "$(setup-podman-k3d env)"' });
  } else if (expected && dockerHost !== expected) {
    links.push({ link: 'DOCKER_HOST', state: 'broken', detail: `${dockerHost}, but the Podman socket is ${expected}`, fix: 'eval "$(setup-podman-k3d env)"' });
  } else {
    const reachable = dockerHost.startsWith('unix://') ? await pingSocket(dockerHost.slice('unix://'.length), 5000) : { ok: true as const };
    links.push(
      reachable.ok
        ? { link: 'DOCKER_HOST', state: 'ok', detail: dockerHost }
        : { link: 'DOCKER_HOST', state: 'broken', detail: `${dockerHost} does not answer (${reachable.reason})`, fix }
    );
  }

  if (!expected) {
    links.push({ link: 'Docker CLI → Podman', state: 'broken', detail: 'no socket to reach', fix });
    return;
  }
  const version = await runUnchecked(context, { argv: dockerArgv.version(), env: { DOCKER_HOST: expected, DOCKER_CONTEXT: undefined }, timeoutMs: 15_000, readOnly: true }).catch(() => undefined);
  const parsed = version?.stdout ? safe(() => parseDockerVersion(version.stdout)) : undefined;
  links.push(
    version?.exitCode === 0 && parsed?.podmanVersion
      ? { link: 'Docker CLI → Podman', state: 'ok', detail: `reaches Podman Engine ${parsed.podmanVersion} through ${expected}` }
      : { link: 'Docker CLI → Podman', state: 'broken', detail: firstLine(version?.stderr.trim() || 'no Podman Engine responded'), fix },
  );
}

async function clusterLinks(
  context: SetupContext,
  links: LinkStatus[],
  target: StatusTarget,
  run: (argv: string[], env?: Record<string, string | undefined>) => Promise<CommandResult | undefined>,
): Promise<void> {
  const name = target.clusterName ?? '';
  const socket = links.find((link) => link.link === 'API socket');
  const socketPath = socket?.state === 'ok' ? socket.detail.replace(/ answers$/, '') : undefined;
  if (!socketPath) {
    links.push({ link: 'k3d cluster', state: 'broken', detail: `${name}: cannot check without a Podman socket`, fix: 'setup-podman-k3d up' });
    return;
  }

  const dockerSock = context.platform.os === 'darwin' ? '/run/podman/podman.sock' : socketPath;
  const list = await run(k3dArgv.clusterList(), k3dEnv(`unix://${socketPath}`, dockerSock));
  const cluster = list?.exitCode === 0 ? safe(() => parseClusterList(list.stdout))?.find((entry) => entry.name === name) : undefined;
  if (!list || list.exitCode !== 0) {
    links.push({ link: 'k3d cluster', state: 'broken', detail: 'k3d is missing or cannot list clusters', fix: 'setup-podman-k3d up' });
  } else if (!cluster) {
    links.push({ link: 'k3d cluster', state: 'broken', detail: `${name} does not exist`, fix: 'setup-podman-k3d up' });
  } else if (!isClusterRunning(cluster)) {
    links.push({ link: 'k3d cluster', state: 'broken', detail: `${name} is stopped (${cluster.serversRunning}/${cluster.serversCount} servers running)`, fix: `k3d cluster start ${name}` });
  } else {
    links.push({ link: 'k3d cluster', state: 'ok', detail: `${name}: ${cluster.serversCount} servers, ${cluster.agentsCount} agents running` });
  }

  if (!target.kubeconfig) {
    links.push({ link: 'kube context', state: 'broken', detail: 'no kubeconfig recorded', fix: 'setup-podman-k3d up' });
    return;
  }
  const nodes = await run(kubectlArgv.getNodes(target.kubeconfig));
  const parsed = nodes?.exitCode === 0 ? safe(() => parseNodes(nodes.stdout)) : undefined;
  links.push(
    parsed
      ? { link: 'kube context', state: 'ok', detail: `k3d-${name} answers: ${parsed.filter((node) => node.ready).length}/${parsed.length} nodes Ready` }
      : { link: 'kube context', state: 'broken', detail: lastLine(nodes?.stderr.trim() || `kubectl cannot reach the API with ${target.kubeconfig}`), fix: `setup-podman-k3d up` },
  );
}

function safe<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}


/** kubectl logs its retries (klog lines) first and prints the reason last. */
function lastLine(text: string): string {
  return text.split('\n').at(-1) ?? text;
}
