// `k3d cluster create` of the stand-in. It follows k3d v5.8.3's flags and log lines
// (cmd/cluster/clusterCreate.go, pkg/client/cluster.go) and really creates the cluster's network,
// image volume and node containers through the Docker CLI, so the containers exist in the Podman
// that DOCKER_HOST points at. Faults come from faults.json, key "k3d":
//   {"create": "fail"}  node start fails, k3d rolls back (or not, with --no-rollback), exit 1
//   {"create": "hang"}  hangs after "Starting node 'k3d-NAME-agent-0'" (server-0 without agents)
//                       until killed, or until --timeout runs out, then fails like k3d
//   "message": text     replaces the error of "fail"; "times": N applies the fault to N creates only

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

import { parseGoDuration } from './k3d-args.mjs';
import { sleepFor } from './fake-latency.mjs';
import { helperImage, modelledReadinessMs, pullIfMissing } from './k3d-latency.mjs';
import { makeFakeCredentials } from './k3d-kubeconfig.mjs';
import { DEFAULT_K3S_IMAGE, LABEL_REQUESTED_IMAGE } from './k3d-nodes.mjs';
import {
  RuntimeUnreachable,
  clusterContainers,
  createImageVolume,
  createNodeContainer,
  deleteClusterResources,
  docker,
  dockerHostOrUnreachable,
  ensureNetwork,
  findNode,
  gatherEnvironmentInfo,
  networkMembers,
  nameOf,
  startNodeContainer,
} from './k3d-runtime.mjs';
import { readClusterRecord, readFaults, removeClusterRecord, writeClusterRecord } from './k3d-state.mjs';
import { freePort } from './k3d-util.mjs';

export const CREATE_FLAGS = {
  config: { type: 'string', short: 'c' },
  'api-port': { type: 'string' },
  env: { type: 'stringArray', short: 'e' },
  volume: { type: 'stringArray', short: 'v' },
  port: { type: 'stringArray', short: 'p' },
  'k3s-node-label': { type: 'stringArray' },
  'runtime-label': { type: 'stringArray' },
  'runtime-ulimit': { type: 'stringArray' },
  'registry-create': { type: 'string' },
  'host-alias': { type: 'stringArray' },
  'k3s-arg': { type: 'stringArray' },
  servers: { type: 'int', short: 's', default: 1 },
  agents: { type: 'int', short: 'a', default: 0 },
  image: { type: 'string', short: 'i', default: DEFAULT_K3S_IMAGE },
  network: { type: 'string' },
  subnet: { type: 'string' },
  token: { type: 'string' },
  wait: { type: 'bool', default: true },
  timeout: { type: 'duration', default: 0 },
  'kubeconfig-update-default': { type: 'bool', default: true },
  'kubeconfig-switch-context': { type: 'bool', default: true },
  'no-lb': { type: 'bool', default: false },
  'no-rollback': { type: 'bool', default: false },
  gpus: { type: 'string' },
  'servers-memory': { type: 'string' },
  'agents-memory': { type: 'string' },
  'host-pid-mode': { type: 'bool', default: false },
  'no-image-volume': { type: 'bool', default: false },
  'registry-use': { type: 'stringArray' },
  'registry-config': { type: 'string' },
  'lb-config-override': { type: 'stringArray' },
};

const CLUSTER_NAME_MAX_LENGTH = 32;
const HOSTNAME_PATTERN = /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;

/** Returns k3d's CheckName error for an invalid cluster name, or undefined (pkg/client/clusterName.go). */
export function clusterNameError(name) {
  if (name.length === 0) return 'Invalid cluster name. No name provided';
  if (!HOSTNAME_PATTERN.test(name)) return `Invalid cluster name. name ${name} is not a valid hostname as per RFC 1123`;
  if (name.length > CLUSTER_NAME_MAX_LENGTH) {
    return `Cluster name must be <= ${CLUSTER_NAME_MAX_LENGTH} characters, but has ${name.length}`;
  }
  return undefined;
}

