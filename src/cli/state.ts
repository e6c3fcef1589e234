// The local runner's state file: what `up` set up, for `down`, `env` and `status`.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from '../core/files.js';

import type { TeardownState } from '../core/down.js';

export interface LocalState extends TeardownState {
  kubeconfig?: string;
  updatedAt: string;
}

export function statePath(stateDir: string): string {
  return join(stateDir, 'state.json');
}

export async function readLocalState(stateDir: string): Promise<LocalState | undefined> {
  const text = await readFile(statePath(stateDir), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return undefined;
  const state = value as Partial<LocalState>;
  if (typeof state.os !== 'string' || typeof state.machineName !== 'string') return undefined;
  return state as LocalState;
}

/** Writes the state file atomically: a reader sees the old file or the new one, never half of one. */
export async function writeLocalState(stateDir: string, state: LocalState): Promise<void> {
  await writeFileAtomic(statePath(stateDir), `${JSON.stringify(state, null, 2)}\n`, 0o600);
}
