// The latency model of bench/latency.json: loading, checking that it names every operation the
// fakes know, and the FAKE_LATENCY value for one scale.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { OPERATIONS } from '../test/harness/lib/fake-latency.mjs';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const MODEL_FILE = join(BENCH_DIR, 'latency.json');

export interface ModelOperation {
  /** Full-scale duration in seconds. */
  seconds: number;
  /** What the operation is and which fake or server applies it. */
  what: string;
  /** True for a number this project estimated rather than read from a report. */
  estimate: boolean;
}

export interface LatencyModel {
  operations: Record<string, ModelOperation>;
}

/** Reads bench/latency.json; throws when it lacks an operation the fakes know or has an unknown one. */
export async function loadModel(file = MODEL_FILE): Promise<LatencyModel> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LatencyModel>;
  const operations = parsed.operations ?? {};
  const known = new Set<string>(OPERATIONS);
  const missing = OPERATIONS.filter((name) => !(name in operations));
  const unknown = Object.keys(operations).filter((name) => !known.has(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`${file}: missing operations [${missing.join(', ')}], unknown operations [${unknown.join(', ')}]`);
  }
  for (const [name, operation] of Object.entries(operations)) {
    if (typeof operation.seconds !== 'number' || !(operation.seconds >= 0)) {
      throw new Error(`${file}: operation ${name} needs seconds >= 0, not ${JSON.stringify(operation.seconds)}`);
    }
  }
  return { operations };
}

/** Returns the FAKE_LATENCY value (inline JSON) for `scale`. */
export function fakeLatencyValue(model: LatencyModel, scale: number): string {
  return JSON.stringify({ scale, operations: model.operations });
}

/** Full-scale seconds of `operation`. */
export function secondsOf(model: LatencyModel, operation: string): number {
  const entry = model.operations[operation];
  if (!entry) throw new Error(`The latency model has no operation ${operation}`);
  return entry.seconds;
}
