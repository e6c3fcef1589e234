// `up --from-workflow FILE`: the `with:` settings of the workflow step that uses this action, so
// a laptop runs with exactly the settings CI uses.

import { readFile } from 'node:fs/promises';

import { parseDocument } from 'yaml';

import { UsageError } from '../core/errors.js';

export interface WorkflowStep {
  job: string;
  /** 1-based position of the step in its job. */
  index: number;
  name: string | undefined;
  uses: string;
  settings: Record<string, string>;
  /** Inputs whose value is a GitHub expression, which only the runner can evaluate, with that value. */
  expressions: Record<string, string>;
}

/** True for `uses:` values that name this action: the local `./` checkout or a published ref. */
export function usesThisAction(uses: string): boolean {
  return uses === './' || uses === '.' || /(^|\/)setup-podman-k3d(@|$|\/)/.test(uses);
}

export async function readWorkflowSettings(file: string, job: string | undefined): Promise<WorkflowStep> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    let reason = error.message;
    if (error.code === 'ENOENT') reason = 'file not found';
    if (error.code === 'EACCES') reason = 'permission denied';
    throw new UsageError(`Cannot read the workflow file ${file}: ${reason}.`);
  });
  return findActionStep(text, file, job);
}

/** Finds the one step that uses this action, in `job` when given, and returns its settings. */
export function findActionStep(text: string, file: string, job: string | undefined): WorkflowStep {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    throw new UsageError(`${file} is not valid YAML: ${document.errors[0]?.message ?? ''}`);
  }
  const workflow = document.toJS() as { jobs?: Record<string, { steps?: unknown[] }> } | null;
  const jobs = workflow?.jobs ?? {};
  if (job !== undefined && !(job in jobs)) {
    throw new UsageError(`${file} has no job '${job}'. Its jobs: ${Object.keys(jobs).join(', ') || 'none'}.`);
  }

  const candidates: WorkflowStep[] = [];
  for (const [jobId, definition] of Object.entries(jobs)) {
    if (job !== undefined && jobId !== job) continue;
    (definition?.steps ?? []).forEach((entry, position) => {
      const step = entry as { uses?: unknown; name?: unknown; with?: unknown };
      if (typeof step.uses !== 'string' || !usesThisAction(step.uses)) return;
      candidates.push({
        job: jobId,
        index: position + 1,
        name: typeof step.name === 'string' ? step.name : undefined,
        uses: step.uses,
        ...toSettings(step.with, `${file}: job ${jobId}, step ${position + 1}`),
      });
    });
  }

  if (candidates.length === 0) {
    const scope = job === undefined ? '' : ` in job '${job}'`;
    throw new UsageError(
      `${file} has no step${scope} that uses setup-podman-k3d.`,
      'Point --from-workflow at the workflow that runs this action, or pass the settings as flags.',
    );
  }
  if (candidates.length > 1) {
    const listed = candidates.map((step) => `job ${step.job}, step ${step.index}${step.name ? ` (${step.name})` : ''}`).join('; ');
    throw new UsageError(`${file} has ${candidates.length} steps that use setup-podman-k3d: ${listed}.`, 'Choose one with --job ID.');
  }
  return candidates[0] as WorkflowStep;
}

/**
 * Turns a `with:` mapping into settings; YAML numbers and booleans become the strings the runner
 * passes. Values with a GitHub expression are set apart, for flags to replace.
 */
function toSettings(withBlock: unknown, where: string): Pick<WorkflowStep, 'settings' | 'expressions'> {
  if (withBlock === undefined || withBlock === null) return { settings: {}, expressions: {} };
  if (typeof withBlock !== 'object' || Array.isArray(withBlock)) throw new UsageError(`${where}: 'with' is not a mapping.`);

  const settings: Record<string, string> = {};
  const expressions: Record<string, string> = {};
  for (const [name, value] of Object.entries(withBlock as Record<string, unknown>)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new UsageError(`${where}: input '${name}' is not a string, number or boolean.`);
    }
    const text = String(value);
    if (text.includes('${{')) expressions[name] = text.trim();
    else settings[name] = text;
  }
  return { settings, expressions };
}

/** Raises a usage error for each expression input that no flag replaces. */
export function requireExpressionsReplaced(step: WorkflowStep, file: string, flags: Readonly<Record<string, string | undefined>>): void {
  const open = Object.entries(step.expressions).filter(([name]) => flags[name] === undefined);
  if (open.length === 0) return;
  const [name, text] = open[0] as [string, string];
  throw new UsageError(
    `${file}: job ${step.job}, step ${step.index}: input '${name}' uses a GitHub expression (${text}), which only the runner can evaluate.`,
    `Pass --${name} VALUE on the command line; flags override the workflow's settings.`,
  );
}
