// State passed from the main step to the post step, in one JSON value validated when read back.

import * as core from '@actions/core';

import type { CleanupPolicy } from '../core/config.js';
import type { TeardownState } from '../core/down.js';

const STATE_KEY = 'setup';

export interface ActionState extends TeardownState {
  cleanup: CleanupPolicy;
  /** True only when main finished; post saves caches only after a successful main. */
  succeeded: boolean;
  machineProvider: string;
  /** Whether main restored each cache entry; post saves the ones it did not. */
  cacheHits?: Record<string, boolean>;
  versions?: Record<string, string>;
  /** Parts this run brought up, which `cleanup: auto` takes down again on self-hosted runners. */
  machineStarted?: boolean;
  clusterCreated?: boolean;
}

export function saveState(state: ActionState): void {
  core.saveState(STATE_KEY, JSON.stringify(state));
}

/** Reads the state main saved; undefined when main never got far enough to save it. */
export function loadState(): ActionState | undefined {
  const text = core.getState(STATE_KEY);
  if (!text) return undefined;
  const value: unknown = JSON.parse(text);
  if (!isActionState(value)) throw new Error(`The saved state is not in the expected form: ${text.slice(0, 200)}`);
  return value;
}

function isActionState(value: unknown): value is ActionState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    typeof state.os === 'string' &&
    typeof state.machineName === 'string' &&
    ['auto', 'always', 'never'].includes(String(state.cleanup)) &&
    typeof state.succeeded === 'boolean' &&
    (state.servicePid === undefined || typeof state.servicePid === 'number')
  );
}
