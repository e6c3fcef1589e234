// The local runner's command dispatch.

import { describeError, InputError, InputErrors, UsageError } from '../core/errors.js';
import { PACKAGE_VERSION } from './version.js';
import { parseArgs } from './args.js';
import { wasCancelled } from './session.js';
import { downCommand, DOWN_FLAGS } from './commands/down.js';
import { envCommand, ENV_FLAGS } from './commands/env.js';
import { statusCommand, STATUS_FLAGS } from './commands/status.js';
import { upCommand, UP_FLAGS } from './commands/up.js';
import { verifyDocsCommand, VERIFY_DOCS_FLAGS } from './commands/verify-docs.js';
import { downHelp, envHelp, mainHelp, statusHelp, upHelp, verifyDocsHelp } from './help.js';

interface Command {
  flags: Readonly<Record<string, boolean>>;
  /** True when the command takes arguments besides flags (verify-docs takes files). */
  positionals?: boolean;
  help: () => string;
  run: (args: ReturnType<typeof parseArgs>) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  up: { flags: UP_FLAGS, help: upHelp, run: upCommand },
  down: { flags: DOWN_FLAGS, help: downHelp, run: downCommand },
  env: { flags: ENV_FLAGS, help: envHelp, run: envCommand },
  status: { flags: STATUS_FLAGS, help: statusHelp, run: statusCommand },
  'verify-docs': { flags: VERIFY_DOCS_FLAGS, help: verifyDocsHelp, run: verifyDocsCommand, positionals: true },
};

export const EXIT_CANCELLED = 130;
export const EXIT_USAGE = 2;

export async function cli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === 'version') {
    process.stdout.write(`setup-podman-k3d ${PACKAGE_VERSION}\n`);
    return 0;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }

  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`error: unknown command '${name}'.\n\n${mainHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help());
    return 0;
  }

  try {
    const args = parseArgs(rest, command.flags);
    if (!command.positionals && args.positionals.length > 0) {
      throw new UsageError(`Unexpected argument '${args.positionals[0]}' for ${name}.`, `Settings are flags, for example --cluster-name ${args.positionals[0]}; see ${name} --help.`);
    }
    return await command.run(args);
  } catch (error) {
    if (wasCancelled()) {
      process.stderr.write('Cancelled: every command this run started was stopped.\n');
      return EXIT_CANCELLED;
    }
    process.stderr.write(`error: ${describeError(error)}\n`);
    return error instanceof InputError || error instanceof InputErrors || error instanceof UsageError ? EXIT_USAGE : 1;
  }
}
