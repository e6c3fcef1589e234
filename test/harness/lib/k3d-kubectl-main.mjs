// Entry point of the kubectl stand-in (test/harness/bin/kubectl). It prints what kubectl v1.33.4
// prints for a k3s v1.31 cluster of the k3d stand-in. Supported: `version --client [-o json]`,
// `cluster-info`, `get` of nodes, deployments, pods and events (tables, -o wide|json|name, -A,
// -n, comma lists, --sort-by), `describe nodes`, `config current-context`, `config view`
// (lib/k3d-kubectl-config.mjs) and `wait --for=condition=...` (lib/k3d-kubectl-wait.mjs).
// Readiness faults, faults.json key "kubectl":
//   {"notReadyCalls": N}  the first N `get nodes` calls (or `wait` checks) of a cluster report
//                         Ready=False; the cluster (nodes, deployments, pods) is ready from call N+1 on
//   {"neverReady": true}  nodes stay NotReady and deployments unavailable
// With FAKE_LATENCY set, a cluster is also not ready until `get nodes` calls have spent the
// modelled readiness time that `k3d cluster create` recorded (lib/k3d-latency.mjs).

import { RESOURCES, clusterReady, nodeAddresses } from './k3d-kubectl-cluster.mjs';
import { configCommand } from './k3d-kubectl-config.mjs';
import { connect, KubectlFailure } from './k3d-kubectl-connect.mjs';
import { deploymentObjects, eventObjects, nodeObjects, podRows } from './k3d-kubectl-objects.mjs';
import { sortObjects } from './k3d-kubectl-sort.mjs';
import { waitCommand } from './k3d-kubectl-wait.mjs';
import { recordCall, stateDir } from './k3d-state.mjs';
import { exitQuietlyOnClosedStdout, printTable } from './k3d-util.mjs';

/** `kubectl version --client -o json` of v1.33.4. NOTE: gitCommit and buildDate are placeholders, not the release's. */
const CLIENT_VERSION = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.4',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-08-12T00:00:00Z',
  goVersion: 'go1.24.5',
  compiler: 'gc',
  platform: 'linux/amd64',
};
const KUSTOMIZE_VERSION = 'v5.6.0';

const VALUE_FLAGS = {
  kubeconfig: null, context: null, namespace: 'n', output: 'o', 'request-timeout': null, v: 'v', selector: 'l', 'field-selector': null,
  'sort-by': null, for: null, timeout: null,
};
const BOOL_FLAGS = { 'all-namespaces': 'A', client: null, 'no-headers': null, 'show-labels': null, all: null, minify: null, raw: null };

function parseArgs(argv) {
  const options = {};
  const args = [];
  const shortValue = Object.fromEntries(Object.entries(VALUE_FLAGS).filter(([, short]) => short).map(([name, short]) => [short, name]));
  const shortBool = Object.fromEntries(Object.entries(BOOL_FLAGS).filter(([, short]) => short).map(([name, short]) => [short, name]));
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index];
    if (token.startsWith('--')) {
      const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
      if (name in VALUE_FLAGS) options[name] = inline ?? argv[(index += 1)];
      else if (name in BOOL_FLAGS) options[name] = inline === undefined ? true : inline === 'true';
      else throw new KubectlFailure(`error: unknown flag: --${name}\nSee 'kubectl --help' for usage.\n`);
    } else if (token.startsWith('-') && token.length > 1) {
      const short = token[1];
      const inline = token.slice(2).replace(/^=/, '');
      if (shortValue[short]) options[shortValue[short]] = inline !== '' ? inline : argv[(index += 1)];
      else if (shortBool[short]) options[shortBool[short]] = true;
      else throw new KubectlFailure(`error: unknown shorthand flag: '${short}' in ${token}\nSee 'kubectl --help' for usage.\n`);
    } else {
      args.push(token);
    }
  }
  return { options, args };
}

/** Formats an age like kubectl's HumanDuration. */
function age(since) {
  const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (seconds < 120) return `${seconds}s`;
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
}

function printJsonList(items) {
  process.stdout.write(`${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`);
}

