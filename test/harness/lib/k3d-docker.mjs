// The real Docker CLI, run with the caller's DOCKER_HOST, so every container the k3d stand-in
// makes really goes through the API socket the product set up (Podman here). On the simulated Mac
// `docker` on PATH is the harness's fake, a Node wrapper. Real k3d and kubectl call the API without
// starting a docker process, so the stand-ins skip the wrapper and run the real CLI it names
// (FAKE_REAL_DOCKER).

import { spawnSync } from 'node:child_process';

/** k3d's default when DOCKER_HOST is unset: the Docker client's default socket. */
export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

const DOCKER_TIMEOUT_MS = 120_000;

export class DockerError extends Error {
  /** @param {string[]} args @param {string} detail the CLI's stderr, without its "docker: " prefix */
  constructor(args, detail) {
    super(detail);
    this.args = args;
    this.detail = detail;
  }
}

/**
 * Runs `docker ARGS` and returns its stdout; throws DockerError with the CLI's message on a
 * non-zero exit. `dockerHost` overrides DOCKER_HOST for this call when given.
 */
export function docker(args, dockerHost) {
  const env = { ...process.env };
  if (dockerHost !== undefined) env.DOCKER_HOST = dockerHost;
  const program = process.env.FAKE_REAL_DOCKER || 'docker';
  const result = spawnSync(program, args, { encoding: 'utf8', env, timeout: DOCKER_TIMEOUT_MS });
  if (result.error) {
    throw new DockerError(args, `failed to run docker: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const detail = (result.stderr || result.stdout || `docker exited ${result.status}`)
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith("Run 'docker"))
      .join('\n')
      .replace(/^docker: /, '');
    throw new DockerError(args, detail);
  }
  return result.stdout;
}

/** Returns the `docker inspect` objects of all containers (running or not) carrying every label. */
export function inspectContainersByLabels(labels, dockerHost) {
  const filters = Object.entries(labels).flatMap(([key, value]) => ['--filter', `label=${key}=${value}`]);
  const ids = docker(['ps', '-a', '--no-trunc', '--format', '{{.ID}}', ...filters], dockerHost)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (ids.length === 0) return [];
  return JSON.parse(docker(['inspect', '--type', 'container', ...ids], dockerHost));
}

/** Returns the `docker inspect` object of container `name`, or undefined when there is none. */
export function inspectContainer(name, dockerHost) {
  try {
    const [details] = JSON.parse(docker(['inspect', '--type', 'container', name], dockerHost));
    return details;
  } catch (error) {
    if (error instanceof DockerError && /no such (container|object)/i.test(error.detail)) return undefined;
    throw error;
  }
}

/** Returns the container's labels as an object (Podman may report null for none). */
export function labelsOf(details) {
  return details?.Config?.Labels ?? {};
}

/** Returns the container name without Docker's leading slash. */
export function nameOf(details) {
  return String(details.Name ?? '').replace(/^\//, '');
}