/** Parses `--api-port [HOST:]HOSTPORT`; returns { host, hostIP, port } (port '' when omitted). */
export function parseApiPort(spec) {
  const match = /^(?:(.*):)?(\d*)$/.exec(spec);
  if (!match) throw new Error(`failed to parse API Port spec: invalid port '${spec}'`);
  const host = match[1] ?? '';
  const port = match[2];
  if (port !== '' && (Number(port) < 1 || Number(port) > 65535)) {
    throw new Error(`failed to parse API Port spec: port '${port}' is out of range`);
  }
  if (host === '') return { host: '0.0.0.0', hostIP: '0.0.0.0', port };
  // NOTE: k3d resolves a host name to its first address. The stand-in sends no DNS query, so it
  // maps only localhost to 127.0.0.1 and keeps other names as given.
  const hostIP = host === 'localhost' ? '127.0.0.1' : host;
  return { host, hostIP, port };
}

/** Splits `VALUE@FILTER[;FILTER]` into the value and its node filters. */
function splitNodeFilters(flag) {
  const at = flag.lastIndexOf('@');
  if (at === -1) return { value: flag, filters: [] };
  return { value: flag.slice(0, at), filters: flag.slice(at + 1).split(';') };
}

/** Reads a k3d.io/v1alpha5 (or v1alpha4) Simple config into flag-shaped settings. */
function readConfigFile(path, log) {
  let document;
  try {
    document = parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    // NOTE: wording approximated; k3d reports config read errors through viper.
    log.fatal(`Failed to read config file ${path}: ${error.message}`);
  }
  const version = String(document.apiVersion ?? '');
  log.info(`Using config file ${path} (${version}#${String(document.kind ?? 'simple').toLowerCase()})`);

  const settings = {};
  if (document.metadata?.name) settings.name = String(document.metadata.name);
  if (document.servers !== undefined) settings.servers = Number(document.servers);
  if (document.agents !== undefined) settings.agents = Number(document.agents);
  if (document.image) settings.image = String(document.image);
  if (document.network) settings.network = String(document.network);
  if (document.kubeAPI?.hostPort) {
    const host = document.kubeAPI.hostIP ?? document.kubeAPI.host;
    settings['api-port'] = host ? `${host}:${document.kubeAPI.hostPort}` : String(document.kubeAPI.hostPort);
  }

  settings.port = (document.ports ?? []).map((entry) => (entry.nodeFilters?.length ? `${entry.port}@${entry.nodeFilters.join(';')}` : String(entry.port)));
  settings['k3s-arg'] = (document.options?.k3s?.extraArgs ?? []).map((entry) =>
    entry.nodeFilters?.length ? `${entry.arg}@${entry.nodeFilters.join(';')}` : String(entry.arg),
  );

  const k3d = document.options?.k3d ?? {};
  if (k3d.wait !== undefined) settings.wait = Boolean(k3d.wait);
  if (k3d.timeout !== undefined) settings.timeout = parseGoDuration(String(k3d.timeout));
  if (k3d.disableLoadbalancer !== undefined) settings['no-lb'] = Boolean(k3d.disableLoadbalancer);
  if (k3d.disableRollback !== undefined) settings['no-rollback'] = Boolean(k3d.disableRollback);

  const kubeconfig = document.options?.kubeconfig ?? {};
  if (kubeconfig.updateDefaultKubeconfig !== undefined) settings['kubeconfig-update-default'] = Boolean(kubeconfig.updateDefaultKubeconfig);
  if (kubeconfig.switchCurrentContext !== undefined) settings['kubeconfig-switch-context'] = Boolean(kubeconfig.switchCurrentContext);
  settings['registry-use'] = (document.registries?.use ?? []).map(String);
  return settings;
}

