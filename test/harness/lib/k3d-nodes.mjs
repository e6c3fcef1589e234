// Turns `docker inspect` output of the stand-in's containers into the JSON `k3d cluster list -o json`
// prints. Field names, order and omissions follow Go's encoding/json over k3d v5's types.Node and
// types.Cluster, as cmd/cluster/clusterList.go and pkg/runtimes/docker/translate.go fill them.
// So only k3d.* labels are kept, `image` is the container's image ID, `State.Started` stays
// empty, and `IP` is the address on the cluster network. Source: k3d-io/k3d pkg/types/types.go.

import { labelsOf, nameOf } from './k3d-docker.mjs';

/** Labels every k3d container carries (k3d's DefaultRuntimeLabels and DefaultRuntimeLabelsVar). */
export const K3D_VERSION = 'v5.8.3';
export const K3S_VERSION = 'v1.31.5-k3s1';
export const DEFAULT_K3S_IMAGE = `docker.io/rancher/k3s:${K3S_VERSION}`;

/** Stand-in bookkeeping labels. They do not start with "k3d", so listings drop them as k3d does. */
export const LABEL_REQUESTED_IMAGE = 'fake.k3d.image';
export const LABEL_K3S_COMMAND = 'fake.k3d.command';

const ROLES = new Set(['server', 'agent', 'loadbalancer', 'registry']);

/** The stand-in lists a cluster's nodes as servers, agents, then helpers, each sorted by name. */
const ROLE_ORDER = { server: 0, agent: 1, loadbalancer: 2, registry: 3 };

export function sortNodes(details) {
  return [...details].sort((left, right) => {
    const byRole = (ROLE_ORDER[labelsOf(left)['k3d.role']] ?? 9) - (ROLE_ORDER[labelsOf(right)['k3d.role']] ?? 9);
    return byRole !== 0 ? byRole : nameOf(left).localeCompare(nameOf(right));
  });
}

function k3dLabels(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => key.startsWith('k3d')));
}

/** Returns the k3d node JSON of one container. */
export function nodeJson(details) {
  const labels = labelsOf(details);
  const runtimeLabels = k3dLabels(labels);
  const state = details.State ?? {};
  const role = ROLES.has(labels['k3d.role']) ? labels['k3d.role'] : '';
  const networkName = runtimeLabels['k3d.cluster.network'];
  const network = networkName ? details.NetworkSettings?.Networks?.[networkName] : undefined;
  const ip = network?.IPAddress ?? '';

  let command = details.Config?.Cmd ?? null;
  if (labels[LABEL_K3S_COMMAND]) command = JSON.parse(labels[LABEL_K3S_COMMAND]);

  const node = { name: nameOf(details), role, image: details.Image ?? '' };
  const binds = details.HostConfig?.Binds;
  if (Array.isArray(binds) && binds.length > 0) node.volumes = binds;
  const env = details.Config?.Env;
  if (Array.isArray(env) && env.length > 0) node.env = env;
  node.Cmd = command;
  const ports = details.HostConfig?.PortBindings;
  if (ports && Object.keys(ports).length > 0) node.portMappings = ports;
  const restartPolicy = details.HostConfig?.RestartPolicy?.Name;
  if (restartPolicy === 'always' || restartPolicy === 'unless-stopped') node.restart = true;
  if (details.Created) node.created = details.Created;
  if (Object.keys(runtimeLabels).length > 0) node.runtimeLabels = runtimeLabels;
  node.Networks = orderedNetworks(details, labels['k3d.cluster']);
  node.ExtraHosts = null;
  node.serverOpts = {
    kubeAPI: {
      Port: '',
      Binding: { HostIp: runtimeLabels['k3d.server.api.hostIP'] ?? '', HostPort: runtimeLabels['k3d.server.api.port'] ?? '' },
      ...(runtimeLabels['k3d.server.api.host'] ? { host: runtimeLabels['k3d.server.api.host'] } : {}),
    },
  };
  node.agentOpts = {};
  node.GPURequest = '';
  node.Memory = '';
  node.State = { Running: Boolean(state.Running), Status: state.Status ?? '', Started: '' };
  node.IP = { IP: state.Running ? ip : '', Static: false };
  node.K3dEntrypoint = false;
  return node;
}

/** Lists the container's networks with the cluster network (k3d-NAME...) first, as k3d orders them. */
function orderedNetworks(details, cluster) {
  const names = Object.keys(details.NetworkSettings?.Networks ?? {});
  const prefix = `k3d-${cluster}`;
  return [...names.filter((name) => name.startsWith(prefix)), ...names.filter((name) => !name.startsWith(prefix))];
}

/**
 * Returns one entry of `k3d cluster list -o json`. `withDetails` adds what only `cluster list NAME`
 * (k3d's ClusterGet) fills in: the load balancer with its config, and the cluster's volumes.
 */
export function clusterJson(name, containers, withDetails) {
  const nodes = sortNodes(containers).map(nodeJson);
  const labels = containers.map(labelsOf);
  const networkLabel = labels.find((entry) => entry['k3d.cluster.network'])?.['k3d.cluster.network'] ?? '';
  const external = labels.find((entry) => entry['k3d.cluster.network.external'] !== undefined)?.['k3d.cluster.network.external'] === 'true';
  const imageVolume = labels.find((entry) => entry['k3d.cluster.imageVolume'])?.['k3d.cluster.imageVolume'] ?? '';

  const entry = {
    name,
    network: { name: networkLabel, id: '', ...(external ? { isExternal: true } : {}), ipam: { ipPrefix: '', Managed: false }, Members: null },
    nodes,
    InitNode: null,
  };

  const loadbalancer = nodes.find((node) => node.role === 'loadbalancer');
  if (withDetails && loadbalancer) {
    const servers = nodes.filter((node) => node.role === 'server').map((node) => node.name);
    // NOTE: real k3d reads this config from the load balancer's /etc/confd/values.yaml; the
    // stand-in rebuilds the default one (API port 6443 to every server).
    entry.serverLoadBalancer = { ...loadbalancer, config: { ports: { '6443.tcp': servers }, settings: { workerConnections: 1024 } } };
  }
  if (imageVolume) entry.imageVolume = imageVolume;
  if (withDetails && imageVolume) entry.volumes = [imageVolume];

  const count = (role, running) => nodes.filter((node) => node.role === role && (!running || node.State.Running)).length;
  entry.serversRunning = count('server', true);
  entry.serversCount = count('server', false);
  entry.agentsRunning = count('agent', true);
  entry.agentsCount = count('agent', false);
  if (loadbalancer) entry.hasLoadbalancer = true;
  return entry;
}
