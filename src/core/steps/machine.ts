// macOS: the Podman machine. Init it when missing, start it when stopped, then wait for its API.

import { SetupError } from '../errors.js';
import { runChecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { MACHINE_IMAGE_WAIT_MS, machineImageForInit, removeUncachedMachineImage } from './machine-image.js';
import { waitForSocket } from '../../tools/api-socket.js';
import { parseMachineList, podmanArgv, type MachineListEntry } from '../../tools/podman.js';
import { inspectMachine, machineEnv } from './machine-inspect.js';
import { START_ATTEMPTS, startMachineWithRetries } from './machine-start.js';

/** Init downloads the machine image (about 1 GB) unless a cached one is passed with --image. */
const INIT_TIMEOUT_MS = 20 * 60_000;
const API_DEADLINE_MS = 90_000;

export const machineStep: Step = {
  id: 'machine',
  title: 'Podman machine',
  deadlineMs: (context) =>
    MACHINE_IMAGE_WAIT_MS + INIT_TIMEOUT_MS + START_ATTEMPTS * (context.config.machineStartTimeoutSeconds * 1000 + 90_000) + API_DEADLINE_MS,
  skipReason: (context) => (context.platform.os === 'darwin' ? undefined : 'no VM on Linux'),

  async run(context) {
    const { config } = context;
    const name = config.machineName;
    const machines = await listMachines(context);
    const actions: string[] = [];

    await stopOrRejectOtherMachine(context, machines, actions);

    if (!machines.some((machine) => machine.name === name)) {
      await initMachine(context);
      actions.push('initialized');
    }

    const before = context.runner.dryRun && actions.includes('initialized') ? undefined : await inspectMachine(context, name);
    if (before && before.rootful !== config.rootful) {
      // Changing it needs a stopped machine and a restart; a running machine is left as it is.
      context.reporter.warning(
        `Machine ${name} is ${before.rootful ? 'rootful' : 'rootless'}, but rootful is ${config.rootful}. ` +
          `To change it: podman machine stop ${name} && podman machine set --rootful=${config.rootful} ${name}`,
      );
    }
    if (before?.state !== 'running') {
      await startMachineWithRetries(context);
      context.facts.machineStarted = true;
      actions.push('started');
    }

    if (context.runner.dryRun) {
      return { changed: actions.length > 0, detail: actions.length ? `would be ${actions.join(', ')}` : 'already running' };
    }

    // A machine that was running already needs no second inspect; a started one does.
    const machine = before?.state === 'running' ? before : await inspectMachine(context, name);
    context.facts.machine = machine;
    context.facts.machineProvider = machine.provider ?? (config.machineProvider === 'auto' ? undefined : config.machineProvider);
    if (!machine.socketPath) {
      throw new SetupError(`podman machine inspect ${name} reports no API socket path.`, {
        hint: `Run \`podman machine inspect ${name}\` and check ConnectionInfo.PodmanSocket.`,
      });
    }
    const ready = await waitForSocket(machine.socketPath, API_DEADLINE_MS, context.signal);
    if (!ready.ok) {
      throw new SetupError(
        `The machine ${name} is ${machine.state}, but its API socket ${machine.socketPath} did not respond within ${API_DEADLINE_MS / 1000} s (${ready.reason}).`,
        { hint: `Run \`podman machine stop ${name}\` and \`podman machine start ${name}\`, then read $TMPDIR/podman/*.log.` },
      );
    }

    const detail = actions.length ? `${name}: ${actions.join(', ')}` : `${name} is already running`;
    return { changed: actions.length > 0, detail };
  },
};

async function listMachines(context: SetupContext): Promise<MachineListEntry[]> {
  const result = await runChecked(context, {
    argv: podmanArgv.machineList(),
    timeoutMs: 30_000,
    env: machineEnv(context.config),
    readOnly: true,
    hint: 'Check that `podman machine list` works in a terminal.',
  });
  return parseMachineList(result.stdout);
}

/** Podman runs one machine at a time on macOS; another running one blocks the start. */
async function stopOrRejectOtherMachine(
  context: SetupContext,
  machines: MachineListEntry[],
  actions: string[],
): Promise<void> {
  const name = context.config.machineName;
  const other = machines.find((machine) => machine.name !== name && (machine.running || machine.starting));
  if (!other) return;

  if (!context.config.stopOtherMachines) {
    throw new SetupError(
      `Another Podman machine is running: ${other.name}. Podman runs one machine at a time, so ${name} cannot start.`,
      {
        hint: `Set machine-name to ${other.name} to use it, or set stop-other-machines to true (CLI: --stop-other-machines) to stop it.`,
      },
    );
  }
  await runChecked(context, {
    argv: podmanArgv.machineStop(other.name),
    timeoutMs: 120_000,
    env: machineEnv(context.config),
    hint: `Stop it by hand with \`podman machine stop ${other.name}\`.`,
  });
  actions.push(`stopped ${other.name}`);
}

async function initMachine(context: SetupContext): Promise<void> {
  const { config } = context;
  const image = await machineImageForInit(context);
  const source = image ? `, image ${image}` : '';
  context.reporter.info(`Creating machine ${config.machineName} (${config.cpus} CPUs, ${config.memoryMiB} MiB, ${config.diskSizeGiB} GiB disk${source})`);
  const argv = podmanArgv.machineInit({
    name: config.machineName,
    cpus: config.cpus,
    memoryMiB: config.memoryMiB,
    diskSizeGiB: config.diskSizeGiB,
    rootful: config.rootful,
    image,
  });

  try {
    await runChecked(context, {
      argv,
      timeoutMs: INIT_TIMEOUT_MS,
      env: machineEnv(config),
      hint: 'Lower memory or cpus if they exceed the host; a download error means quay.io could not be reached.',
    });
  } finally {
    await removeUncachedMachineImage(context);
  }
}
