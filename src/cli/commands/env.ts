// `setup-podman-k3d env`: the export lines that point a shell at this machine's Podman socket,
// printed, or with --persist written into the shell's rc file.

import { SetupError, InputError, UsageError } from '../../core/errors.js';
import { pingSocket } from '../../tools/api-socket.js';
import { currentSocket } from '../../core/steps/docker-host.js';
import type { ParsedArgs } from '../args.js';
import { defaultRcFile, persistBlock } from '../rc-file.js';
import { openSession } from '../session.js';
import { exportLine, SHELLS, type ShellName } from '../shell.js';
import { readLocalState } from '../state.js';

export const ENV_FLAGS = { shell: false, persist: true, 'rc-file': false } as const;

export async function envCommand(args: ParsedArgs): Promise<number> {
  const shell = (args.flags.shell === undefined ? detectShell(process.env.SHELL) : String(args.flags.shell)) as ShellName;
  if (!SHELLS.includes(shell)) throw new InputError('--shell', shell, `one of ${SHELLS.join(', ')}`);

  const session = openSession({ settings: args.settings, quiet: true });
  try {
    const { context } = session;
    const { socketPath, dockerSock } = await currentSocket(context);
    if (!socketPath) throw new SetupError('No Podman API socket found.', { hint: 'Run `setup-podman-k3d up` first.' });

    // The values are resolved here and written as literals, so a new shell needs no variable of ours.
    const lines = [exportLine(shell, 'DOCKER_HOST', `unix://${socketPath}`), exportLine(shell, 'DOCKER_SOCK', dockerSock)];
    const saved = await readLocalState(session.stateDir);
    if (saved?.kubeconfig) lines.push(exportLine(shell, 'KUBECONFIG', saved.kubeconfig));

    const ping = await pingSocket(socketPath, 3000);
    if (!ping.ok) process.stderr.write(`warning: nothing responds on ${socketPath} (${ping.reason}); run \`setup-podman-k3d up\`.\n`);
    if (args.flags['rc-file'] !== undefined && args.flags.persist === undefined) {
      throw new UsageError('--rc-file needs --persist.');
    }

    if (args.flags.persist === undefined) {
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }

    const rcFile = typeof args.flags['rc-file'] === 'string' ? args.flags['rc-file'] : defaultRcFile(shell, process.env);
    const result = await persistBlock(rcFile, lines);
    if (!result.changed) {
      process.stderr.write(`${rcFile} already has these lines; nothing changed.\n`);
    } else {
      const backup = result.backup ? ` (previous version saved as ${result.backup})` : '';
      process.stderr.write(`Wrote the setup-podman-k3d block to ${rcFile}${backup}. New shells get:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
    }
    return 0;
  } finally {
    session.close();
  }
}

/** Picks the shell named by $SHELL, or bash. */
export function detectShell(shellPath: string | undefined): ShellName {
  const name = shellPath?.split('/').pop();
  return SHELLS.find((shell) => shell === name) ?? 'bash';
}
