// k3d: argv builders, the environment it needs, and parsers for its JSON and log lines.

import { asRecord, optionalNumber, optionalRecord, optionalString, requireString } from './json.js';

export const K3D = 'k3d';

export interface ClusterCreateOptions {
  name: string;
  image: string;
  servers: number;
  agents: number;
  apiHostPort: string;
  timeoutSeconds: number;
  ports: readonly string[];
  k3sArgs: readonly string[];
  configFile?: string;
  registryUse?: string;
  extraArgs: readonly string[];
}

export const k3dArgv = {
  version: () => [K3D, 'version', '-o', 'json'],
  clusterList: () => [K3D, 'cluster', 'list', '-o', 'json'],
  clusterCreate: (options: ClusterCreateOptions) => {
    const argv = [K3D, 'cluster', 'create', options.name];
    // A config file's own settings win over flag defaults only when the flags are left out.
    if (options.configFile) argv.push('--config', options.configFile);
    argv.push(
      '--image',
      options.image,
      '--servers',
      String(options.servers),
      '--agents',
      String(options.agents),
      '--api-port',
      options.apiHostPort,
      '--timeout',
      `${options.timeoutSeconds}s`,
      '--wait',
      '--kubeconfig-update-default=false',
      '--kubeconfig-switch-context=false',
    );
    for (const port of options.ports) argv.push('--port', port);
    for (const k3sArg of options.k3sArgs) argv.push('--k3s-arg', k3sArg);
    if (options.registryUse) argv.push('--registry-use', options.registryUse);
    argv.push(...options.extraArgs);
    return argv;
  },
  clusterStart: (name: string, timeoutSeconds: number) => [K3D, 'cluster', 'start', name, '--wait', '--timeout', `${timeoutSeconds}s`],
  clusterStop: (name: string) => [K3D, 'cluster', 'stop', name],
  clusterDelete: (name: string) => [K3D, 'cluster', 'delete', name],
  kubeconfigGet: (name: string) => [K3D, 'kubeconfig', 'get', name],
  registryList: () => [K3D, 'registry', 'list', '-o', 'json'],
  /** `--default-network podman`: k3d's default `bridge` network does not exist on Podman. */
  registryCreate: (name: string, port: number) => [K3D, 'registry', 'create', name, '--default-network', 'podman', '--port', `127.0.0.1:${port}`],
  registryDelete: (name: string) => [K3D, 'registry', 'delete', `k3d-${name}`],
};

/**
 * Builds the environment of every k3d call: plain log lines, and DOCKER_SOCK, the socket path inside
 * the Podman host that k3d mounts into its tools container.
 */
export function k3dEnv(dockerHost: string, dockerSock: string): Record<string, string> {
  return { LOG_COLORS: 'false', DOCKER_HOST: dockerHost, DOCKER_SOCK: dockerSock };
}

export interface K3dVersion {
  k3d: string;
  k3s: string | undefined;
}

/** Reads `k3d version -o json`: `{"k3d":"v5.8.3","k3s":"v1.31.5-k3s1"}`. */
export function parseK3dVersion(stdout: string): K3dVersion {
  const data = asRecord(JSON.parse(stdout), 'k3d version');
  return { k3d: requireString(data.k3d, 'k3d'), k3s: optionalString(data.k3s) };
}

/** Reads the text form of `k3d version` (before 5.5 there is no JSON form). */
export function parseK3dVersionText(stdout: string): K3dVersion {
  const k3d = /k3d version (\S+)/.exec(stdout)?.[1];
  if (!k3d) throw new Error(`Unexpected \`k3d version\` output: ${stdout.trim()}`);
  return { k3d, k3s: /k3s version (\S+)/.exec(stdout)?.[1] };
}

export interface ClusterNode {
  name: string;
  role: string;
  running: boolean;
  status: string | undefined;
}

