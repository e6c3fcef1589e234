// Kubernetes objects the kubectl stand-in reports for a stand-in k3d cluster: its nodes
// (k3d-NAME-server-N, k3d-NAME-agent-N), the kube-system deployments and pods k3s v1.31 ships
// (coredns, local-path-provisioner, metrics-server, traefik, minus those disabled with
// --disable=...), and the events of its nodes. Shapes follow `kubectl get -o json` of Kubernetes
// v1.31: a List of items with metadata, spec and status, node conditions with type Ready.

import { createHash } from 'node:crypto';

const K3S_VERSION = 'v1.31.5+k3s1';
const CONTAINER_RUNTIME = 'containerd://1.7.23-k3s2';

/** kube-system deployments of k3s and the --disable component that removes each. */
const K3S_DEPLOYMENTS = [
  { name: 'coredns', component: 'coredns', image: 'rancher/mirrored-coredns-coredns:1.12.0', label: { 'k8s-app': 'kube-dns' } },
  { name: 'local-path-provisioner', component: 'local-storage', image: 'rancher/local-path-provisioner:v0.0.30', label: { app: 'local-path-provisioner' } },
  { name: 'metrics-server', component: 'metrics-server', image: 'rancher/mirrored-metrics-server:v0.7.2', label: { 'k8s-app': 'metrics-server' } },
  { name: 'traefik', component: 'traefik', image: 'rancher/mirrored-library-traefik:3.3.2', label: { 'app.kubernetes.io/name': 'traefik' } },
];

/** Returns a short lowercase hash like the suffixes Kubernetes gives generated names. */
function suffix(seed, length) {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const digest = createHash('sha256').update(seed).digest();
  let text = '';
  for (let index = 0; index < length; index += 1) text += alphabet[digest[index] % alphabet.length];
  return text;
}

function uid(seed) {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Components listed in `--disable=a,b` k3s args of the cluster's servers. */
export function disabledComponents(k3sArgs) {
  const disabled = new Set();
  for (const flag of k3sArgs ?? []) {
    const value = flag.split('@')[0];
    const match = /^--disable=(.+)$/.exec(value);
    if (match) for (const component of match[1].split(',')) disabled.add(component.trim());
  }
  return disabled;
}

/** Node names of a cluster record, servers first. */
export function nodeNames(record) {
  const names = [];
  for (let index = 0; index < record.servers; index += 1) names.push(`k3d-${record.name}-server-${index}`);
  for (let index = 0; index < record.agents; index += 1) names.push(`k3d-${record.name}-agent-${index}`);
  return names;
}

function condition(type, status, reason, message, time) {
  return { lastHeartbeatTime: time, lastTransitionTime: time, message, reason, status, type };
}

/** Builds the v1 Node objects; `ready` decides the Ready condition. `ips` maps node name to address. */
export function nodeObjects(record, ready, ips) {
  const created = record.createdAt.replace(/\.\d+Z$/, 'Z');
  return nodeNames(record).map((name, index) => {
    const server = name.includes('-server-');
    const labels = {
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/instance-type': 'k3s',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': name,
      'kubernetes.io/os': 'linux',
      'node.kubernetes.io/instance-type': 'k3s',
    };
    if (server) {
      labels['node-role.kubernetes.io/control-plane'] = 'true';
      labels['node-role.kubernetes.io/master'] = 'true';
    }
    const podCIDR = `10.42.${index}.0/24`;
    const readyCondition = ready
      ? condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status', created)
      : condition(
          'Ready',
          'False',
          'KubeletNotReady',
          'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
          created,
        );
    return {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        annotations: {
          'alpha.kubernetes.io/provided-node-ip': ips[name] ?? '',
          'k3s.io/hostname': name,
          'k3s.io/internal-ip': ips[name] ?? '',
          'k3s.io/node-args': JSON.stringify([server ? 'server' : 'agent']),
          'node.alpha.kubernetes.io/ttl': '0',
          'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
        },
        creationTimestamp: created,
        finalizers: ['wrangler.cattle.io/node'],
        labels,
        name,
        resourceVersion: String(500 + index),
        uid: uid(`${record.name}/${name}/${record.createdAt}`),
      },
      spec: { podCIDR, podCIDRs: [podCIDR], providerID: `k3s://${name}`, ...(ready ? {} : { taints: [{ effect: 'NoSchedule', key: 'node.kubernetes.io/not-ready' }] }) },
      status: {
        addresses: [
          { address: ips[name] ?? '', type: 'InternalIP' },
          { address: name, type: 'Hostname' },
        ],
        allocatable: { cpu: '2', 'ephemeral-storage': '49255941901', memory: '24563320Ki', pods: '110' },
        capacity: { cpu: '2', 'ephemeral-storage': '50620216Ki', memory: '24563320Ki', pods: '110' },
        conditions: [
          condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available', created),
          condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure', created),
          condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available', created),
          readyCondition,
        ],
        daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
        nodeInfo: {
          architecture: 'amd64',
          bootID: uid(`boot/${name}`),
          containerRuntimeVersion: CONTAINER_RUNTIME,
          kernelVersion: '6.1.0-k3d-stand-in',
          kubeProxyVersion: K3S_VERSION,
          kubeletVersion: K3S_VERSION,
          machineID: '',
          operatingSystem: 'linux',
          osImage: 'K3s v1.31.5+k3s1',
          systemUUID: uid(`system/${name}`),
        },
      },
    };
  });
}

