// Linux: Podman runs on the host, so no VM is needed; make sure its API socket is serving.

import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { SetupError, tail } from '../errors.js';
import { exists, isDirectory } from '../files.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { pingSocket, waitForSocket } from '../../tools/api-socket.js';
import { podmanArgv } from '../../tools/podman.js';

const SERVICE_START_DEADLINE_MS = 30_000;

/** Paths where Podman looks for catatonit (containers.conf init_path) and where Debian installs it. */
const CATATONIT_PATHS = ['/usr/libexec/podman/catatonit', '/usr/bin/catatonit'];

/** Returns where Podman serves its API: the system socket for root, the user's runtime dir otherwise. */
export function linuxSocketPath(context: SetupContext): string {
  const { platform } = context;
  if (platform.uid === 0) return '/run/podman/podman.sock';
  const runtimeDir = platform.env.XDG_RUNTIME_DIR || `/run/user/${platform.uid}`;
  return join(runtimeDir, 'podman', 'podman.sock');
}

export const linuxServiceStep: Step = {
  id: 'podman-service',
  title: 'Podman API socket',
  deadlineMs: () => SERVICE_START_DEADLINE_MS + 15_000,
  skipReason: (context) => (context.platform.os === 'linux' ? undefined : 'not Linux'),

  async run(context) {
    const socketPath = linuxSocketPath(context);
    context.facts.socketPath = socketPath;
    context.facts.machineProvider = 'native';
    context.facts.containerInit = (await Promise.all(CATATONIT_PATHS.map(exists))).some(Boolean);

    const first = await pingSocket(socketPath, 3000);
    if (first.ok) return { changed: false, detail: `${socketPath} is serving` };

    if (context.runner.dryRun) {
      await context.runner.spawnDetached({ argv: podmanArgv.systemService(socketPath), logFile: serviceLog(context) });
      return { changed: true, detail: `would start podman system service on ${socketPath}` };
    }

    // A directory at the socket path is what a container's bind mount of a missing socket leaves.
    if (await isDirectory(socketPath)) {
      throw new SetupError(`${socketPath} is a directory, so no API socket can be created there.`, {
        hint: `Remove it (rmdir ${socketPath}) and run again; a container that bind-mounted the socket while no service ran leaves such a directory.`,
      });
    }
    // A socket file that no process serves is left from a stopped service, and podman cannot bind over it.
    if (first.reason === 'ECONNREFUSED' && (await exists(socketPath))) await rm(socketPath, { force: true });
    await mkdir(dirname(socketPath), { recursive: true, mode: 0o700 });

    const logFile = serviceLog(context);
    const pid = await context.runner.spawnDetached({ argv: podmanArgv.systemService(socketPath), logFile });
    context.facts.servicePid = pid;
    context.reporter.info(`Started podman system service (pid ${pid}) on ${socketPath}; its log is ${logFile}`);

    const ready = await waitForSocket(socketPath, SERVICE_START_DEADLINE_MS, context.signal);
    if (!ready.ok) {
      context.platform.kill(-pid, 'SIGTERM');
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new SetupError(
        `podman system service did not respond on ${socketPath} within ${SERVICE_START_DEADLINE_MS / 1000} s (${ready.reason}).` +
          (log.trim() ? `\n${tail(log, 10)}` : ''),
        { hint: `Read ${logFile}; run \`podman system service --time=0 unix://${socketPath}\` by hand to see the error.` },
      );
    }
    return { changed: true, detail: `started podman system service (pid ${pid}) on ${socketPath}` };
  },
};

function serviceLog(context: SetupContext): string {
  return join(context.platform.stateDir, 'podman-service.log');
}