export interface ClusterSummary {
  name: string;
  nodes: ClusterNode[];
  serversRunning: number;
  serversCount: number;
  agentsRunning: number;
  agentsCount: number;
}

/** Reads `k3d cluster list -o json`: an array of clusters, `[]` when there is none. */
export function parseClusterList(stdout: string): ClusterSummary[] {
  const text = stdout.trim();
  if (text === '' || text === 'null') return [];
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error('`k3d cluster list -o json` did not print a JSON array');

  return data.map((item: unknown) => {
    const cluster = asRecord(item, 'cluster');
    const nodes = Array.isArray(cluster.nodes) ? cluster.nodes : [];
    return {
      name: requireString(cluster.name, 'name'),
      nodes: nodes.map((entry: unknown) => {
        const node = asRecord(entry, 'node');
        const state = optionalRecord(node.State);
        return {
          name: requireString(node.name, 'node name'),
          role: optionalString(node.role) ?? 'noRole',
          running: state?.Running === true,
          status: optionalString(state?.Status),
        };
      }),
      serversRunning: optionalNumber(cluster.serversRunning) ?? 0,
      serversCount: optionalNumber(cluster.serversCount) ?? 0,
      agentsRunning: optionalNumber(cluster.agentsRunning) ?? 0,
      agentsCount: optionalNumber(cluster.agentsCount) ?? 0,
    };
  });
}

/** True when every server and agent node of the cluster runs. */
export function isClusterRunning(cluster: ClusterSummary): boolean {
  return cluster.serversCount > 0 && cluster.serversRunning === cluster.serversCount && cluster.agentsRunning === cluster.agentsCount;
}

/** Reads `k3d registry list -o json`: the names of the registries (containers named k3d-NAME). */
export function parseRegistryList(stdout: string): string[] {
  const text = stdout.trim();
  if (text === '' || text === 'null') return [];
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) return [];
  return data
    .map((item: unknown) => optionalString(optionalRecord(item)?.name))
    .filter((name): name is string => name !== undefined);
}

export interface K3dLogLine {
  level: string;
  message: string;
}

/**
 * Reads one k3d log line in either of logrus's text layouts: `FATA[0032] message` (colours on)
 * or `time="..." level=fatal msg="message"` (LOG_COLORS=false, which is how this tool runs k3d).
 */
export function parseK3dLogLine(line: string): K3dLogLine | undefined {
  const short = /^(INFO|WARN|ERRO|FATA|DEBU|TRAC|PANI)\[\d+\]\s*(.*)$/.exec(line.trim());
  if (short) return { level: { INFO: 'info', WARN: 'warning', ERRO: 'error', FATA: 'fatal', DEBU: 'debug', TRAC: 'trace', PANI: 'panic' }[short[1] as 'INFO'], message: short[2] ?? '' };

  const level = /(?:^|\s)level=(\w+)/.exec(line)?.[1];
  if (!level) return undefined;
  const quoted = /(?:^|\s)msg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
  const bare = /(?:^|\s)msg=(\S+)/.exec(line)?.[1];
  const message = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  return { level, message };
}

/**
 * Returns the message that gives the reason k3d failed: its fatal line (for example "Cluster creation FAILED,
 * all changes have been rolled back!"), else the last error line, else the last line.
 */
export function k3dFailureLine(output: string): string | undefined {
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const parsed = lines.map((line) => ({ line, log: parseK3dLogLine(line) }));
  const fatal = parsed.filter((entry) => entry.log?.level === 'fatal').at(-1);
  const error = parsed.filter((entry) => entry.log?.level === 'error').at(-1);
  const chosen = fatal ?? error;
  return chosen?.log ? chosen.log.message : lines.at(-1);
}

/** Returns the messages of k3d's error lines, which come before the fatal line and give its reason. */
export function k3dErrorLines(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => parseK3dLogLine(line))
    .filter((log): log is K3dLogLine => log?.level === 'error')
    .map((log) => log.message);
}
