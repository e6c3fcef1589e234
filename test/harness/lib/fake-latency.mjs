// Latency model of the fake macOS tools, for the speed benchmark (bench/run.mjs). When
// FAKE_LATENCY is unset, every function here returns at once and the fakes behave as in the tests.
// FAKE_LATENCY contains the model as inline JSON or the path of a JSON file:
//   {"scale": 0.05, "operations": {"machine.start": {"seconds": 30}, ...}}
// Each fake sleeps `seconds * scale` for the operation it simulates, and appends one line per sleep
// to $FAKE_STATE_DIR/latency.jsonl: {"operation", "ms", "pid", "time"}. bench/latency.json is the
// model the benchmark uses; bench/README.md gives the source of each number.

import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every operation a fake, the download server or the cache service can delay. */
export const OPERATIONS = [
  'brew.autoUpdate',
  'brew.install.docker',
  'brew.install.podman',
  'brew.install.k3d',
  'brew.install.kubernetes-cli',
  'installer.pkg',
  'download.podmanPkg',
  'download.dockerTgz',
  'download.k3d',
  'download.kubectl',
  'machine.imageDownload',
  'machine.init',
  'machine.start',
  'pull.k3s',
  'pull.k3dProxy',
  'pull.k3dTools',
  'k3d.create',
  'cluster.readiness',
  'docker.load',
  'docker.save',
  'cache.restore.downloads',
  'cache.restore.machineImage',
  'cache.restore.nodeImages',
  'cache.save.downloads',
  'cache.save.machineImage',
  'cache.save.nodeImages',
];

let cached;

/**
 * Returns the model from FAKE_LATENCY as { scale, operations }, or undefined when the variable is
 * unset or empty. Throws when it is neither valid JSON nor a readable JSON file.
 */
export function latencyModel() {
  if (cached !== undefined) return cached ?? undefined;
  const value = process.env.FAKE_LATENCY;
  if (!value || value.trim() === '') {
    cached = null;
    return undefined;
  }
  const text = value.trim().startsWith('{') ? value : readFileSync(value, 'utf8');
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`FAKE_LATENCY is not valid JSON (inline or as a file): ${error.message}`);
  }
  const scale = parsed.scale === undefined ? 1 : Number(parsed.scale);
  if (!Number.isFinite(scale) || scale < 0) throw new Error(`FAKE_LATENCY scale must be a number >= 0, not ${JSON.stringify(parsed.scale)}`);
  cached = { scale, operations: parsed.operations ?? {} };
  return cached;
}

/** Returns true when FAKE_LATENCY is set, so the fakes simulate the modelled work (pulls, readiness). */
export function latencyEnabled() {
  return latencyModel() !== undefined;
}

/** Returns the scaled milliseconds of `operation`, or 0 without a model or for an operation it leaves out. */
export function latencyMs(operation) {
  const model = latencyModel();
  if (!model) return 0;
  const seconds = Number(model.operations[operation]?.seconds ?? 0);
  return Math.max(0, Math.round(seconds * 1000 * model.scale));
}

/** Sleeps for the modelled time of `operation` and records it. */
export async function sleepFor(operation) {
  const ms = latencyMs(operation);
  if (ms <= 0) return;
  record(operation, ms);
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Like sleepFor, for synchronous code: blocks the thread. */
export function sleepForSync(operation) {
  sleepMsSync(operation, latencyMs(operation));
}

/** Blocks the thread for `ms` (already scaled) as part of `operation`, and records it. */
export function sleepMsSync(operation, ms) {
  if (!(ms > 0)) return;
  record(operation, ms);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function record(operation, ms) {
  const dir = process.env.FAKE_STATE_DIR;
  if (!dir) return;
  appendFileSync(join(dir, 'latency.jsonl'), `${JSON.stringify({ operation, ms, pid: process.pid, time: new Date().toISOString() })}\n`);
}
