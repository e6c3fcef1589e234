// Cluster pieces the k3d stand-in makes and removes through the real Docker CLI: the cluster
// network, the image volume, node containers, the k3d-tools helper, and the rollback/delete path.
// Log lines and error wrapping follow k3d v5.8.3 (pkg/client/cluster.go, node.go, and
// pkg/runtimes/docker). A comment marks each wrapping chain rebuilt by hand.

import { statSync } from 'node:fs';

import { DEFAULT_DOCKER_HOST, DockerError, docker, inspectContainer, inspectContainersByLabels, labelsOf, nameOf } from './k3d-docker.mjs';
import { K3D_VERSION } from './k3d-nodes.mjs';
import { parseGoBool } from './k3d-log.mjs';

/** Image the node containers really run; the requested k3s image is only recorded as a label. */
export function nodeImage() {
  return process.env.FAKE_K3D_NODE_IMAGE || 'localhost/busybox:test';
}

/** The placeholder process of every node container. */
export const NODE_COMMAND = ['/bin/sleep', '3600'];

/** Mount point of the image volume inside k3d nodes. */
const IMAGE_VOLUME_MOUNT = '/k3d/images';

export class RuntimeUnreachable extends Error {}

/**
 * Returns the DOCKER_HOST k3d would talk to. NOTE: real k3d falls back to the Docker client's
 * default socket or a docker context when DOCKER_HOST is unset. The stand-in reports that default
 * socket as unreachable instead, so it never touches another daemon.
 */
export function dockerHostOrUnreachable() {
  const host = process.env.DOCKER_HOST;
  if (!host) {
    throw new RuntimeUnreachable(`Cannot connect to the Docker daemon at ${DEFAULT_DOCKER_HOST}. Is the docker daemon running?`);
  }
  return host;
}

/**
 * Returns k3d's DOCKER_SOCK: the daemon-side socket path k3d bind-mounts into k3d-tools.
 * NOTE: real k3d falls back to /var/run/docker.sock when it is unset, which on Podman fails
 * later ("mkdir /var/run/docker.sock: permission denied" rootless); the stand-in fails at once,
 * so tests catch a product that does not export DOCKER_SOCK.
 */
export function dockerSock(log) {
  const sock = process.env.DOCKER_SOCK;
  log.debug(`DOCKER_SOCK=${sock ?? '/var/run/docker.sock'}`);
  if (!sock) {
    throw new Error(
      "failed to run k3d-tools node: DOCKER_SOCK is not set, so k3d would bind-mount /var/run/docker.sock, which the Podman host does not have: Error response from daemon: mkdir /var/run/docker.sock: permission denied",
    );
  }
  return sock;
}

