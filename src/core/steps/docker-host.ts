// DOCKER_HOST: point the Docker CLI at Podman's API socket, and prove that it gets there.

import { SetupError } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { pingSocket } from '../../tools/api-socket.js';
import { dockerArgv } from '../../tools/docker.js';
import { MAX_SOCKET_PATH } from '../../tools/podman.js';
import { linuxSocketPath } from './linux-service.js';
import { inspectMachine } from './machine-inspect.js';

/** The rootful API socket inside a Podman machine and on a rootful Linux host. */
const ROOTFUL_GUEST_SOCKET = '/run/podman/podman.sock';

export const dockerHostStep: Step = {
  id: 'docker-host',
  title: 'DOCKER_HOST',
  deadlineMs: () => 60_000,

  async run(context) {
    const { socketPath, dockerSock } = await resolveSocket(context);
    const dockerHost = `unix://${socketPath}`;
    const previous = context.platform.env.DOCKER_HOST;

    context.facts.socketPath = socketPath;
    context.facts.dockerHost = dockerHost;
    context.facts.dockerSock = dockerSock;

    if (previous && previous !== dockerHost) {
      context.reporter.warning(`DOCKER_HOST was ${previous}; it is now ${dockerHost}, the Podman API socket.`);
    }
    context.environment.exportVariable('DOCKER_HOST', dockerHost);
    context.environment.exportVariable('DOCKER_SOCK', dockerSock);

    // Exporting the variable changes nothing on the machine, so this step never counts as a change.
    if (context.runner.dryRun) return { changed: false, detail: `would export DOCKER_HOST=${dockerHost}` };
    const engine = await proveDockerReachesPodman(context, socketPath, dockerHost);
    return {
      changed: false,
      detail: `DOCKER_HOST=${dockerHost}; docker ${engine.client} reaches Podman ${engine.podman}`,
    };
  },
};

/** Resolves the socket of the running setup without changing anything: for `env`, `down` and others. */
export function currentSocket(context: SetupContext): Promise<{ socketPath: string; dockerSock: string }> {
  if (context.platform.os === 'linux') context.facts.socketPath = linuxSocketPath(context);
  return resolveSocket(context);
}

/** The host-side socket and the path k3d should mount inside the Podman host (DOCKER_SOCK). */
export async function resolveSocket(context: SetupContext): Promise<{ socketPath: string; dockerSock: string }> {
  if (context.platform.os !== 'darwin') {
    const socketPath = context.facts.socketPath;
    if (!socketPath) throw new SetupError('No Podman API socket was set up before DOCKER_HOST.');
    return { socketPath, dockerSock: socketPath };
  }

  if (context.runner.dryRun && context.facts.machineStarted) {
    return { socketPath: '<socket from podman machine inspect>', dockerSock: ROOTFUL_GUEST_SOCKET };
  }
  const name = context.config.machineName;
  const machine = context.facts.machine?.name === name ? context.facts.machine : await inspectMachine(context, name);
  if (!machine.socketPath) {
    throw new SetupError(`podman machine inspect ${name} reports no API socket path.`);
  }
  if (machine.socketPath.length > MAX_SOCKET_PATH) {
    throw new SetupError(
      `The API socket path of ${name} is ${machine.socketPath.length} characters, over the ${MAX_SOCKET_PATH} that macOS allows, and Podman reported no shorter symlink.`,
      { hint: 'Set TMPDIR to a shorter directory, or upgrade Podman to 5.x.' },
    );
  }

  // Podman creates the machine's user with the host user's uid, so a rootless guest socket is
  // /run/user/<uid>/podman/podman.sock.
  const dockerSock = machine.rootful ? ROOTFUL_GUEST_SOCKET : `/run/user/${context.platform.uid}/podman/podman.sock`;
  return { socketPath: machine.socketPath, dockerSock };
}

/**
 * Proves the path in two requests: a ping of the socket must come from Podman (its `Server`
 * header), and `docker ps` through DOCKER_HOST must succeed. `docker version` would prove both at
 * once, but Podman 4.3.1 takes about 0.3 s to respond to `GET /version`, against 30 ms for both of these.
 */
async function proveDockerReachesPodman(
  context: SetupContext,
  socketPath: string,
  dockerHost: string,
): Promise<{ client: string; podman: string }> {
  const ping = await pingSocket(socketPath, 10_000);
  if (!ping.ok) {
    throw new SetupError(`The Podman API at ${socketPath} does not respond (${ping.reason}).`, {
      hint: 'Check that the socket exists and that this user may open it.',
    });
  }
  if (!ping.podmanVersion) {
    throw new SetupError(
      `DOCKER_HOST=${dockerHost} reaches a server that is not Podman (Server: ${ping.server ?? 'no header'}).`,
      { hint: 'Another engine serves this socket; stop it or choose another machine.' },
    );
  }

  const argv = dockerArgv.latestContainerId();
  const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost, DOCKER_CONTEXT: undefined }, readOnly: true });
  if (result.exitCode !== 0) {
    const reason = result.stderr.trim().split('\n').at(-1) || `exit code ${result.exitCode}`;
    throw new SetupError(`The Docker CLI cannot reach Podman through DOCKER_HOST=${dockerHost}: ${reason}`, {
      hint: 'Check that `docker` on PATH is the Docker CLI and that no DOCKER_CONFIG or context overrides the host.',
    });
  }
  return { client: context.facts.versions?.docker ?? 'CLI', podman: ping.podmanVersion };
}