/** Returns the kube-system deployments of the cluster, each with a ReplicaSet hash for its pods. */
function deploymentSpecs(record) {
  const disabled = disabledComponents(record.k3sArgs);
  return K3S_DEPLOYMENTS.filter((spec) => !disabled.has(spec.component)).map((spec) => ({
    ...spec,
    replicaSetHash: suffix(`${record.name}/${spec.name}/rs`, 9),
  }));
}

/** Builds the apps/v1 Deployment objects; `available` decides their status. */
export function deploymentObjects(record, available) {
  const created = record.createdAt.replace(/\.\d+Z$/, 'Z');
  return deploymentSpecs(record).map((spec, index) => {
    const status = available
      ? {
          availableReplicas: 1,
          conditions: [
            { lastTransitionTime: created, lastUpdateTime: created, message: 'Deployment has minimum availability.', reason: 'MinimumReplicasAvailable', status: 'True', type: 'Available' },
            {
              lastTransitionTime: created,
              lastUpdateTime: created,
              message: `ReplicaSet "${spec.name}-${spec.replicaSetHash}" has successfully progressed.`,
              reason: 'NewReplicaSetAvailable',
              status: 'True',
              type: 'Progressing',
            },
          ],
          observedGeneration: 1,
          readyReplicas: 1,
          replicas: 1,
          updatedReplicas: 1,
        }
      : {
          conditions: [
            { lastTransitionTime: created, lastUpdateTime: created, message: 'Deployment does not have minimum availability.', reason: 'MinimumReplicasUnavailable', status: 'False', type: 'Available' },
            {
              lastTransitionTime: created,
              lastUpdateTime: created,
              message: `ReplicaSet "${spec.name}-${spec.replicaSetHash}" is progressing.`,
              reason: 'ReplicaSetUpdated',
              status: 'True',
              type: 'Progressing',
            },
          ],
          observedGeneration: 1,
          replicas: 1,
          unavailableReplicas: 1,
          updatedReplicas: 1,
        };
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        annotations: { 'deployment.kubernetes.io/revision': '1' },
        creationTimestamp: created,
        generation: 1,
        labels: spec.label,
        name: spec.name,
        namespace: 'kube-system',
        resourceVersion: String(700 + index),
        uid: uid(`${record.name}/deploy/${spec.name}/${record.createdAt}`),
      },
      spec: {
        progressDeadlineSeconds: 600,
        replicas: 1,
        revisionHistoryLimit: 10,
        selector: { matchLabels: spec.label },
        strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' },
        template: {
          metadata: { labels: spec.label },
          spec: { containers: [{ image: spec.image, imagePullPolicy: 'IfNotPresent', name: spec.name }], priorityClassName: 'system-cluster-critical' },
        },
      },
      status,
    };
  });
}

