// How the kubectl stand-in connects to a cluster. It loads the kubeconfig kubectl would load
// (--kubeconfig, else the files in KUBECONFIG merged, else ~/.kube/config: see
// k3d-kubectl-kubeconfig.mjs) and takes the server of the selected context. Then it finds the
// stand-in k3d cluster that publishes that API port. The cluster answers only while its load
// balancer (or server-0 with --no-lb) runs in Podman, and only to the CA and client certificate
// k3d handed out for it. Failures print what kubectl v1.33 prints: the connection-refused line, the
// x509 error, or Unauthorized.

import { inspectContainer } from './k3d-docker.mjs';
import { KubeconfigError, loadKubeconfig } from './k3d-kubectl-kubeconfig.mjs';
import { listClusterRecords } from './k3d-state.mjs';

export class KubectlFailure extends Error {
  /** @param {string} stderr full stderr text kubectl prints @param {number} exitCode */
  constructor(stderr, exitCode = 1) {
    super(stderr);
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

/** Discovery retries kubectl logs before giving up on a refused connection. */
const DISCOVERY_ATTEMPTS = 5;

function klogTime(date) {
  const pad = (value, width = 2) => String(value).padStart(width, '0');
  return `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds() * 1000, 6)}`;
}

/**
 * Returns kubectl's stderr for a refused connection to `hostPort`. NOTE: the klog lines copy the
 * shape kubectl v1.31+ logs from its discovery cache (memcache.go); the source line number may
 * differ between releases.
 */
export function connectionRefused(hostPort, serverUrl, withDiscoveryLog) {
  const lines = [];
  if (withDiscoveryLog) {
    for (let attempt = 0; attempt < DISCOVERY_ATTEMPTS; attempt += 1) {
      lines.push(
        `E${klogTime(new Date())}   ${String(process.pid).padStart(5)} memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"${serverUrl}/api?timeout=32s\\": dial tcp ${hostPort}: connect: connection refused"`,
      );
    }
  }
  lines.push(`The connection to the server ${hostPort} was refused - did you specify the right host or port?`);
  return `${lines.join('\n')}\n`;
}

/** Loads the selected context: { server, caData, certData, keyData, insecure, namespace }. */
export function loadContext(options) {
  let config;
  try {
    config = loadKubeconfig(options.kubeconfig);
  } catch (error) {
    if (error instanceof KubeconfigError) throw new KubectlFailure(`error: ${error.message}\n`);
    throw error;
  }
  const contextName = options.context || config.currentContext;
  const context = config.contexts.get(contextName);
  if (options.context && !context) throw new KubectlFailure(`error: context "${options.context}" does not exist\n`);
  const cluster = context ? config.clusters.get(context.cluster) : undefined;
  const user = (context ? config.users.get(context.user) : undefined) ?? {};
  return {
    server: cluster?.server ?? '',
    caData: cluster?.['certificate-authority-data'] ?? '',
    insecure: cluster?.['insecure-skip-tls-verify'] === true,
    certData: user['client-certificate-data'] ?? '',
    keyData: user['client-key-data'] ?? '',
    namespace: context?.namespace ?? 'default',
  };
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '0.0.0.0']);

/** Returns whether a connection to `host` reaches a port the cluster published on `record.apiHostIP`. */
function hostReaches(host, record) {
  if (host === record.apiHostIP || host === record.apiHost) return true;
  return LOOPBACK_NAMES.has(host) && (record.apiHostIP === '0.0.0.0' || record.apiHostIP === '127.0.0.1');
}

function base64(text) {
  return Buffer.from(text).toString('base64');
}

/**
 * Returns the stand-in cluster record the context reaches, or throws the KubectlFailure kubectl
 * would print. `withDiscoveryLog` adds the klog lines commands that discover resources print.
 */
export function connect(dir, options, withDiscoveryLog) {
  const context = loadContext(options);
  if (!context.server) throw new KubectlFailure(connectionRefused('localhost:8080', 'http://localhost:8080', withDiscoveryLog));

  let url;
  try {
    url = new URL(context.server);
  } catch {
    throw new KubectlFailure(`error: couldn't parse server URL "${context.server}"\n`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const hostPort = `${url.hostname}:${port}`;
  const serverUrl = `${url.protocol}//${hostPort}`;

  const record = listClusterRecords(dir).find((candidate) => candidate.apiPort === port && hostReaches(host, candidate));
  if (!record || !apiContainerRunning(record)) throw new KubectlFailure(connectionRefused(hostPort, serverUrl, withDiscoveryLog));

  if (!context.insecure && context.caData !== base64(record.credentials.caPem)) {
    throw new KubectlFailure('Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority\n');
  }
  if (context.certData !== base64(record.credentials.clientCertPem) || context.keyData !== base64(record.credentials.clientKeyPem)) {
    throw new KubectlFailure('error: You must be logged in to the server (Unauthorized)\n');
  }
  return { record, namespace: options.namespace || context.namespace, serverUrl };
}

/** Returns whether the container publishing the API port runs, asking the DOCKER_HOST it was created through. */
function apiContainerRunning(record) {
  const name = record.loadbalancer === false ? `k3d-${record.name}-server-0` : `k3d-${record.name}-serverlb`;
  try {
    return Boolean(inspectContainer(name, record.dockerHost)?.State?.Running);
  } catch {
    return false;
  }
}
