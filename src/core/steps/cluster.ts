// The k3d cluster: reuse a running one of that name, start a stopped one, or create it.

import { createServer } from 'node:net';

import { SetupError } from '../errors.js';
import { runChecked, runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { awaitBackground } from '../background.js';
import { CLUSTER_TOOLS } from './install.js';
import { awaitNodeImages } from './node-images.js';
import { isClusterRunning, k3dArgv, k3dEnv, k3dErrorLines, k3dFailureLine, parseClusterList, parseRegistryList, type ClusterSummary } from '../../tools/k3d.js';

/** Time beyond k3d's own --timeout for it to roll back and exit before we stop it. */
const K3D_EXIT_MARGIN_MS = 90_000;

export const clusterStep: Step = {
  id: 'cluster',
  title: 'k3d cluster',
  deadlineMs: (context) => context.config.waitTimeoutSeconds * 1000 + 2 * K3D_EXIT_MARGIN_MS,
  skipReason: (context) => (context.config.createCluster ? undefined : 'create-cluster is false'),

  async run(context) {
    const name = context.config.clusterName;
    context.facts.cluster = { name };
    await awaitBackground(context, CLUSTER_TOOLS);

    const existing = (await listClusters(context)).find((cluster) => cluster.name === name);
    if (existing && isClusterRunning(existing)) {
      return { changed: false, detail: `${name} is already running (${describeNodes(existing)})` };
    }
    context.facts.cluster.createdByThisRun = true;
    if (existing) {
      await runK3d(context, k3dArgv.clusterStart(name, context.config.waitTimeoutSeconds), 'start');
      return { changed: true, detail: `${name} was stopped; started it` };
    }

    const registryUse = await ensureRegistry(context);
    const apiPort = context.config.apiPort ?? (await freeLocalPort());
    await awaitNodeImages(context);
    await runK3d(
      context,
      k3dArgv.clusterCreate({
        name,
        image: context.config.k3sImage,
        servers: context.config.servers,
        agents: context.config.agents,
        // 127.0.0.1 makes the kubeconfig read https://127.0.0.1:PORT; the 0.0.0.0 default is
        // unreachable through a unix:// DOCKER_HOST, and macOS 15 blocks the VM's own address.
        apiHostPort: `127.0.0.1:${apiPort}`,
        timeoutSeconds: context.config.waitTimeoutSeconds,
        ports: context.config.ports,
        k3sArgs: context.config.k3sArgs,
        configFile: context.config.k3dConfig,
        registryUse,
        extraArgs: context.config.k3dArgs,
      }),
      'create',
    );
    const verb = context.runner.dryRun ? 'would create' : 'created';
    return { changed: true, detail: `${verb} ${name} with API on 127.0.0.1:${apiPort}` };
  },
};

export function k3dEnvFor(context: SetupContext): Record<string, string> {
  const { dockerHost, dockerSock, containerInit } = context.facts;
  if (!dockerHost || !dockerSock) throw new SetupError('DOCKER_HOST must be set up before k3d runs.');
  const env = k3dEnv(dockerHost, dockerSock);
  if (containerInit === false) env.K3D_DEBUG_DISABLE_DOCKER_INIT = 'true';
  return env;
}

export async function listClusters(context: SetupContext): Promise<ClusterSummary[]> {
  if (await k3dMissingInDryRun(context)) return [];
  const result = await runChecked(context, {
    argv: k3dArgv.clusterList(),
    timeoutMs: 60_000,
    env: k3dEnvFor(context),
    readOnly: true,
    hint: 'k3d cannot list clusters through DOCKER_HOST; check that `docker ps` works with the same DOCKER_HOST.',
  });
  return parseClusterList(result.stdout);
}

/**
 * Runs a k3d command that changes the cluster. On failure it shows the diagnostics group, then
 * raises an error quoting k3d's FATA line.
 */
async function runK3d(context: SetupContext, argv: string[], action: 'create' | 'start'): Promise<void> {
  const timeoutMs = context.config.waitTimeoutSeconds * 1000 + K3D_EXIT_MARGIN_MS;
  let output = '';
  let failure: unknown;
  try {
    const result = await runUnchecked(context, { argv, timeoutMs, env: k3dEnvFor(context) });
    if (result.exitCode === 0) return;
    output = `${result.stdout}\n${result.stderr}`;
  } catch (error) {
    failure = error;
  }

  if (failure) throw failure;

  const reasons = k3dErrorLines(output).slice(-3);
  const fatal = k3dFailureLine(output) ?? 'no output';
  throw new SetupError(
    `k3d cluster ${action} ${context.config.clusterName} failed: ${fatal}` + (reasons.length ? `\n${reasons.join('\n')}` : ''),
    {
      hint:
        'Read the Diagnostics group. Common causes on Podman: the machine is rootless (set rootful: true), ' +
        `too little memory (raise memory), or image pulls slower than wait-timeout (${context.config.waitTimeoutSeconds} s).`,
    },
  );
}

/** Creates the registry once and returns the --registry-use value, k3d-NAME:PORT. */
async function ensureRegistry(context: SetupContext): Promise<string | undefined> {
  const name = context.config.registry;
  if (!name) return undefined;

  if (await k3dMissingInDryRun(context)) return `k3d-${name}`;
  const list = await runChecked(context, { argv: k3dArgv.registryList(), timeoutMs: 60_000, env: k3dEnvFor(context), readOnly: true });
  const containerName = `k3d-${name}`;
  if (parseRegistryList(list.stdout).includes(containerName)) {
    // NOTE: a registry that an earlier run created keeps its port; k3d resolves NAME alone.
    return containerName;
  }

  const port = await freeLocalPort();
  await runChecked(context, {
    argv: k3dArgv.registryCreate(name, port),
    timeoutMs: context.config.waitTimeoutSeconds * 1000,
    env: k3dEnvFor(context),
    hint: 'The registry image (docker.io/library/registry:2) must be pullable from the Podman machine.',
  });
  if (context.facts.cluster) context.facts.cluster.registry = name;
  return `${containerName}:${port}`;
}

/** In a dry run k3d may not be installed yet; its reads then stand for an empty machine. */
async function k3dMissingInDryRun(context: SetupContext): Promise<boolean> {
  return context.runner.dryRun && (await context.runner.which('k3d')) === undefined;
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function describeNodes(cluster: ClusterSummary): string {
  return `${cluster.serversRunning}/${cluster.serversCount} servers, ${cluster.agentsRunning}/${cluster.agentsCount} agents`;
}
