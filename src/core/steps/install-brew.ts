// Homebrew installs, with the settings that keep Homebrew from updating itself on every call.

import { CommandError, SetupError } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import { BREW_ENV, brewArgv, isNoBottle } from '../../tools/brew.js';

export async function brewInstall(context: SetupContext, formulae: string[]): Promise<void> {
  if (!(await context.runner.which('brew'))) {
    throw new SetupError(`Homebrew is not on PATH, so ${formulae.join(' and ')} cannot be installed with it.`, {
      hint: 'Set install-method to release, or install Homebrew.',
    });
  }

  const argv = [...brewArgv.install(formulae[0] ?? ''), ...formulae.slice(1)];
  const result = await runUnchecked(context, { argv, timeoutMs: 10 * 60_000, env: BREW_ENV });
  if (result.exitCode === 0) return;

  const hint = isNoBottle(result.stderr)
    ? 'Homebrew has no Podman bottle for Intel Macs. Set install-method to release to use the official .pkg installer.'
    : 'Read the Homebrew error above; install-method release uses pinned downloads instead.';
  throw new CommandError(argv, result.exitCode, result.stderr, { hint, stdout: result.stdout });
}
