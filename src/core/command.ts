// Running commands from steps: a non-zero exit becomes a CommandError with a hint.

import { CommandError } from './errors.js';
import type { SetupContext } from './context.js';
import type { CommandRequest, CommandResult } from '../ports.js';

export interface StepCommand extends Omit<CommandRequest, 'signal'> {
  /** The next step for the user when the command fails. */
  hint?: string;
}

/** Runs a command under the step's signal and throws a CommandError when it exits non-zero. */
export async function runChecked(context: SetupContext, command: StepCommand): Promise<CommandResult> {
  const result = await runUnchecked(context, command);
  if (result.exitCode !== 0) {
    throw new CommandError(command.argv, result.exitCode, result.stderr, {
      hint: command.hint,
      stdout: result.stdout,
    });
  }
  return result;
}

/** Runs a command under the step's signal; the caller inspects the exit code. */
export function runUnchecked(context: SetupContext, command: StepCommand): Promise<CommandResult> {
  const { hint: _hint, ...request } = command;
  return context.runner.run({ ...request, signal: context.signal });
}
