// Runs steps in order, each in its own log group, under its own deadline, and records how long
// each took and whether it changed anything.

import { SetupError, describeError, firstLine } from './errors.js';
import type { SetupContext } from './context.js';

export interface StepOutcome {
  /** False when the step found everything in place and did nothing. */
  changed: boolean;
  /** One line for the log and the summary: what was found or done. */
  detail: string;
}

export interface Step {
  id: string;
  title: string;
  /** Milliseconds the whole step may take, retries included. */
  deadlineMs(context: SetupContext): number;
  /** A reason to skip the step on this platform or with this config; undefined runs it. */
  skipReason?(context: SetupContext): string | undefined;
  /** Checks, acts only when needed, then verifies. Idempotent. */
  run(context: SetupContext): Promise<StepOutcome>;
}

export type StepStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';

export interface StepRecord {
  id: string;
  title: string;
  status: StepStatus;
  durationMs: number;
  detail: string;
}

export class PipelineError extends SetupError {
  constructor(
    readonly step: Step,
    readonly records: StepRecord[],
    cause: unknown,
  ) {
    super(`${step.title} failed: ${describeError(cause)}`, { cause });
    this.name = 'PipelineError';
  }
}

export interface PipelineHooks {
  onStepStart?(step: Step): void;
  onStepEnd?(record: StepRecord): void;
}

/** Runs `steps` in order and returns their records; throws a PipelineError at the first failure. */
export async function runPipeline(
  steps: readonly Step[],
  context: SetupContext,
  hooks: PipelineHooks = {},
): Promise<StepRecord[]> {
  const records: StepRecord[] = [];

  for (const step of steps) {
    const skipReason = step.skipReason?.(context);
    if (skipReason !== undefined) {
      const record = { id: step.id, title: step.title, status: 'skipped' as const, durationMs: 0, detail: skipReason };
      records.push(record);
      hooks.onStepEnd?.(record);
      continue;
    }

    hooks.onStepStart?.(step);
    const started = performance.now();
    try {
      const outcome = await context.reporter.group(step.title, () => runWithDeadline(step, context));
      const record: StepRecord = {
        id: step.id,
        title: step.title,
        status: outcome.changed ? 'changed' : 'unchanged',
        durationMs: performance.now() - started,
        detail: outcome.detail,
      };
      records.push(record);
      hooks.onStepEnd?.(record);
    } catch (error) {
      const record: StepRecord = {
        id: step.id,
        title: step.title,
        status: 'failed',
        durationMs: performance.now() - started,
        detail: firstLine(describeError(error)),
      };
      records.push(record);
      hooks.onStepEnd?.(record);
      throw new PipelineError(step, records, error);
    }
  }

  return records;
}

/** Runs one step with a signal that aborts at its deadline or when the caller cancels. */
async function runWithDeadline(step: Step, context: SetupContext): Promise<StepOutcome> {
  const deadlineMs = step.deadlineMs(context);
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = AbortSignal.any([deadline, context.signal]);

  // A step that ignores its signal still ends at the deadline: the race below rejects.
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      const reason = deadline.aborted
        ? new SetupError(`${step.title} did not finish within ${Math.round(deadlineMs / 1000)} s.`)
        : new SetupError('Cancelled.');
      reject(reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

  try {
    return await Promise.race([step.run({ ...context, signal, runSignal: context.runSignal ?? context.signal }), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}


export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