/** Merges config-file settings under the flags given on the command line. */
function mergeSettings(parsed, fileSettings) {
  const options = { ...parsed.flags };
  for (const [key, value] of Object.entries(fileSettings)) {
    if (key === 'name') continue;
    if (Array.isArray(value)) options[key] = [...value, ...(parsed.set.has(key) ? parsed.flags[key] : [])];
    else if (!parsed.set.has(key)) options[key] = value;
  }
  return options;
}

/** Counts creates that consumed the fault, for the "times" limit. */
function faultApplies(dir, faults) {
  if (!faults.create) return undefined;
  if (faults.times === undefined) return faults.create;
  const path = join(dir, 'k3d', 'fault-uses.json');
  let used = 0;
  try {
    used = JSON.parse(readFileSync(path, 'utf8')).create ?? 0;
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  if (used >= Number(faults.times)) return undefined;
  mkdirSync(join(dir, 'k3d'), { recursive: true });
  writeFileSync(path, JSON.stringify({ create: used + 1 }));
  return faults.create;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Blocks until the process is killed, as k3d does when a node never logs its ready line. */
function hangForever() {
  return new Promise(() => {
    setInterval(() => {}, 60_000);
  });
}

/** Returns the host part of a tcp:// or ssh:// DOCKER_HOST, which k3d puts in place of 0.0.0.0. */
function dockerHostName(dockerHost) {
  if (!/^(tcp|ssh|http|https):\/\//.test(dockerHost)) return '';
  try {
    return new URL(dockerHost).hostname;
  } catch {
    return '';
  }
}

/** Builds the node container specs of the cluster, in creation order. */
function planNodes(name, options, api, clusterLabels, network, imageVolume) {
  const serverUrl = `https://k3d-${name}-server-0:6443`;
  const token = options.token || randomToken();
  const env = [`K3S_TOKEN=${token}`, 'K3S_KUBECONFIG_OUTPUT=/output/kubeconfig.yaml'];
  const volumes = imageVolume ? [`${imageVolume}:/k3d/images`] : [];
  const portsFor = (role, index) =>
    options.port
      .map(splitNodeFilters)
      .filter(({ filters }) => filters.some((filter) => filter === `${role}:${index}` || filter === `${role}:*` || filter === `${role}s:*`))
      .map(({ value }) => value);
  const argsFor = (role, index) =>
    options['k3s-arg']
      .map(splitNodeFilters)
      .filter(({ filters }) => filters.length === 0 || filters.some((filter) => filter === `${role}:${index}` || filter === `${role}:*` || filter === 'all'))
      .map(({ value }) => value);

  const nodes = [];
  for (let index = 0; index < options.servers; index += 1) {
    const nodeName = `k3d-${name}-server-${index}`;
    const labels = { ...clusterLabels, 'k3d.server.api.host': api.host, 'k3d.server.api.hostIP': api.hostIP, 'k3d.server.api.port': api.port };
    const tlsSans = ['--tls-san', api.host, ...(options['no-lb'] ? [] : ['--tls-san', `k3d-${name}-serverlb`])];
    const ports = [...portsFor('server', index)];
    if (options['no-lb'] && index === 0) ports.push(`${api.hostIP}:${api.port}:6443`);
    nodes.push({
      name: nodeName,
      role: 'server',
      network,
      labels,
      env: index === 0 ? env : [...env, `K3S_URL=${serverUrl}`],
      volumes,
      ports,
      command: ['server', ...tlsSans, ...argsFor('server', index)],
    });
  }
  for (let index = 0; index < options.agents; index += 1) {
    nodes.push({
      name: `k3d-${name}-agent-${index}`,
      role: 'agent',
      network,
      labels: clusterLabels,
      env: [...env, `K3S_URL=${serverUrl}`],
      volumes,
      ports: portsFor('agent', index),
      command: ['agent', ...argsFor('agent', index)],
    });
  }
  if (!options['no-lb']) {
    const lbPorts = options.port
      .map(splitNodeFilters)
      .filter(({ filters }) => filters.length === 0 || filters.includes('loadbalancer'))
      .map(({ value }) => value);
    nodes.push({
      name: `k3d-${name}-serverlb`,
      role: 'loadbalancer',
      network,
      labels: clusterLabels,
      env: [],
      volumes: [],
      ports: [`${api.hostIP}:${api.port}:6443`, ...lbPorts],
      command: null,
    });
  }
  return { nodes, token };
}

function randomToken() {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let token = '';
  for (let index = 0; index < 20; index += 1) token += alphabet[Math.floor(Math.random() * alphabet.length)];
  return token;
}

/** Fails cluster creation as clusterCreate.go does: ERRO, rollback unless disabled, FATA. */
function failCreation(log, dir, name, options, dockerHost, message) {
  log.error(message);
  if (options['no-rollback']) log.fatal('Cluster creation FAILED, rollback deactivated.');
  log.error('Failed to create cluster >>> Rolling Back');
  log.info(`Deleting cluster '${name}'`);
  let containers;
  if (dockerHost === undefined) {
    log.error(
      `Failed to get nodes for cluster '${name}': docker failed to get containers with labels 'map[k3d.cluster:${name}]': failed to list containers: ${unreachableMessage()}`,
    );
  } else {
    containers = clusterContainers(log, name, dockerHost);
  }
  if (!containers || containers.length === 0) {
    log.error('failed to get cluster: No nodes found for given cluster');
    log.fatal('Cluster creation FAILED, also FAILED to rollback changes!');
  }
  const failed = deleteClusterResources(log, name, containers, dockerHost);
  removeClusterRecord(dir, name);
  if (failed > 0) {
    log.error(`Failed to delete ${failed} nodes: Try to delete them manually`);
    log.fatal('Cluster creation FAILED, also FAILED to rollback changes!');
  }
  log.fatal('Cluster creation FAILED, all changes have been rolled back!');
}

function unreachableMessage() {
  try {
    dockerHostOrUnreachable();
    return '';
  } catch (error) {
    return error.message;
  }
}

/** Runs `k3d cluster create`; `parsed` comes from parseFlags with CREATE_FLAGS. */
export async function clusterCreate(context, parsed) {
  const { log, dir, argv0 } = context;
  if (parsed.args.length > 1) log.fatal(`accepts between 0 and 1 arg(s), received ${parsed.args.length}`);

  const fileSettings = parsed.flags.config ? readConfigFile(parsed.flags.config, log) : {};
  const options = mergeSettings(parsed, fileSettings);
  const name = parsed.args[0] ?? fileSettings.name ?? 'k3s-default';

  let api;
  try {
    api = parseApiPort(options['api-port'] ?? '');
  } catch (error) {
    log.fatal(`Failed to apply CLI overrides: ${error.message}`);
  }
  if (api.port === '') api.port = String(await freePort('127.0.0.1'));

  const nameError = clusterNameError(name);
  if (nameError) {
    log.fatal(`Failed Cluster Configuration Validation:  provided cluster name '${name}' does not match requirements: ${nameError}`);
  }
  if (options.timeout < 0) log.fatal('Failed Cluster Configuration Validation:  timeout may not be negative');

  let dockerHost;
  try {
    dockerHost = dockerHostOrUnreachable();
  } catch (error) {
    if (!(error instanceof RuntimeUnreachable)) throw error;
    log.error(`Failed to get nodes for cluster '${name}': docker failed to get containers with labels 'map[k3d.cluster:${name}]': failed to list containers: ${error.message}`);
    log.info('Prep: Network');
    failCreation(
      log,
      dir,
      name,
      options,
      undefined,
      `Failed Cluster Preparation: Failed Network Preparation: failed to create cluster network: failed to check for duplicate docker networks: docker failed to list networks: ${error.message}`,
    );
  }

  const existing = clusterContainers(log, name, dockerHost);
  if (existing && existing.length > 0) {
    log.fatal(`Failed to create cluster '${name}' because a cluster with that name already exists`);
  }

  const faults = readFaults(dir, 'k3d');
  const fault = faultApplies(dir, faults);

  try {
    // Step 0: preparation (network, image volume, referenced registries).
    log.info('Prep: Network');
    const networkName = options.network || `k3d-${name}`;
    const network = ensureNetwork(log, networkName, name, dockerHost);
    const imageVolume = options['no-image-volume'] ? '' : createImageVolume(log, name, dockerHost);
    for (const reference of options['registry-use']) {
      const registryName = reference.split(':')[0];
      const registry = findNode(registryName, dockerHost);
      if (!registry) {
        throw new Error(`Failed Cluster Preparation: Failed to find registry node '${registryName}': failed to get node '${registryName}': Didn't find container for node '${registryName}'`);
      }
      docker(['network', 'connect', networkName, nameOf(registry)], dockerHost);
    }

    // Step 1: node containers.
    const clusterLabels = {
      'k3d.cluster': name,
      'k3d.cluster.imageVolume': imageVolume,
      'k3d.cluster.network': networkName,
      'k3d.cluster.network.external': String(Boolean(options.network) || !network.created),
      'k3d.cluster.network.id': network.id,
      'k3d.cluster.network.iprange': '',
      'k3d.cluster.url': `https://k3d-${name}-server-0:6443`,
      'k3d.server.loadbalancer': options['no-lb'] ? '' : `k3d-${name}-serverlb`,
      [LABEL_REQUESTED_IMAGE]: options.image,
    };
    const plan = planNodes(name, options, api, clusterLabels, networkName, imageVolume);
    clusterLabels['k3d.cluster.token'] = plan.token;
    for (const node of plan.nodes) {
      node.labels = { ...node.labels, 'k3d.cluster.token': plan.token };
      if (node.role === 'loadbalancer') log.info(`Creating LoadBalancer '${node.name}'`);
      else log.info(`Creating node '${node.name}'`);
      if (node.role === 'loadbalancer') await pullIfMissing(log, helperImage('proxy'), 'pull.k3dProxy', dockerHost);
      else await pullIfMissing(log, options.image, 'pull.k3s', dockerHost);
      createNodeContainer(node, dockerHost);
    }
    if (options.servers === 2) {
      log.warn("You're creating 2 server nodes: Please consider creating at least 3 to achieve etcd quorum & fault tolerance");
    }

    // Step 2: pre-start configuration through the k3d-tools node.
    await pullIfMissing(log, helperImage('tools'), 'pull.k3dTools', dockerHost);
    try {
      gatherEnvironmentInfo(log, name, networkName, imageVolume, dockerHost);
    } catch (error) {
      throw new Error(`Failed Pre-Start Configuration: ${error.message}`);
    }

    const credentials = makeFakeCredentials(name);
    const dockerHostHost = dockerHostName(dockerHost);
    writeClusterRecord(dir, {
      name,
      createdAt: new Date().toISOString(),
      apiHost: api.host === '0.0.0.0' && dockerHostHost ? dockerHostHost : api.host,
      apiHostIP: api.hostIP,
      apiPort: Number(api.port),
      image: options.image,
      servers: options.servers,
      agents: options.agents,
      loadbalancer: !options['no-lb'],
      k3sArgs: options['k3s-arg'],
      ports: options.port,
      registryUse: options['registry-use'],
      network: networkName,
      dockerHost,
      dockerSock: process.env.DOCKER_SOCK ?? null,
      kubeconfigUpdateDefault: options['kubeconfig-update-default'],
      kubeconfigSwitchContext: options['kubeconfig-switch-context'],
      wait: options.wait,
      timeoutMs: options.timeout,
      credentials,
    });

    // Step 3: start, with the timeout counted from here as ClusterStart's own context does.
    await startCluster(log, name, plan.nodes, dockerHost, { fault, faults, timeoutMs: options.timeout });
    const readinessPendingMs = modelledReadinessMs();
    if (readinessPendingMs !== undefined) writeClusterRecord(dir, { ...readClusterRecord(dir, name), readinessPendingMs });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    failCreation(log, dir, name, options, dockerHost, error.message);
  }

  log.info(`Cluster '${name}' created successfully!`);
  let switchContext = options['kubeconfig-switch-context'];
  if (!options['kubeconfig-update-default'] && switchContext) {
    log.info('--kubeconfig-update-default=false --> sets --kubeconfig-switch-context=false');
    switchContext = false;
  }
  // NOTE: real k3d now merges the kubeconfig into $KUBECONFIG or ~/.kube/config when
  // --kubeconfig-update-default is true; the stand-in records the flag and writes no file.
  log.info('You can now use it like this:');
  if (options['kubeconfig-update-default'] && !switchContext) process.stdout.write(`kubectl config use-context k3d-${name}\n`);
  else if (!switchContext) process.stdout.write(`export KUBECONFIG=$(${argv0} kubeconfig write ${name})\n`);
  process.stdout.write('kubectl cluster-info\n');
}

/** Starts the created nodes in k3d's order: servers, agents, helpers; applies the start faults. */
async function startCluster(log, name, nodes, dockerHost, { fault, faults, timeoutMs }) {
  log.info(`Starting cluster '${name}'`);
  const servers = nodes.filter((node) => node.role === 'server');
  const agents = nodes.filter((node) => node.role === 'agent');
  const helpers = nodes.filter((node) => node.role !== 'server' && node.role !== 'agent');
  const hangAfter = agents[0]?.name ?? servers[0]?.name;

  const startAndMaybeFault = async (node, wrap) => {
    startNodeContainer(log, node.name, dockerHost);
    if (fault === 'fail' && node.role === 'server') {
      throw new Error(
        wrap(
          faults.message ??
            `Node ${node.name} failed to get ready: error waiting for log line \`k3s is up and running\` from node '${node.name}': stopped returning log lines: node ${node.name} is running=true in status=restarting`,
        ),
      );
    }
    if (fault === 'hang' && node.name === hangAfter) {
      if (timeoutMs <= 0) await hangForever();
      await sleep(timeoutMs);
      const readyLine = node.role === 'agent' ? 'successfully registered node' : 'k3s is up and running';
      throw new Error(
        wrap(
          `Node ${node.name} failed to get ready: error waiting for log line \`${readyLine}\` from node '${node.name}': stopped returning log lines: context deadline exceeded`,
        ),
      );
    }
  };

  log.info('Starting servers...');
  for (const server of servers) {
    await startAndMaybeFault(server, (message) => `Failed Cluster Start: Failed to start server ${server.name}: ${message}`);
  }
  // With FAKE_LATENCY set, the wait for the servers' "k3s is up and running" and the rest of the
  // start take the modelled time of `k3d.create`.
  await sleepFor('k3d.create');
  if (agents.length > 0) {
    log.info('Starting agents...');
    for (const agent of agents) {
      await startAndMaybeFault(agent, (message) => `Failed Cluster Start: Failed to add one or more agents: ${message}`);
    }
  } else {
    log.info('All agents already running.');
  }
  if (helpers.length > 0) {
    log.info('Starting helpers...');
    for (const helper of helpers) startNodeContainer(log, helper.name, dockerHost);
  } else {
    log.info('All helpers already running.');
  }
  const members = networkMembers(nodes[0]?.network ?? `k3d-${name}`, dockerHost).length;
  log.info(`Injecting records for hostAliases (incl. host.k3d.internal) and for ${members} network members into CoreDNS configmap...`);
}
