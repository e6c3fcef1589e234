// Starting the machine under our own timeout, because `podman machine start` has none and is
// known to hang; between attempts, the machine's leftover helper processes are stopped.

import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { CommandError, SetupError, describeError, firstLine, tail } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import { podmanArgv } from '../../tools/podman.js';
import { machineEnv } from './machine-inspect.js';

/** The processes Podman runs for a macOS machine: the hypervisor and the network proxy. */
const HELPER_NAMES = new Set(['vfkit', 'krunkit', 'gvproxy', 'qemu-system-x86_64', 'qemu-system-aarch64']);
const HELPER_STOP_GRACE_MS = 3000;
/** Time for finding and stopping the helpers of a cancelled start, whose own signal has already fired. */
const CANCELLED_CLEANUP_MS = 10_000;
export const START_ATTEMPTS = 3;

export async function startMachineWithRetries(context: SetupContext): Promise<void> {
  const name = context.config.machineName;
  const timeoutMs = context.config.machineStartTimeoutSeconds * 1000;
  let lastError: unknown;

  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    context.reporter.info(`Starting machine ${name} (attempt ${attempt} of ${START_ATTEMPTS}, timeout ${timeoutMs / 1000} s)`);
    try {
      const argv = podmanArgv.machineStart(name);
      const result = await runUnchecked(context, { argv, timeoutMs, env: machineEnv(context.config) });
      if (result.exitCode === 0 || /already running/.test(result.stderr)) return;
      throw new CommandError(argv, result.exitCode, result.stderr, { stdout: result.stdout });
    } catch (error) {
      if (context.signal.aborted) {
        // Podman leaves the hypervisor it launched running when its start is interrupted.
        await stopLeftoverHelpers({ ...context, signal: AbortSignal.timeout(CANCELLED_CLEANUP_MS) });
        throw error;
      }
      lastError = error;
      context.reporter.warning(`Attempt ${attempt} to start ${name} failed: ${firstLine(describeError(error))}`);
      if (attempt < START_ATTEMPTS) await cleanUpAfterFailedStart(context);
    }
  }

  const logs = await machineLogTail(context);
  throw new SetupError(
    `The machine ${name} did not start after ${START_ATTEMPTS} attempts. Last error: ${describeError(lastError)}` +
      (logs ? `\nMachine log (${logs.file}), last lines:\n${logs.text}` : ''),
    {
      hint: `On GitHub-hosted runners, use macos-15-intel or macos-26-intel; locally, run \`podman machine rm ${name}\` and try again.`,
    },
  );
}

/** Stops the half-started machine and any of its helper processes that are still alive. */
async function cleanUpAfterFailedStart(context: SetupContext): Promise<void> {
  const name = context.config.machineName;
  await runUnchecked(context, { argv: podmanArgv.machineStop(name), timeoutMs: 60_000, env: machineEnv(context.config) }).catch(
    (error: unknown) => context.reporter.debug(`podman machine stop ${name} failed: ${describeError(error)}`),
  );
  await stopLeftoverHelpers(context);
}

/** Stops the hypervisor and proxy processes of the machine: SIGTERM, then SIGKILL after a grace period. */
async function stopLeftoverHelpers(context: SetupContext): Promise<void> {
  const name = context.config.machineName;
  const helpers = await findHelperProcesses(context, name).catch((error: unknown) => {
    context.reporter.debug(`Finding leftover helpers of ${name} failed: ${describeError(error)}`);
    return [];
  });
  for (const helper of helpers) {
    context.reporter.info(`Stopping leftover ${helper.program} (pid ${helper.pid}) of machine ${name}`);
    context.platform.kill(helper.pid, 'SIGTERM');
  }
  if (helpers.length === 0) return;

  await new Promise((resolve) => setTimeout(resolve, HELPER_STOP_GRACE_MS));
  for (const helper of helpers) context.platform.kill(helper.pid, 'SIGKILL');
}

interface HelperProcess {
  pid: number;
  program: string;
}

/**
 * Finds hypervisor and proxy processes whose arguments name a file of this machine, so helpers
 * of other machines are left alone.
 */
export async function findHelperProcesses(context: SetupContext, machineName: string): Promise<HelperProcess[]> {
  const result = await runUnchecked(context, { argv: ['ps', '-axo', 'pid=,args='], timeoutMs: 10_000, readOnly: true });
  if (result.exitCode !== 0) return [];
  return parseHelperProcesses(result.stdout, machineName);
}

export function parseHelperProcesses(psOutput: string, machineName: string): HelperProcess[] {
  const helpers: HelperProcess[] = [];
  for (const line of psOutput.split('\n')) {
    const match = /^\s*(\d+)\s+(\S+)(.*)$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const program = basename(match[2]);
    if (!HELPER_NAMES.has(program)) continue;
    // Whole file names are compared, because a name like `dev` is a prefix of another machine's
    // `dev-2-api.sock`, and every helper's paths contain the directories `podman` and `machine`.
    const ownFiles = machineFileNames(program, machineName);
    const argumentFiles = (match[3] ?? '').split(/[\s,=]+/).map((part) => part.slice(part.lastIndexOf('/') + 1));
    if (argumentFiles.some((file) => ownFiles.has(file))) {
      helpers.push({ pid: Number(match[1]), program });
    }
  }
  return helpers;
}

/**
 * Returns the file names that podman derives from the machine name and passes to the helper.
 * gvproxy gets the API and network sockets (5.x) or its pid file (4.x). vfkit and krunkit get the
 * disk image `<name>-<arch>.raw` and the EFI variable store `efi-bl-<name>`, and the 4.x QEMU gets
 * its monitor socket and pid file.
 */
function machineFileNames(program: string, machineName: string): Set<string> {
  if (program === 'gvproxy') {
    return new Set([`${machineName}-api.sock`, `${machineName}-gvproxy.sock`, `${machineName}_proxy.pid`]);
  }
  return new Set([
    `efi-bl-${machineName}`,
    ...['amd64', 'arm64', 'x86_64', 'aarch64'].map((arch) => `${machineName}-${arch}.raw`),
    `qmp_${machineName}.sock`,
    `${machineName}_vm.pid`,
  ]);
}

/** Reads the newest log under $TMPDIR/podman/ that belongs to the machine, for the final error. */
async function machineLogTail(context: SetupContext): Promise<{ file: string; text: string } | undefined> {
  const directory = join(context.platform.tmpDir, 'podman');
  const names = await readdir(directory).catch(() => [] as string[]);
  const logs = names.filter((file) => file.endsWith('.log') && file.startsWith(context.config.machineName));
  for (const file of logs) {
    const text = await readFile(join(directory, file), 'utf8').catch(() => '');
    if (text.trim()) return { file: join(directory, file), text: tail(text, 20) };
  }
  return undefined;
}

