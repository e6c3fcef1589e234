// Work that a step starts and a later step waits for, so independent work overlaps: k3d and
// kubectl download while the machine starts, node images load while the cluster is prepared.

import type { SetupContext } from './context.js';

/** Starts `work` under `name`; a later awaitBackground(name) gets its result or its error. */
export function startBackground(context: SetupContext, name: string, work: Promise<void>): void {
  // The error is kept for the awaiting step; this handler only stops Node from reporting it early.
  work.catch(() => undefined);
  context.facts.background = { ...context.facts.background, [name]: work };
}

/** Waits for the work started under `name`; resolves at once when none was started. */
export async function awaitBackground(context: SetupContext, name: string): Promise<void> {
  await context.facts.background?.[name];
}

/** Waits for every started piece of work and ignores its result, so none outlives the run. */
export async function settleBackground(context: SetupContext): Promise<void> {
  await Promise.allSettled(Object.values(context.facts.background ?? {}));
}
