// Work that a step starts and a later step waits for, so independent work overlaps: k3d and
// kubectl download while the machine starts, the machine image while Podman installs, node images
// load while the cluster is prepared.

import type { SetupContext } from './context.js';

export interface BackgroundTask {
  work: Promise<void>;
  /** Stops work that no step needs any more, such as a download when the run failed. */
  abort?: () => void;
  /** False until the work has resolved or rejected. */
  ended: boolean;
}

/** Starts `work` under `name`; a later awaitBackground(name) gets its result or its error. */
export function startBackground(context: SetupContext, name: string, work: Promise<void>, abort?: () => void): void {
  const task: BackgroundTask = { work, abort, ended: false };
  // The error is kept for the awaiting step; this handler only stops Node from reporting it early.
  work.then(
    () => (task.ended = true),
    () => (task.ended = true),
  );
  context.facts.background = { ...context.facts.background, [name]: task };
}

/** True while work started under `name` has not ended. */
export function isRunning(context: SetupContext, name: string): boolean {
  const task = context.facts.background?.[name];
  return task !== undefined && !task.ended;
}

/** Waits for the work started under `name`; resolves at once when none was started. */
export async function awaitBackground(context: SetupContext, name: string): Promise<void> {
  await context.facts.background?.[name]?.work;
}

/**
 * Aborts the work that can be aborted, then waits for every task and ignores its result. A cache
 * restore cannot be aborted, so after a failure `maxWaitMs` bounds the wait: the error and the
 * action's state for its post step must not wait for a download that nothing needs any more.
 */
export async function settleBackground(context: SetupContext, maxWaitMs = Number.POSITIVE_INFINITY): Promise<void> {
  const tasks = Object.values(context.facts.background ?? {});
  for (const task of tasks) task.abort?.();
  const settled = Promise.allSettled(tasks.map((task) => task.work));
  if (!Number.isFinite(maxWaitMs)) {
    await settled;
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, maxWaitMs);
  });
  await Promise.race([settled, timeout]);
  clearTimeout(timer);
}
