// `setup-podman-k3d down`: stop what `up` started on this machine.

import { stopRuntime } from '../../core/down.js';
import type { ParsedArgs } from '../args.js';
import { openSession } from '../session.js';
import { readLocalState, writeLocalState } from '../state.js';

export const DOWN_FLAGS = { quiet: true, verbose: true } as const;

export async function downCommand(args: ParsedArgs): Promise<number> {
  const session = openSession({ settings: args.settings, quiet: args.flags.quiet !== undefined, verbose: args.flags.verbose !== undefined });
  try {
    const { context, reporter } = session;
    const saved = await readLocalState(session.stateDir);
    const state = saved ?? { os: context.platform.os, machineName: session.config.machineName };
    const result = await stopRuntime(context, { ...state, machineName: args.settings['machine-name'] ? session.config.machineName : state.machineName });

    if (saved?.servicePid !== undefined) {
      await writeLocalState(session.stateDir, { ...saved, servicePid: undefined, updatedAt: new Date().toISOString() });
    }

    for (const action of result.actions) reporter.info(action);
    for (const warning of result.warnings) reporter.warning(warning);
    if (result.actions.length === 0 && result.warnings.length === 0) reporter.info('Nothing to stop.');
    return result.warnings.length === 0 ? 0 : 1;
  } finally {
    session.close();
  }
}
