// `k3d registry create|list|delete` of the stand-in (k3d v5.8.3 cmd/registry/*.go,
// pkg/client/registry.go): a registry is a container `k3d-NAME` with role "registry", publishing
// its port 5000, that `cluster create --registry-use k3d-NAME[:PORT]` connects to the cluster
// network. It runs the placeholder image, so nothing listens on the published port.

import { nodeJson } from './k3d-nodes.mjs';
import {
  DockerError,
  RuntimeUnreachable,
  allK3dContainers,
  createNodeContainer,
  docker,
  dockerHostOrUnreachable,
  findNode,
  labelsOf,
  nameOf,
  startNodeContainer,
} from './k3d-runtime.mjs';
import { freePort, printTable } from './k3d-util.mjs';

export const REGISTRY_CREATE_FLAGS = {
  cluster: { type: 'stringArray', short: 'c' },
  image: { type: 'string', short: 'i', default: 'docker.io/library/registry:2' },
  port: { type: 'string', short: 'p', default: 'random' },
  volume: { type: 'stringArray', short: 'v' },
  'default-network': { type: 'string', default: 'bridge' },
  'proxy-remote-url': { type: 'string', default: '' },
  'proxy-username': { type: 'string', default: '' },
  'proxy-password': { type: 'string', default: '' },
  'no-help': { type: 'bool', default: false },
  'delete-enabled': { type: 'bool', default: false },
};
export const REGISTRY_LIST_FLAGS = {
  'no-headers': { type: 'bool', default: false },
  output: { type: 'string', short: 'o', default: '' },
};
export const REGISTRY_DELETE_FLAGS = { all: { type: 'bool', short: 'a', default: false } };

const REGISTRY_INTERNAL_PORT = '5000';

function hostOrFatal(log) {
  try {
    return dockerHostOrUnreachable();
  } catch (error) {
    if (!(error instanceof RuntimeUnreachable)) throw error;
    log.fatal(error.message);
  }
  return undefined;
}

/** Parses `--port [HOST:]HOSTPORT|random` into { host, hostIP, port }. */
async function parseRegistryPort(spec) {
  const match = /^(?:(.*):)?(\d+|random)$/.exec(spec);
  if (!match) throw new Error(`Failed to parse registry port: invalid port spec '${spec}'`);
  const host = match[1] || '0.0.0.0';
  const hostIP = host === 'localhost' ? '127.0.0.1' : host;
  const port = match[2] === 'random' ? String(await freePort('127.0.0.1')) : match[2];
  return { host, hostIP, port };
}

export async function registryCreate(context, parsed) {
  const { log } = context;
  if (parsed.args.length > 1) log.fatal(`accepts at most 1 arg(s), received ${parsed.args.length}`);
  let exposure;
  try {
    exposure = await parseRegistryPort(parsed.flags.port);
  } catch (error) {
    log.error('Failed to parse registry port');
    log.fatal(error.message);
  }
  const name = `k3d-${parsed.args[0] ?? 'registry'}`;
  const dockerHost = hostOrFatal(log);
  if (findNode(name, dockerHost)) log.fatal('Failed to create registry: A registry node with that name already exists');

  const env = [];
  if (parsed.flags['proxy-remote-url']) env.push(`REGISTRY_PROXY_REMOTEURL=${parsed.flags['proxy-remote-url']}`);
  if (parsed.flags['delete-enabled']) env.push('REGISTRY_STORAGE_DELETE_ENABLED=true');
  log.info(`Creating node '${name}'`);
  try {
    createNodeContainer(
      {
        name,
        role: 'registry',
        network: parsed.flags['default-network'],
        labels: {
          'k3d.cluster': '',
          'k3d.registry.host': exposure.host,
          'k3d.registry.hostIP': exposure.hostIP,
          'k3s.registry.port.external': exposure.port,
          'k3s.registry.port.internal': REGISTRY_INTERNAL_PORT,
          'fake.k3d.image': parsed.flags.image,
        },
        env,
        volumes: parsed.flags.volume,
        ports: [`${exposure.hostIP}:${exposure.port}:${REGISTRY_INTERNAL_PORT}`],
        command: null,
      },
      dockerHost,
    );
    log.info(`Successfully created registry '${name}'`);
    startNodeContainer(log, name, dockerHost);
  } catch (error) {
    docker(['rm', '-f', name], dockerHost);
    log.fatal(`Failed to create registry: failed to create registry node '${name}': ${error.message}`);
  }
  log.info(`Successfully created registry '${name}'`);
  if (!parsed.flags['no-help']) {
    const reference = `${name}:${exposure.port}`;
    process.stdout.write(
      [
        '# You can now use the registry like this (example):',
        '# 1. create a new cluster that uses this registry',
        `k3d cluster create --registry-use ${reference}`,
        '',
        '# 2. tag an existing local image to be pushed to the registry',
        `docker tag nginx:latest ${reference}/mynginx:v0.1`,
        '',
        '# 3. push that image to the registry',
        `docker push ${reference}/mynginx:v0.1`,
        '',
        '# 4. run a pod that uses this image',
        `kubectl run mynginx --image ${reference}/mynginx:v0.1`,
        '',
        '',
      ].join('\n'),
    );
  }
}

function registries(log, dockerHost) {
  try {
    return allK3dContainers(dockerHost).filter((details) => labelsOf(details)['k3d.role'] === 'registry');
  } catch (error) {
    log.fatal(error.message);
  }
  return [];
}

export function registryList(context, parsed) {
  const { log } = context;
  const dockerHost = hostOrFatal(log);
  let found = registries(log, dockerHost);
  if (parsed.args.length > 0) {
    found = parsed.args.map((name) => findNode(name, dockerHost) ?? log.fatal(`failed to get node '${name}': Didn't find container for node '${name}'`));
    found = found.filter((details) => labelsOf(details)['k3d.role'] === 'registry');
  }
  found.sort((left, right) => nameOf(left).localeCompare(nameOf(right)));
  const format = parsed.flags.output.toLowerCase();
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(found.map(nodeJson))}\n`);
    return;
  }
  if (format === 'yaml') log.fatal('the k3d stand-in does not support -o yaml; use -o json');
  const rows = parsed.flags['no-headers'] ? [] : [['NAME', 'ROLE', 'CLUSTER', 'STATUS']];
  for (const details of found) {
    const labels = labelsOf(details);
    rows.push([nameOf(details), 'registry', labels['k3d.cluster'] === undefined ? '*' : labels['k3d.cluster'], details.State?.Status ?? '']);
  }
  printTable(rows);
}

export function registryDelete(context, parsed) {
  const { log } = context;
  const dockerHost = hostOrFatal(log);
  if (!parsed.flags.all && parsed.args.length < 1) log.fatal('Expecting at least one registry name if `--all` is not set');
  const targets = parsed.flags.all ? registries(log, dockerHost) : [];
  for (const name of parsed.args) {
    const details = findNode(name, dockerHost);
    if (!details) log.fatal(`failed to get node '${name}': Didn't find container for node '${name}'`);
    if (labelsOf(details)['k3d.role'] === 'registry') targets.push(details);
  }
  if (targets.length === 0) {
    log.info('No registries found');
    return;
  }
  for (const details of targets) {
    try {
      docker(['rm', '-f', '-v', nameOf(details)], dockerHost);
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      log.fatal(`docker failed to remove the container '${nameOf(details)}': ${error.detail}`);
    }
  }
}
