// What the kubectl stand-in's commands share about a connected cluster: the resource type names
// it serves, whether the cluster is ready under the readiness faults, and the node addresses.

import { inspectContainer } from './k3d-docker.mjs';
import { nodeNames } from './k3d-kubectl-objects.mjs';
import { readyByModel } from './k3d-latency.mjs';
import { countNodesCall, nodesCallCount, readFaults } from './k3d-state.mjs';

/** Resource names and short names the stand-in accepts, mapped to the plural it works with. */
export const RESOURCES = {
  nodes: 'nodes', node: 'nodes', no: 'nodes',
  deployments: 'deployments', deployment: 'deployments', deploy: 'deployments', 'deployments.apps': 'deployments',
  pods: 'pods', pod: 'pods', po: 'pods',
  events: 'events', event: 'events', ev: 'events',
};

/**
 * Returns whether the cluster counts as ready now; `countCall` first counts one `get nodes` call.
 * With notReadyCalls N > 0 the cluster turns ready at the (N+1)th `get nodes` call, and other
 * commands report what the last `get nodes` call reported.
 */
export function clusterReady(dir, record, countCall) {
  const faults = readFaults(dir, 'kubectl');
  const calls = countCall ? countNodesCall(dir, record.name) : nodesCallCount(dir, record.name);
  if (!readyByModel(dir, record, countCall)) return false;
  if (faults.neverReady === true) return false;
  const notReadyCalls = Number(faults.notReadyCalls ?? 0);
  return notReadyCalls <= 0 || calls > notReadyCalls;
}

/** Returns each node's address on the cluster network, by node name ('' when it has none). */
export function nodeAddresses(record) {
  const ips = {};
  for (const name of nodeNames(record)) {
    const details = inspectContainer(name, record.dockerHost);
    ips[name] = details?.NetworkSettings?.Networks?.[record.network]?.IPAddress ?? '';
  }
  return ips;
}
