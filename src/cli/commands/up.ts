// `setup-podman-k3d up`: the same pipeline as the action, on this machine.

import { InputError } from '../../core/errors.js';
import { formatArgvForShell } from '../shell.js';
import { saveCaches } from '../../core/cache.js';
import { runUp } from '../../core/up.js';
import { readLocalState, writeLocalState } from '../state.js';
import type { ParsedArgs } from '../args.js';
import { openSession } from '../session.js';
import { readWorkflowSettings } from '../workflow.js';
import type { RawInputs } from '../../core/inputs.js';

export const UP_FLAGS = { 'dry-run': true, json: true, quiet: true, verbose: true, 'from-workflow': false, job: false } as const;

export async function upCommand(args: ParsedArgs): Promise<number> {
  const dryRun = args.flags['dry-run'] !== undefined;
  const json = args.flags.json !== undefined;
  const settings = await settingsWithWorkflow(args);
  const session = openSession({
    settings,
    dryRun,
    quiet: json || args.flags.quiet !== undefined,
    verbose: args.flags.verbose !== undefined,
  });
  const { context, reporter } = session;

  try {
    const result = await runUp(context, { onStepEnd: (record) => reporter.stepEnd(record) });
    const facts = context.facts;

    // The local cache directory persists by itself; what is missing from it is filled now, while
    // the machine still runs (the action does this in its post step).
    if (session.config.cache && facts.cacheHits && !dryRun) {
      const hits = facts.cacheHits;
      const saved = await reporter.group('Fill the local cache', () => saveCaches(context, hits));
      if (saved.length > 0) reporter.info(`Cached for the next run: ${saved.join(', ')}`);
    }

    // A service that an earlier `up` started is still ours to stop when this run found it serving.
    const previous = await readLocalState(session.stateDir);
    const servicePid = facts.servicePid ?? (previous?.socketPath === facts.socketPath ? previous?.servicePid : undefined);
    if (!dryRun) {
      await writeLocalState(session.stateDir, {
        os: context.platform.os,
        machineName: session.config.machineName,
        servicePid,
        socketPath: facts.socketPath,
        dockerHost: facts.dockerHost,
        dockerSock: facts.dockerSock,
        clusterName: facts.cluster?.name,
        registry: facts.cluster?.registry ?? previous?.registry,
        kubeconfig: facts.cluster?.kubeconfigPath,
        updatedAt: new Date().toISOString(),
      });
    }

    if (json) {
      const report = { ok: true, unchanged: result.unchanged, outputs: result.outputs, servicePid, steps: result.records };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    if (dryRun) return 0;

    if (result.unchanged) reporter.info('Nothing to do: everything was already set up.');
    const kubeconfig = facts.cluster?.kubeconfigPath ? `, KUBECONFIG is ${facts.cluster.kubeconfigPath}` : '';
    process.stderr.write(`\nDOCKER_HOST is ${facts.dockerHost}${kubeconfig}. In your shell:\n  eval "$(setup-podman-k3d env)"\n`);
    for (const [name, value] of Object.entries(session.environment.exported)) {
      process.stderr.write(`  # or: export ${name}=${formatArgvForShell([value])}\n`);
    }
    return 0;
  } finally {
    session.close();
  }
}

/** The workflow step's `with:` settings when --from-workflow is given, overridden by flags. */
async function settingsWithWorkflow(args: ParsedArgs): Promise<RawInputs> {
  const file = args.flags['from-workflow'];
  if (typeof file !== 'string') {
    if (args.flags.job !== undefined) throw new InputError('--job', String(args.flags.job), 'a job id together with --from-workflow FILE');
    return args.settings;
  }
  const job = typeof args.flags.job === 'string' ? args.flags.job : undefined;
  const step = await readWorkflowSettings(file, job);
  process.stderr.write(`Using the settings of ${file}, job ${step.job}, step ${step.index} (${step.uses}).\n`);
  return { ...step.settings, ...args.settings };
}
