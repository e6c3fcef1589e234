// `setup-podman-k3d up`: the same pipeline as the action, on this machine.

import { UsageError } from '../../core/errors.js';
import { formatArgvForShell } from '../shell.js';
import { saveCaches } from '../../core/cache.js';
import { runUp, type UpResult } from '../../core/up.js';
import { readLocalState, writeLocalState } from '../state.js';
import type { ParsedArgs } from '../args.js';
import { openSession, type Session } from '../session.js';
import { readWorkflowSettings, requireExpressionsReplaced } from '../workflow.js';
import type { RawInputs } from '../../core/inputs.js';

export const UP_FLAGS = { 'dry-run': true, json: true, quiet: true, verbose: true, 'from-workflow': false, job: false } as const;

export async function upCommand(args: ParsedArgs): Promise<number> {
  const dryRun = args.flags['dry-run'] !== undefined;
  const json = args.flags.json !== undefined;
  const settings = await settingsWithWorkflow(args);
  const session = openSession({
    settings,
    dryRun,
    json,
    quiet: json || args.flags.quiet !== undefined,
    verbose: args.flags.verbose !== undefined,
  });
  const { context, reporter } = session;

  try {
    let result: UpResult;
    try {
      result = await runUp(context, { onStepEnd: (record) => reporter.stepEnd(record) });
    } catch (error) {
      // A run that got as far as the API socket may have started a service or created a cluster,
      // so it records them for `down`. A run that failed earlier leaves the state file as it was.
      if (!dryRun && context.facts.socketPath) await recordLocalState(session, { failed: true });
      throw error;
    }
    const facts = context.facts;
    if (result.unchanged && !dryRun && !json) reporter.info('Nothing to do: everything was already set up.');

    // The local cache directory persists by itself, so only its missing parts are filled, now
    // while the machine still runs. The action does this in its post step.
    if (session.config.cache && facts.cacheHits && !dryRun) {
      const hits = facts.cacheHits;
      const saved = await reporter.group('Fill the local cache', () => saveCaches(context, hits));
      reporter.info(saved.length > 0 ? `Cached for the next run: ${saved.join(', ')}` : 'Nothing new to cache.');
    }

    const servicePid = dryRun ? await ourServicePid(session) : await recordLocalState(session, { failed: false });

    if (json) {
      const report = { ok: true, unchanged: result.unchanged, outputs: result.outputs, servicePid, steps: result.records };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    if (dryRun) return 0;

    const kubeconfig = facts.cluster?.kubeconfigPath ? `, KUBECONFIG is ${facts.cluster.kubeconfigPath}` : '';
    process.stderr.write(`\nDOCKER_HOST is ${facts.dockerHost}${kubeconfig}. In your shell:\n  eval "$(setup-podman-k3d env)"\n`);
    for (const [name, value] of Object.entries(session.environment.exported)) {
      process.stderr.write(`  # or set it by hand: export ${name}=${formatArgvForShell([value])}\n`);
    }
    return 0;
  } finally {
    session.close();
  }
}

/** Returns the pid of the service this run started, or of one an earlier `up` started on the same socket. */
async function ourServicePid(session: Session): Promise<number | undefined> {
  const facts = session.context.facts;
  const previous = await readLocalState(session.stateDir);
  return facts.servicePid ?? (previous?.socketPath === facts.socketPath ? previous?.servicePid : undefined);
}

/**
 * Writes what this run set up to the state file, for `down`, `env` and `status`, and returns the
 * service pid. A failed run that stopped before the cluster step keeps the cluster recorded before.
 */
async function recordLocalState(session: Session, run: { failed: boolean }): Promise<number | undefined> {
  const { context, config, stateDir } = session;
  const facts = context.facts;
  const previous = await readLocalState(stateDir);
  const servicePid = await ourServicePid(session);
  const keepCluster = run.failed && facts.cluster === undefined;
  await writeLocalState(stateDir, {
    os: context.platform.os,
    machineName: config.machineName,
    servicePid,
    socketPath: facts.socketPath,
    dockerHost: facts.dockerHost,
    dockerSock: facts.dockerSock,
    clusterName: keepCluster ? previous?.clusterName : facts.cluster?.name,
    registry: facts.cluster?.registry ?? previous?.registry,
    kubeconfig: keepCluster ? previous?.kubeconfig : facts.cluster?.kubeconfigPath,
    updatedAt: new Date().toISOString(),
  });
  return servicePid;
}

/** Returns the workflow step's `with:` settings when --from-workflow is given, overridden by flags. */
async function settingsWithWorkflow(args: ParsedArgs): Promise<RawInputs> {
  const file = args.flags['from-workflow'];
  if (typeof file !== 'string') {
    if (args.flags.job !== undefined) throw new UsageError('--job needs --from-workflow FILE.');
    return args.settings;
  }
  const job = typeof args.flags.job === 'string' ? args.flags.job : undefined;
  const step = await readWorkflowSettings(file, job);
  requireExpressionsReplaced(step, file, args.settings);
  process.stderr.write(`Using the settings of ${file}, job ${step.job}, step ${step.index} (${step.uses}).\n`);
  return { ...step.settings, ...args.settings };
}
