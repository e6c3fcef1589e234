// State of the k3d and kubectl stand-ins under FAKE_STATE_DIR:
//   calls.jsonl         one JSON line per invocation: {"tool","argv","env"} (shared with other fakes)
//   faults.json         injected faults, read by key ("k3d", "kubectl")
//   k3d/clusters/NAME.json  what `k3d cluster create` decided: API host and port, image, nodes,
//                       the fake certificates of its kubeconfig
//   kubectl/counters.json   how many `get nodes` calls each cluster has served
// The containers themselves live in Podman; the stand-ins read them back through `docker`.

import { recordSpanOnExit } from './fake-state.mjs';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variables copied into each calls.jsonl line, when set. */
const RECORDED_ENV = ['DOCKER_HOST', 'DOCKER_SOCK', 'KUBECONFIG', 'LOG_LEVEL', 'LOG_COLORS', 'K3D_DEBUG_DISABLE_DOCKER_INIT'];

/** Returns FAKE_STATE_DIR, or exits 1 with a message naming the variable when it is unset. */
export function stateDir(tool) {
  const dir = process.env.FAKE_STATE_DIR;
  if (!dir) {
    process.stderr.write(`${tool} stand-in: FAKE_STATE_DIR is not set; point it at a directory the test owns\n`);
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Appends one invocation to calls.jsonl. */
export function recordCall(dir, tool, argv) {
  const env = {};
  for (const name of RECORDED_ENV) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  appendFileSync(join(dir, 'calls.jsonl'), `${JSON.stringify({ tool, argv, env })}\n`);
  recordSpanOnExit(join(dir, 'spans.jsonl'), tool);
}

/** Returns the faults for `key` from faults.json, or an empty object when none are set. */
export function readFaults(dir, key) {
  let text;
  try {
    text = readFileSync(join(dir, 'faults.json'), 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return {};
    throw error;
  }
  const all = JSON.parse(text);
  const faults = all?.[key];
  return faults && typeof faults === 'object' ? faults : {};
}

function writeJsonAtomically(path, value) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}

function clustersDir(dir) {
  const path = join(dir, 'k3d', 'clusters');
  mkdirSync(path, { recursive: true });
  return path;
}

/** Returns the stored record of cluster `name`, or undefined. */
export function readClusterRecord(dir, name) {
  try {
    return JSON.parse(readFileSync(join(clustersDir(dir), `${name}.json`), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

export function writeClusterRecord(dir, record) {
  writeJsonAtomically(join(clustersDir(dir), `${record.name}.json`), record);
}

export function removeClusterRecord(dir, name) {
  rmSync(join(clustersDir(dir), `${name}.json`), { force: true });
}

/** Returns every stored cluster record. */
export function listClusterRecords(dir) {
  return readdirSync(clustersDir(dir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(clustersDir(dir), file), 'utf8')));
}

/** Increments and returns the number of `kubectl get nodes` calls served for `cluster`. */
export function countNodesCall(dir, cluster) {
  const kubectlDir = join(dir, 'kubectl');
  mkdirSync(kubectlDir, { recursive: true });
  const path = join(kubectlDir, 'counters.json');
  let counters = {};
  try {
    counters = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  counters[cluster] = (counters[cluster] ?? 0) + 1;
  writeJsonAtomically(path, counters);
  return counters[cluster];
}

/** Returns how many `kubectl get nodes` calls `cluster` has served so far. */
export function nodesCallCount(dir, cluster) {
  try {
    const counters = JSON.parse(readFileSync(join(dir, 'kubectl', 'counters.json'), 'utf8'));
    return counters[cluster] ?? 0;
  } catch (error) {
    if (error.code === 'ENOENT') return 0;
    throw error;
  }
}
