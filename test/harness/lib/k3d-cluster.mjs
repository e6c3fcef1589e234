// `k3d cluster list|start|stop|delete` and `k3d kubeconfig get|write|merge` of the stand-in,
// following k3d v5.8.3 (cmd/cluster/*.go, cmd/kubeconfig/*.go, pkg/client/cluster.go). Each
// command reads the real containers back through `docker`, so a node stopped with `docker stop`
// shows as not running.

import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

import { clusterJson } from './k3d-nodes.mjs';
import { renderKubeconfig } from './k3d-kubeconfig.mjs';
import {
  DockerError,
  RuntimeUnreachable,
  allK3dContainers,
  clusterContainers,
  deleteClusterResources,
  docker,
  dockerHostOrUnreachable,
  gatherEnvironmentInfo,
  labelsOf,
  nameOf,
  networkMembers,
  startNodeContainer,
} from './k3d-runtime.mjs';
import { readClusterRecord, removeClusterRecord } from './k3d-state.mjs';
import { printTable } from './k3d-util.mjs';

export const LIST_FLAGS = {
  'no-headers': { type: 'bool', default: false },
  token: { type: 'bool', default: false },
  output: { type: 'string', short: 'o', default: '' },
};
export const START_FLAGS = {
  all: { type: 'bool', short: 'a', default: false },
  wait: { type: 'bool', default: true },
  timeout: { type: 'duration', default: 0 },
};
export const STOP_FLAGS = { all: { type: 'bool', short: 'a', default: false } };
export const DELETE_FLAGS = { all: { type: 'bool', short: 'a', default: false }, config: { type: 'string', short: 'c' } };
export const KUBECONFIG_GET_FLAGS = { all: { type: 'bool', short: 'a', default: false } };
export const KUBECONFIG_WRITE_FLAGS = {
  all: { type: 'bool', short: 'a', default: false },
  output: { type: 'string', short: 'o', default: '' },
};

const DEFAULT_CLUSTER = 'k3s-default';
const NO_NODES_FOUND = 'No nodes found for given cluster';

/** Returns DOCKER_HOST, logging the runtime error k3d logs when it cannot reach the runtime. */
function runtimeHost(log, name) {
  try {
    return dockerHostOrUnreachable();
  } catch (error) {
    if (!(error instanceof RuntimeUnreachable)) throw error;
    const target = name === undefined ? 'map[app:k3d]' : `map[k3d.cluster:${name}]`;
    log.error(
      `Failed to get nodes for cluster '${name ?? ''}': docker failed to get containers with labels '${target}': failed to list containers: ${error.message}`,
    );
    return undefined;
  }
}

/** Returns the containers of cluster `name` (k3d's ClusterGet), or exits with k3d's FATA line. */
function getClusterOrFatal(log, name) {
  const dockerHost = runtimeHost(log, name);
  const containers = dockerHost === undefined ? undefined : clusterContainers(log, name, dockerHost);
  if (!containers || containers.length === 0) log.fatal(NO_NODES_FOUND);
  return { containers, dockerHost };
}

/** Groups every k3d cluster container by its k3d.cluster label (k3d's ClusterList). */
function listAllClusters(log) {
  const dockerHost = dockerHostOrUnreachableOrFatal(log);
  let containers;
  try {
    containers = allK3dContainers(dockerHost);
  } catch (error) {
    log.fatal(error.message);
  }
  const byCluster = new Map();
  for (const details of containers) {
    const labels = labelsOf(details);
    if (!['server', 'agent', 'loadbalancer'].includes(labels['k3d.role'])) continue;
    const name = labels['k3d.cluster'] ?? '';
    byCluster.set(name, [...(byCluster.get(name) ?? []), details]);
  }
  return { byCluster, dockerHost };
}

function dockerHostOrUnreachableOrFatal(log) {
  try {
    return dockerHostOrUnreachable();
  } catch (error) {
    if (!(error instanceof RuntimeUnreachable)) throw error;
    log.fatal(`runtime failed to list nodes: docker failed to get containers with labels 'map[app:k3d]': failed to list containers: ${error.message}`);
  }
  return undefined;
}