/** Returns whether `path` is a Unix socket on this machine; the stand-in bind-mounts only sockets. */
function isSocket(path) {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/**
 * Returns the containers of cluster `name` (by label k3d.cluster=NAME). On a runtime error it logs
 * k3d's ERRO line and returns undefined, which callers treat as "No nodes found", as k3d does.
 */
export function clusterContainers(log, name, dockerHost) {
  try {
    return inspectContainersByLabels({ 'k3d.cluster': name }, dockerHost).filter((details) => labelsOf(details)['k3d.role'] !== 'noRole');
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    log.error(`Failed to get nodes for cluster '${name}': docker failed to get containers with labels 'map[k3d.cluster:${name}]': failed to list containers: ${error.detail}`);
    return undefined;
  }
}

/** Returns every k3d-managed container (label app=k3d); throws k3d's wording on a runtime error. */
export function allK3dContainers(dockerHost) {
  try {
    return inspectContainersByLabels({ app: 'k3d' }, dockerHost);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    throw new Error(`runtime failed to list nodes: docker failed to get containers with labels 'map[app:k3d]': failed to list containers: ${error.detail}`);
  }
}

/** Finds a k3d node container by name, with or without the "k3d-" prefix, as k3d's GetNode does. */
export function findNode(name, dockerHost) {
  const candidates = name.startsWith('k3d-') ? [name] : [`k3d-${name}`, name];
  for (const candidate of candidates) {
    const details = inspectContainer(candidate, dockerHost);
    if (details && labelsOf(details).app === 'k3d') return details;
  }
  return undefined;
}

/** Creates network `name` unless it exists; returns { id, created }. */
export function ensureNetwork(log, name, cluster, dockerHost) {
  let existing;
  try {
    existing = JSON.parse(docker(['network', 'ls', '--no-trunc', '--filter', `name=^${name}$`, '--format', '{{json .}}'], dockerHost).trim().split('\n').filter(Boolean)[0] ?? 'null');
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    throw new Error(
      `Failed Cluster Preparation: Failed Network Preparation: failed to create cluster network: failed to check for duplicate docker networks: docker failed to list networks: ${error.detail}`,
    );
  }
  if (existing) {
    log.info(`Re-using existing network '${name}' (${existing.ID})`);
    return { id: existing.ID, created: false };
  }
  const id = docker(['network', 'create', '--label', 'app=k3d', '--label', `k3d.cluster=${cluster}`, name], dockerHost).trim();
  log.info(`Created network '${name}'`);
  return { id, created: true };
}

/** Returns the gateway address of network `name`, or an empty string when it has none. */
export function networkGateway(name, dockerHost) {
  try {
    const [network] = JSON.parse(docker(['network', 'inspect', name], dockerHost));
    return network?.IPAM?.Config?.[0]?.Gateway ?? '';
  } catch (error) {
    if (error instanceof DockerError) return '';
    throw error;
  }
}

/** Returns the names of the containers attached to network `name`. */
export function networkMembers(name, dockerHost) {
  try {
    const [network] = JSON.parse(docker(['network', 'inspect', name], dockerHost));
    return Object.values(network?.Containers ?? {}).map((member) => member.Name);
  } catch (error) {
    if (error instanceof DockerError) return [];
    throw error;
  }
}

export function createImageVolume(log, cluster, dockerHost) {
  const volume = `k3d-${cluster}-images`;
  try {
    docker(['volume', 'create', '--label', 'app=k3d', '--label', `k3d.cluster=${cluster}`, volume], dockerHost);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    throw new Error(`Failed Cluster Preparation: Failed Image Volume Preparation: failed to create image volume '${volume}' for cluster '${cluster}': ${error.detail}`);
  }
  log.info(`Created image volume ${volume}`);
  return volume;
}

/** Returns whether k3d runs containers with an init process (off with K3D_DEBUG_DISABLE_DOCKER_INIT=true). */
function useInit() {
  return parseGoBool(process.env.K3D_DEBUG_DISABLE_DOCKER_INIT) !== true;
}

/**
 * Creates (does not start) a node container. `spec`: { name, role, network, labels, env, ports,
 * volumes, command } with `command` the k3s command line recorded for listings.
 */
export function createNodeContainer(spec, dockerHost) {
  const args = ['create', '--name', spec.name, '--hostname', spec.name, '--restart', 'unless-stopped'];
  // NOTE: the placeholder process ignores SIGTERM, where k3s stops on it; a one-second stop
  // timeout keeps `docker stop` as quick as stopping a real node.
  args.push('--stop-timeout', '1');
  if (useInit()) args.push('--init');
  if (spec.network) args.push('--network', spec.network);
  const labels = { app: 'k3d', 'k3d.version': K3D_VERSION, ...spec.labels, 'k3d.role': spec.role };
  for (const [key, value] of Object.entries(labels)) args.push('--label', `${key}=${value}`);
  if (spec.command) args.push('--label', `fake.k3d.command=${JSON.stringify(spec.command)}`);
  for (const variable of spec.env ?? []) args.push('-e', variable);
  for (const volume of spec.volumes ?? []) args.push('-v', volume);
  for (const port of spec.ports ?? []) args.push('-p', port);
  args.push(nodeImage(), ...NODE_COMMAND);
  try {
    docker(args, dockerHost);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    // Wrapping rebuilt from NodeCreate and the docker runtime's CreateNode.
    throw new Error(
      `runtime failed to create node '${spec.name}': failed to create container for node '${spec.name}': docker failed to create container '${spec.name}': ${error.detail}`,
    );
  }
}

/** Starts a node container, logging k3d v5.8's "Starting node" line first. */
export function startNodeContainer(log, name, dockerHost) {
  log.info(`Starting node '${name}'`);
  try {
    docker(['start', name], dockerHost);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    throw new Error(`runtime failed to start node '${name}': docker failed to start container for node '${name}': ${error.detail}`);
  }
}

/**
 * Runs the k3d-tools helper the way k3d gathers environment info: a container on the cluster
 * network that bind-mounts DOCKER_SOCK. Returns the network's gateway address (k3d's host IP)
 * and removes the helper afterwards. Throws when DOCKER_SOCK is unset or the container fails.
 */
export function gatherEnvironmentInfo(log, cluster, network, imageVolume, dockerHost) {
  const name = `k3d-${cluster}-tools`;
  log.info('Using the k3d-tools node to gather environment information');
  log.info('Starting new tools node...');
  const sock = dockerSock(log);
  const args = ['run', '-d', '--name', name, '--stop-timeout', '1', '--label', 'app=k3d', '--label', `k3d.cluster=${cluster}`];
  args.push('--label', 'k3d.role=noRole', '--label', `k3d.version=${K3D_VERSION}`);
  if (network) args.push('--network', network);
  if (imageVolume) args.push('-v', `${imageVolume}:${IMAGE_VOLUME_MOUNT}`);
  // The daemon-side path may belong to a VM that the harness only simulates, and Podman creates a
  // directory for a missing bind-mount source. So the stand-in mounts the socket only when it is
  // the one DOCKER_HOST reaches: a socket of another process could vanish before the mount.
  if (dockerHost === `unix://${sock}` && isSocket(sock)) args.push('-v', `${sock}:/var/run/docker.sock`);
  args.push(nodeImage(), ...NODE_COMMAND);
  try {
    docker(['rm', '-f', name], dockerHost);
    log.info(`Starting node '${name}'`);
    docker(args, dockerHost);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    docker(['rm', '-f', name], dockerHost);
    // Wrapping rebuilt from EnsureToolsNode and NodeRun.
    throw new Error(
      `failed to run k3d-tools node for cluster '${cluster}': failed to create node '${name}': runtime failed to create node '${name}': failed to create container for node '${name}': docker failed to create container '${name}': ${error.detail}`,
    );
  }
  const gateway = network ? networkGateway(network, dockerHost) : '';
  if (gateway) log.info(`HostIP: using network gateway ${gateway} address`);
  docker(['rm', '-f', name], dockerHost);
  return gateway;
}

/**
 * Deletes a cluster's resources the way k3d's ClusterDelete does after its "Deleting cluster"
 * line: every node container, then the cluster network unless it is external (registries attached
 * to it are disconnected first), then the image volume. Returns how many nodes failed to delete.
 */
export function deleteClusterResources(log, name, containers, dockerHost) {
  const labels = containers.map(labelsOf);
  const network = labels.find((entry) => entry['k3d.cluster.network'])?.['k3d.cluster.network'];
  const external = labels.some((entry) => entry['k3d.cluster.network.external'] === 'true');
  const volume = labels.find((entry) => entry['k3d.cluster.imageVolume'])?.['k3d.cluster.imageVolume'];

  let failed = 0;
  const helpers = inspectContainersByLabels({ 'k3d.cluster': name, 'k3d.role': 'noRole' }, dockerHost);
  for (const details of [...containers, ...helpers]) {
    try {
      docker(['rm', '-f', '-v', nameOf(details)], dockerHost);
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      log.error(`docker failed to remove the container '${nameOf(details)}': ${error.detail}`);
      log.warn(`Failed to delete node '${nameOf(details)}': Try to delete it manually`);
      failed += 1;
    }
  }

  if (network && !external) {
    log.info(`Deleting cluster network '${network}'`);
    for (const member of networkMembers(network, dockerHost)) {
      const details = inspectContainer(member, dockerHost);
      if (details && labelsOf(details)['k3d.role'] === 'registry') docker(['network', 'disconnect', network, member], dockerHost);
    }
    try {
      docker(['network', 'rm', network], dockerHost);
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      log.warn(`Failed to delete cluster network '${network}': '${error.detail}'`);
    }
  }

  const volumes = volume ? [volume] : [];
  log.info(`Deleting ${volumes.length} attached volumes...`);
  for (const entry of volumes) {
    try {
      docker(['volume', 'rm', '-f', entry], dockerHost);
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      log.warn(`Failed to delete volume '${entry}' of cluster '${name}': ${error.detail} -> Try to delete it manually`);
    }
  }
  return failed;
}

export { DockerError, docker, inspectContainer, labelsOf, nameOf };