/** Pods of the kube-system deployments, for the `get pods` table: { namespace, name, ready, status, ip, node }. */
export function podRows(record, ready, ips) {
  const nodes = nodeNames(record);
  return deploymentSpecs(record).map((spec, index) => {
    const node = nodes[index % nodes.length];
    return {
      namespace: 'kube-system',
      name: `${spec.name}-${spec.replicaSetHash}-${suffix(`${record.name}/${spec.name}/pod`, 5)}`,
      ready: ready ? '1/1' : '0/1',
      status: ready ? 'Running' : 'ContainerCreating',
      ip: ready ? `10.42.${index % nodes.length}.${index + 2}` : '<none>',
      node: ready ? node : '<none>',
      nodeIp: ips[node] ?? '',
    };
  });
}

/** Returns an RFC 3339 time, to the second as the API server writes it, `seconds` after the cluster's creation. */
function secondsAfterCreation(record, seconds) {
  const created = Math.floor(Date.parse(record.createdAt) / 1000) * 1000;
  return new Date(created + seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * Builds the v1 Event objects of the cluster: per node a "Starting" event from the kubelet and a
 * "RegisteredNode" event from the node controller, in the default namespace. The nodes start a
 * second apart, servers first, and each registers two seconds after its start. They are listed by
 * name, NODE.HEX-NANOSECONDS as the API server returns them, so a multi-node cluster lists them in
 * another order than by time.
 */
export function eventObjects(record) {
  const names = nodeNames(record);
  const events = names.flatMap((name, index) => {
    const started = secondsAfterCreation(record, index);
    const registered = secondsAfterCreation(record, index + 2);
    const nodeUid = uid(`${record.name}/${name}/${record.createdAt}`);
    return [
      {
        name,
        time: started,
        reason: 'Starting',
        message: 'Starting kubelet.',
        // The kubelet refers to its node by the node name, which it also uses as the UID.
        involvedObject: { kind: 'Node', name, uid: name },
        component: 'kubelet',
        host: name,
      },
      {
        name,
        time: registered,
        reason: 'RegisteredNode',
        message: `Node ${name} event: Registered Node ${name} in Controller`,
        involvedObject: { apiVersion: 'v1', kind: 'Node', name, uid: nodeUid },
        component: 'node-controller',
      },
    ];
  });
  return events
    .map((event, index) => {
      const nanoseconds = BigInt(Date.parse(event.time)) * 1_000_000n;
      return {
        apiVersion: 'v1',
        count: 1,
        eventTime: null,
        firstTimestamp: event.time,
        involvedObject: event.involvedObject,
        kind: 'Event',
        lastTimestamp: event.time,
        message: event.message,
        metadata: {
          creationTimestamp: event.time,
          name: `${event.name}.${nanoseconds.toString(16)}`,
          namespace: 'default',
          resourceVersion: String(900 + index),
          uid: uid(`${record.name}/event/${event.name}/${event.reason}/${record.createdAt}`),
        },
        reason: event.reason,
        reportingComponent: event.component,
        reportingInstance: event.host ?? '',
        source: event.host ? { component: event.component, host: event.host } : { component: event.component },
        type: 'Normal',
      };
    })
    .sort(byName);
}

/** Orders objects by metadata.name in code unit order, as the API server lists them. */
function byName(left, right) {
  if (left.metadata.name < right.metadata.name) return -1;
  if (left.metadata.name > right.metadata.name) return 1;
  return 0;
}