export function clusterList(context, parsed) {
  const { log } = context;
  const format = parsed.flags.output.toLowerCase();
  let entries;
  if (parsed.args.length === 0) {
    const { byCluster } = listAllClusters(log);
    entries = [...byCluster.entries()].map(([name, containers]) => clusterJson(name, containers, false));
  } else {
    entries = parsed.args.map((name) => clusterJson(name, getClusterOrFatal(log, name).containers, true));
  }
  entries.sort((left, right) => left.name.localeCompare(right.name));

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(entries)}\n`);
    return;
  }
  if (format === 'yaml') {
    // NOTE: k3d prints YAML through sigs.k8s.io/yaml; the stand-in supports JSON and the table.
    log.fatal('the k3d stand-in does not support -o yaml; use -o json');
  }
  const rows = parsed.flags['no-headers'] ? [] : [['NAME', 'SERVERS', 'AGENTS', 'LOADBALANCER', ...(parsed.flags.token ? ['TOKEN'] : [])]];
  for (const entry of entries) {
    rows.push([
      entry.name,
      `${entry.serversRunning}/${entry.serversCount}`,
      `${entry.agentsRunning}/${entry.agentsCount}`,
      String(Boolean(entry.hasLoadbalancer)),
      ...(parsed.flags.token ? [entry.nodes[0]?.runtimeLabels?.['k3d.cluster.token'] ?? ''] : []),
    ]);
  }
  printTable(rows);
}

/** Returns the clusters a start/stop/delete acts on: --all, the names given, or k3s-default. */
function selectedClusters(log, parsed) {
  if (parsed.flags.all) {
    const { byCluster } = listAllClusters(log);
    return [...byCluster.keys()];
  }
  return parsed.args.length > 0 ? parsed.args : [DEFAULT_CLUSTER];
}

export function clusterStart(context, parsed) {
  const { log } = context;
  const names = selectedClusters(log, parsed);
  if (names.length === 0) log.info('No clusters found');
  for (const name of names) {
    const { containers, dockerHost } = getClusterOrFatal(log, name);
    const network = labelsOf(containers[0])['k3d.cluster.network'];
    const imageVolume = labelsOf(containers[0])['k3d.cluster.imageVolume'];
    try {
      gatherEnvironmentInfo(log, name, network, imageVolume, dockerHost);
    } catch (error) {
      log.fatal(`failed to gather info about cluster environment: failed to gather environment information used for cluster creation: ${error.message}`);
    }
    log.info(`Starting cluster '${name}'`);
    const stopped = (role) => containers.filter((details) => labelsOf(details)['k3d.role'] === role && !details.State?.Running);
    const servers = stopped('server').sort((left, right) => nameOf(left).localeCompare(nameOf(right)));
    const agents = stopped('agent');
    const helpers = containers.filter((details) => !['server', 'agent'].includes(labelsOf(details)['k3d.role']) && !details.State?.Running);
    try {
      if (servers.length > 0) {
        log.info('Starting servers...');
        for (const server of servers) startNodeContainer(log, nameOf(server), dockerHost);
      } else {
        log.info('All servers already running.');
      }
      if (agents.length > 0) {
        log.info('Starting agents...');
        for (const agent of agents) startNodeContainer(log, nameOf(agent), dockerHost);
      } else {
        log.info('All agents already running.');
      }
      if (helpers.length > 0) {
        log.info('Starting helpers...');
        for (const helper of helpers) startNodeContainer(log, nameOf(helper), dockerHost);
      } else {
        log.info('All helpers already running.');
      }
    } catch (error) {
      log.fatal(error.message);
    }
    if (servers.length > 0 || agents.length > 0) {
      const members = network ? networkMembers(network, dockerHost).length : 0;
      log.info(`Injecting records for hostAliases (incl. host.k3d.internal) and for ${members} network members into CoreDNS configmap...`);
    }
    log.info(`Started cluster '${name}'`);
  }
}

export function clusterStop(context, parsed) {
  const { log } = context;
  const names = selectedClusters(log, parsed);
  if (names.length === 0) log.info('No clusters found');
  for (const name of names) {
    const { containers, dockerHost } = getClusterOrFatal(log, name);
    log.info(`Stopping cluster '${name}'`);
    let failed = 0;
    for (const details of containers) {
      try {
        docker(['stop', nameOf(details)], dockerHost);
      } catch (error) {
        if (!(error instanceof DockerError)) throw error;
        log.warn(`Failed to stop node '${nameOf(details)}': Try to stop it manually`);
        failed += 1;
      }
    }
    if (failed > 0) log.fatal(`Failed to stop ${failed} nodes: Try to stop them manually`);
    log.info(`Stopped cluster '${name}'`);
  }
}

export function clusterDelete(context, parsed) {
  const { log, dir } = context;
  let names;
  if (parsed.flags.all) {
    log.info('Deleting all clusters...');
    names = [...listAllClusters(log).byCluster.keys()];
  } else {
    names = parsed.args.length > 0 ? parsed.args : [DEFAULT_CLUSTER];
  }

  const found = [];
  for (const name of names) {
    const dockerHost = runtimeHost(log, name);
    const containers = dockerHost === undefined ? undefined : clusterContainers(log, name, dockerHost);
    if (!containers || containers.length === 0) {
      log.info(`No nodes found for cluster '${name}', nothing to delete.`);
      continue;
    }
    found.push({ name, containers, dockerHost });
  }
  if (found.length === 0) {
    log.info('No clusters found');
    return;
  }
  for (const { name, containers, dockerHost } of found) {
    log.info(`Deleting cluster '${name}'`);
    const failed = deleteClusterResources(log, name, containers, dockerHost);
    if (failed > 0) log.fatal(`Failed to delete ${failed} nodes: Try to delete them manually`);
    removeClusterRecord(dir, name);
    log.info('Removing cluster details from default kubeconfig...');
    log.info('Removing standalone kubeconfig file (if there is one)...');
    log.info(`Successfully deleted cluster ${name}!`);
  }
}

/** Returns the kubeconfig of an existing cluster, or undefined after logging k3d's error. */
function kubeconfigOf(log, dir, name, containers) {
  const record = readClusterRecord(dir, name);
  if (!record) {
    log.error(`failed to get kubeconfig from node '${nameOf(containers[0])}': the k3d stand-in has no record of cluster '${name}'`);
    return undefined;
  }
  // k3d reads host and port from the server node's labels at the time of the call.
  const server = containers.find((details) => labelsOf(details)['k3d.role'] === 'server');
  const port = labelsOf(server ?? containers[0])['k3d.server.api.port'];
  return renderKubeconfig({ ...record, apiPort: port ? Number(port) : record.apiPort });
}

function kubeconfigTargets(log, parsed) {
  if ((parsed.args.length < 1 && !parsed.flags.all) || (parsed.args.length > 0 && parsed.flags.all)) {
    process.stderr.write('Error: Need to specify one or more cluster names *or* set `--all` flag\n');
    log.fatal('Need to specify one or more cluster names *or* set `--all` flag');
  }
  return parsed.flags.all ? [...listAllClusters(log).byCluster.keys()] : parsed.args;
}

export function kubeconfigGet(context, parsed) {
  const { log, dir } = context;
  const clusters = kubeconfigTargets(log, parsed).map((name) => ({ name, ...getClusterOrFatal(log, name) }));
  let failed = false;
  for (const { name, containers } of clusters) {
    process.stdout.write('---\n');
    const yaml = kubeconfigOf(log, dir, name, containers);
    if (yaml === undefined) failed = true;
    else process.stdout.write(yaml);
  }
  if (failed) process.exit(1);
}

/** `k3d kubeconfig write|merge`: writes kubeconfig-NAME.yaml and prints only its path. */
export function kubeconfigWrite(context, parsed) {
  const { log, dir } = context;
  for (const name of kubeconfigTargets(log, parsed)) {
    const { containers } = getClusterOrFatal(log, name);
    const yaml = kubeconfigOf(log, dir, name, containers);
    if (yaml === undefined) process.exit(1);
    const configDir = process.env.XDG_CONFIG_HOME || join(homedir(), '.config', 'k3d');
    const path = parsed.flags.output || join(configDir, `kubeconfig-${name}.yaml`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, yaml, { mode: 0o600 });
    process.stdout.write(`${path}\n`);
  }
}
