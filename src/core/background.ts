// Work that a step starts and a later step waits for, so independent work overlaps: k3d and
// kubectl download while the machine starts, the machine image while Podman installs, node images
// load while the cluster is prepared.

import type { SetupContext } from './context.js';

export interface BackgroundTask {
  work: Promise<void>;
  /** Stops work that no step needs any more, such as a download when the run failed. */
  abort?: () => void;
}

/** Starts `work` under `name`; a later awaitBackground(name) gets its result or its error. */
export function startBackground(context: SetupContext, name: string, work: Promise<void>, abort?: () => void): void {
  // The error is kept for the awaiting step; this handler only stops Node from reporting it early.
  work.catch(() => undefined);
  context.facts.background = { ...context.facts.background, [name]: { work, abort } };
}

/** Waits for the work started under `name`; resolves at once when none was started. */
export async function awaitBackground(context: SetupContext, name: string): Promise<void> {
  await context.facts.background?.[name]?.work;
}

/**
 * Aborts the work that can be aborted, then waits for every task and ignores its result, so none
 * outlives the run. Work that already finished is not affected.
 */
export async function settleBackground(context: SetupContext): Promise<void> {
  const tasks = Object.values(context.facts.background ?? {});
  for (const task of tasks) task.abort?.();
  await Promise.allSettled(tasks.map((task) => task.work));
}