function noResources(namespace, allNamespaces) {
  process.stderr.write(allNamespaces ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`);
}

/** The `-o name` prefix of each kind of object the stand-in lists. */
const NAME_PREFIXES = { Node: 'node', Deployment: 'deployment.apps', Event: 'event' };

function getCommand(dir, parsed) {
  const [, typeList, ...names] = parsed.args;
  if (!typeList) {
    throw new KubectlFailure(
      "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples.\n",
    );
  }
  const types = typeList.split(',').map((type) => {
    const resource = RESOURCES[type];
    if (!resource) throw new KubectlFailure(`error: the server doesn't have a resource type "${type}"\n`);
    return resource;
  });
  const { record, namespace } = connect(dir, parsed.options, true);
  const output = parsed.options.output ?? '';
  const allNamespaces = parsed.options['all-namespaces'] === true;
  const ready = types.includes('nodes') ? clusterReady(dir, record, true) : clusterReady(dir, record, false);
  const ips = nodeAddresses(record);
  const prefix = types.length > 1;
  const inNamespace = (itemNamespace) => allNamespaces || itemNamespace === namespace;
  const sortBy = parsed.options['sort-by'];
  const asTable = output === '' || output === 'wide';
  // kubectl sorts each table on its own, and -o json or -o name output as one list further below.
  const sortTable = (objects) => (sortBy && asTable ? sortObjects(objects, sortBy, true) : objects);

  const jsonItems = [];
  const sections = [];
  for (const type of types) {
    if (type === 'nodes') {
      let nodes = nodeObjects(record, ready, ips);
      if (names.length > 0) nodes = nodes.filter((node) => names.includes(node.metadata.name));
      jsonItems.push(...nodes);
      nodes = sortTable(nodes);
      const wide = output === 'wide';
      const header = ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : [])];
      const rows = nodes.map((node) => {
        const readyStatus = node.status.conditions.find((entry) => entry.type === 'Ready').status === 'True' ? 'Ready' : 'NotReady';
        const roles = node.metadata.labels['node-role.kubernetes.io/control-plane'] ? 'control-plane,master' : '<none>';
        const info = node.status.nodeInfo;
        return [
          `${prefix ? 'node/' : ''}${node.metadata.name}`,
          readyStatus,
          roles,
          age(record.createdAt),
          info.kubeletVersion,
          ...(wide ? [node.status.addresses[0].address, '<none>', info.osImage, info.kernelVersion, info.containerRuntimeVersion] : []),
        ];
      });
      sections.push({ header, rows, names: nodes.map((node) => `node/${node.metadata.name}`), namespaced: false });
    } else if (type === 'deployments') {
      let deployments = deploymentObjects(record, ready).filter((item) => inNamespace(item.metadata.namespace));
      jsonItems.push(...deployments);
      deployments = sortTable(deployments);
      const rows = deployments.map((item) => [
        ...(allNamespaces ? [item.metadata.namespace] : []),
        `${prefix ? 'deployment.apps/' : ''}${item.metadata.name}`,
        `${item.status.readyReplicas ?? 0}/${item.spec.replicas}`,
        String(item.status.updatedReplicas ?? 0),
        String(item.status.availableReplicas ?? 0),
        age(record.createdAt),
      ]);
      sections.push({
        header: [...(allNamespaces ? ['NAMESPACE'] : []), 'NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
        rows,
        names: deployments.map((item) => `deployment.apps/${item.metadata.name}`),
        namespaced: true,
      });
    } else if (type === 'pods') {
      const pods = podRows(record, ready, ips).filter((pod) => inNamespace(pod.namespace));
      // NOTE: the stand-in has no Pod objects to read a sort field from.
      if (sortBy && pods.length > (asTable ? 1 : 0)) throw new KubectlFailure('error: the kubectl stand-in cannot sort pods (--sort-by)\n');
      const wide = output === 'wide';
      const rows = pods.map((pod) => [
        ...(allNamespaces ? [pod.namespace] : []),
        `${prefix ? 'pod/' : ''}${pod.name}`,
        pod.ready,
        pod.status,
        '0',
        age(record.createdAt),
        ...(wide ? [pod.ip, pod.node, '<none>', '<none>'] : []),
      ]);
      sections.push({
        header: [...(allNamespaces ? ['NAMESPACE'] : []), 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])],
        rows,
        names: pods.map((pod) => `pod/${pod.name}`),
        namespaced: true,
      });
    } else {
      let events = eventObjects(record).filter((event) => inNamespace(event.metadata.namespace));
      jsonItems.push(...events);
      events = sortTable(events);
      const rows = events.map((event) => [
        ...(allNamespaces ? [event.metadata.namespace] : []),
        age(event.lastTimestamp),
        event.type,
        event.reason,
        `${event.involvedObject.kind.toLowerCase()}/${event.involvedObject.name}`,
        event.message,
      ]);
      sections.push({
        header: [...(allNamespaces ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
        rows,
        names: events.map((event) => `event/${event.metadata.name}`),
        namespaced: true,
      });
    }
  }

  if (output === 'json') {
    printJsonList(sortBy ? sortObjects(jsonItems, sortBy, false) : jsonItems);
    return;
  }
  if (output === 'name') {
    const listed = sortBy
      ? sortObjects(jsonItems, sortBy, false).map((item) => `${NAME_PREFIXES[item.kind]}/${item.metadata.name}`)
      : sections.flatMap((section) => section.names);
    for (const name of listed) process.stdout.write(`${name}\n`);
    return;
  }
  if (!asTable) {
    throw new KubectlFailure(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide\n`);
  }
  let printed = false;
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    if (printed) process.stdout.write('\n');
    printTable(parsed.options['no-headers'] ? section.rows : [section.header, ...section.rows]);
    printed = true;
  }
  if (!printed) noResources(namespace, allNamespaces || !sections.some((section) => section.namespaced));
}

function describeNodes(dir, parsed) {
  const [, type, ...names] = parsed.args;
  if (RESOURCES[type ?? ''] !== 'nodes') throw new KubectlFailure(`error: the kubectl stand-in describes only nodes, not "${type ?? ''}"\n`);
  const { record } = connect(dir, parsed.options, true);
  const ready = clusterReady(dir, record, false);
  let nodes = nodeObjects(record, ready, nodeAddresses(record));
  if (names.length > 0) nodes = nodes.filter((node) => names.includes(node.metadata.name));
  const blocks = nodes.map((node) => {
    const labels = Object.entries(node.metadata.labels).map(([key, value]) => `${key}=${value}`);
    const conditions = node.status.conditions.map((entry) => `  ${entry.type.padEnd(16)} ${entry.status.padEnd(7)} ${entry.reason.padEnd(28)} ${entry.message}`);
    const info = node.status.nodeInfo;
    return [
      `Name:               ${node.metadata.name}`,
      `Roles:              ${node.metadata.labels['node-role.kubernetes.io/control-plane'] ? 'control-plane,master' : '<none>'}`,
      `Labels:             ${labels[0]}`,
      ...labels.slice(1).map((label) => `                    ${label}`),
      `CreationTimestamp:  ${new Date(node.metadata.creationTimestamp).toUTCString().replace(/ GMT$/, ' +0000')}`,
      `Taints:             ${node.spec.taints ? 'node.kubernetes.io/not-ready:NoSchedule' : '<none>'}`,
      'Unschedulable:      false',
      'Conditions:',
      `  ${'Type'.padEnd(16)} ${'Status'.padEnd(7)} ${'Reason'.padEnd(28)} Message`,
      `  ${'----'.padEnd(16)} ${'------'.padEnd(7)} ${'------'.padEnd(28)} -------`,
      ...conditions,
      'Addresses:',
      `  InternalIP:  ${node.status.addresses[0].address}`,
      `  Hostname:    ${node.metadata.name}`,
      'System Info:',
      `  Kernel Version:             ${info.kernelVersion}`,
      `  OS Image:                   ${info.osImage}`,
      `  Container Runtime Version:  ${info.containerRuntimeVersion}`,
      `  Kubelet Version:            ${info.kubeletVersion}`,
      `PodCIDR:                      ${node.spec.podCIDR}`,
      `ProviderID:                   ${node.spec.providerID}`,
      'Events:                       <none>',
    ].join('\n');
  });
  process.stdout.write(`${blocks.join('\n\n\n')}\n`);
}

function clusterInfo(dir, parsed) {
  const { record, serverUrl } = connect(dir, parsed.options, true);
  // kubectl colours these lines through go-colortext even when stdout is no terminal.
  const line = (name, link) => `\x1b[0;32m${name}\x1b[0m is running at \x1b[0;33m${link}\x1b[0m\n`;
  let text = line('Kubernetes control plane', serverUrl);
  const deployed = new Set(deploymentObjects(record, true).map((item) => item.metadata.name));
  if (deployed.has('coredns')) text += line('CoreDNS', `${serverUrl}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy`);
  if (deployed.has('metrics-server')) text += line('Metrics-server', `${serverUrl}/api/v1/namespaces/kube-system/services/https:metrics-server:https/proxy`);
  process.stdout.write(`${text}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
}

function version(parsed) {
  if (parsed.options.client !== true) {
    throw new KubectlFailure('error: the kubectl stand-in answers `version` only with --client\n');
  }
  if (parsed.options.output === 'json') {
    process.stdout.write(`${JSON.stringify({ clientVersion: CLIENT_VERSION, kustomizeVersion: KUSTOMIZE_VERSION }, null, 2)}\n`);
  } else if (parsed.options.output === 'yaml') {
    throw new KubectlFailure('error: the kubectl stand-in supports `version -o json` only\n');
  } else {
    process.stdout.write(`Client Version: ${CLIENT_VERSION.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
  }
}

export async function main(argv) {
  exitQuietlyOnClosedStdout();
  const dir = stateDir('kubectl');
  recordCall(dir, 'kubectl', argv);
  try {
    const parsed = parseArgs(argv);
    const verb = parsed.args[0];
    if (verb === 'version') version(parsed);
    else if (verb === 'cluster-info') clusterInfo(dir, parsed);
    else if (verb === 'get') getCommand(dir, parsed);
    else if (verb === 'describe') describeNodes(dir, parsed);
    else if (verb === 'config') configCommand(parsed.options, parsed.args.slice(1));
    else if (verb === 'wait') await waitCommand(dir, parsed.options, parsed.args.slice(1));
    else throw new KubectlFailure(`error: unknown command "${verb ?? ''}" for "kubectl"\n`);
  } catch (error) {
    if (!(error instanceof KubectlFailure)) throw error;
    process.stderr.write(error.stderr);
    process.exit(error.exitCode);
  }
}
