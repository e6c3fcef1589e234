// `setup-podman-k3d down`: delete the cluster, then stop what `up` started on this machine.

import { deleteCluster, stopRuntime, type TeardownState } from '../../core/down.js';
import { describeError } from '../../core/errors.js';
import { currentSocket } from '../../core/steps/docker-host.js';
import type { ParsedArgs } from '../args.js';
import { openSession, type Session } from '../session.js';
import { readLocalState, writeLocalState } from '../state.js';

export const DOWN_FLAGS = { quiet: true, verbose: true, 'remove-machine': true } as const;

export async function downCommand(args: ParsedArgs): Promise<number> {
  const session = openSession({ settings: args.settings, quiet: args.flags.quiet !== undefined, verbose: args.flags.verbose !== undefined });
  try {
    const { reporter } = session;
    const saved = await readLocalState(session.stateDir);
    const target = await teardownTarget(session, args, saved);

    const removed = await deleteCluster(session.context, target);
    const stopped = await stopRuntime(session.context, target, { removeMachine: args.flags['remove-machine'] !== undefined });
    const actions = [...removed.actions, ...stopped.actions];
    const warnings = [...removed.warnings, ...stopped.warnings];

    if (saved) {
      const rest = { ...saved, servicePid: undefined, clusterName: undefined, registry: undefined, kubeconfig: undefined };
      await writeLocalState(session.stateDir, { ...rest, updatedAt: new Date().toISOString() });
    }

    for (const action of actions) reporter.info(action);
    for (const warning of warnings) reporter.warning(warning);
    if (actions.length === 0 && warnings.length === 0) reporter.info('Nothing to stop.');
    return warnings.length === 0 ? 0 : 1;
  } finally {
    session.close();
  }
}

/** Builds the teardown target from the saved state of `up`; flags given here take precedence. */
async function teardownTarget(session: Session, args: ParsedArgs, saved: TeardownState | undefined): Promise<TeardownState> {
  const { context, config } = session;
  const target: TeardownState = saved ? { ...saved } : { os: context.platform.os, machineName: config.machineName };
  if (args.settings['machine-name']) target.machineName = config.machineName;
  if (args.settings['cluster-name'] || !saved) target.clusterName = config.clusterName;

  if (!target.dockerHost) {
    // Without a saved state, find the socket the same way `env` does, to reach k3d's containers.
    try {
      const { socketPath, dockerSock } = await currentSocket(context);
      target.dockerHost = `unix://${socketPath}`;
      target.dockerSock = dockerSock;
    } catch (error) {
      session.reporter.debug(`No Podman socket found, so no cluster to delete: ${describeError(error)}`);
    }
  }
  return target;
}
