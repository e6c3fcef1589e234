// The Docker CLI: argv builders and the parser for `docker version` JSON.

import { asRecord, optionalRecord, optionalString } from './json.js';

export const DOCKER = 'docker';

export const dockerArgv = {
  clientVersion: () => [DOCKER, '--version'],
  version: () => [DOCKER, 'version', '--format', '{{json .}}'],
  /** A cheap read through the API: the server sends one container ID at most. */
  latestContainerId: () => [DOCKER, 'ps', '--quiet', '--latest'],
};

export interface DockerVersion {
  client: string;
  /** Undefined when the CLI reached no server. */
  server: string | undefined;
  /** The server's engine component, `Podman Engine` when Podman serves the API. */
  engine: string | undefined;
  /** Version of the Podman Engine component, when the server is Podman. */
  podmanVersion: string | undefined;
}

/**
 * Reads `docker version --format '{{json .}}'`. The CLI prints the Client object even when it
 * reaches no server (`"Server":null`, exit code 1), so a missing server is not a parse error.
 */
export function parseDockerVersion(stdout: string): DockerVersion {
  const data = asRecord(JSON.parse(firstJsonLine(stdout)), 'docker version');
  const client = asRecord(data.Client, 'Client');
  const server = optionalRecord(data.Server);
  const components = Array.isArray(server?.Components) ? server.Components : [];
  const podman = components
    .map((component: unknown) => optionalRecord(component))
    .find((component) => component?.Name === 'Podman Engine');

  return {
    client: optionalString(client.Version) ?? 'unknown',
    server: optionalString(server?.Version),
    engine: podman ? 'Podman Engine' : optionalString(optionalRecord(components[0])?.Name),
    podmanVersion: optionalString(podman?.Version),
  };
}

/** Reads `docker --version`: `Docker version 28.2.2, build e6534b4`. */
export function parseDockerClientVersion(stdout: string): string {
  const match = /Docker version ([^\s,]+)/.exec(stdout);
  if (!match?.[1]) throw new Error(`Unexpected \`docker --version\` output: ${stdout.trim()}`);
  return match[1];
}

/** Returns the first line that starts with `{`, because the CLI may print warnings after the JSON. */
function firstJsonLine(stdout: string): string {
  const line = stdout.split('\n').find((candidate) => candidate.trim().startsWith('{'));
  if (!line) throw new Error(`\`docker version\` printed no JSON: ${stdout.trim().slice(0, 200)}`);
  return line;
}
