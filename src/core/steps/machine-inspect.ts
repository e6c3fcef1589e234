// Reading one machine's state, with the provider setting every `podman machine` call needs.

import { SetupError } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { Config } from '../config.js';
import type { SetupContext } from '../context.js';
import { isMachineMissing, parseMachineInspect, podmanArgv, type MachineInfo } from '../../tools/podman.js';
import { CommandError } from '../errors.js';

/** CONTAINERS_MACHINE_PROVIDER overrides containers.conf's provider; unset keeps Podman's default. */
export function machineEnv(config: Config): Record<string, string> {
  return config.machineProvider === 'auto' ? {} : { CONTAINERS_MACHINE_PROVIDER: config.machineProvider };
}

/** Inspects one machine; a missing machine is an error naming it. */
export async function inspectMachine(context: SetupContext, name: string): Promise<MachineInfo> {
  const argv = podmanArgv.machineInspect(name);
  const result = await runUnchecked(context, {
    argv,
    timeoutMs: 30_000,
    env: machineEnv(context.config),
    readOnly: true,
  });
  if (result.exitCode !== 0) {
    const hint = isMachineMissing(result.stderr)
      ? `Create it with \`podman machine init ${name}\`, or run setup again.`
      : 'Check that `podman machine inspect` works in a terminal.';
    throw new CommandError(argv, result.exitCode, result.stderr, { hint, stdout: result.stdout });
  }

  const machine = parseMachineInspect(result.stdout).find((entry) => entry.name === name);
  if (!machine) throw new SetupError(`podman machine inspect ${name} returned no machine of that name.`);
  return machine;
}
