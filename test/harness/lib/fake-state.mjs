// Shared state of the fake macOS tools (test/harness/bin/*). Everything lives under the directory
// named by FAKE_STATE_DIR, so each scenario has its own world:
//   calls.jsonl   one JSON line per fake-tool call: {tool, argv, env, pid, time}
//   spans.jsonl   one JSON line per fake-tool process as it exits: {tool, pid, startMs, endMs}, from
//                 the process start (Node's performance.timeOrigin), so Node's own start-up counts
//   faults.json   faults the scenario injects, read on every call (absent means none)
//   state.json    installed tools, machines and every process a fake started
//   opt-podman/   takes the place of /opt/podman (the official .pkg's install location)
//   homebrew/     takes the place of /opt/homebrew (Homebrew's prefix on Apple silicon)
//   logs/         stdout and stderr of the detached processes the fakes start

import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variables recorded with each call, because tests assert on what a tool saw. */
const RECORDED_ENV = /^(HOMEBREW_|DOCKER_HOST$|DOCKER_CONTEXT$|CONTAINERS_MACHINE_PROVIDER$|CONTAINERS_CONF$|TMPDIR$|HOME$)/;

const LOCK_WAIT_MS = 10_000;
const STALE_LOCK_MS = 30_000;

/** Returns the scenario's state directory. A fake run outside a scenario exits with status 2. */
export function stateDir() {
  const dir = process.env.FAKE_STATE_DIR;
  if (!dir) {
    process.stderr.write('fake tool: FAKE_STATE_DIR is not set; this program only runs inside the test harness.\n');
    process.exit(2);
  }
  return dir;
}

export function statePath(...parts) {
  return join(stateDir(), ...parts);
}

/** Appends this call to calls.jsonl. `argv` starts with the tool's name, as a user would type it. */
export function recordCall(tool, args) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => RECORDED_ENV.test(name)));
  const line = JSON.stringify({ tool, argv: [tool, ...args], env, pid: process.pid, time: new Date().toISOString() });
  appendFileSync(statePath('calls.jsonl'), `${line}\n`);
  recordSpanOnExit(statePath('spans.jsonl'), tool);
}

/** Appends this process's lifetime to `file` when it exits, for the benchmark's tool overhead. */
export function recordSpanOnExit(file, tool) {
  process.once('exit', () => {
    const span = { tool, pid: process.pid, startMs: Math.round(performance.timeOrigin), endMs: Date.now() };
    appendFileSync(file, `${JSON.stringify(span)}\n`);
  });
}

/** Returns the injected faults for one tool, or an empty object. */
export function faultsFor(tool) {
  try {
    const faults = JSON.parse(readFileSync(statePath('faults.json'), 'utf8'));
    return faults?.[tool] ?? {};
  } catch (error) {
    if (error.code === 'ENOENT') return {};
    throw error;
  }
}

export function readState() {
  try {
    return normalize(JSON.parse(readFileSync(statePath('state.json'), 'utf8')));
  } catch (error) {
    if (error.code === 'ENOENT') return normalize({});
    throw error;
  }
}

/**
 * Reads, changes and writes state.json under a lock file, so fakes that run at the same time
 * never lose each other's changes.
 */
export function updateState(change) {
  const release = lock();
  try {
    const state = readState();
    const result = change(state);
    const temporary = statePath(`.state.${process.pid}.tmp`);
    writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temporary, statePath('state.json'));
    return result;
  } finally {
    release();
  }
}

function normalize(state) {
  state.podman ??= null;
  state.installerRuns ??= [];
  state.brewInstalls ??= [];
  state.machines ??= {};
  state.processes ??= [];
  return state;
}

function lock() {
  const path = statePath('state.lock');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(path, 'wx'));
      return () => rmSync(path, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (lockAgeMs(path) > STALE_LOCK_MS) rmSync(path, { force: true });
      if (Date.now() > deadline) throw new Error(`fake tool: ${path} is still locked after ${LOCK_WAIT_MS} ms`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

function lockAgeMs(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Returns the start time of a process in clock ticks since boot (field 22 of /proc/PID/stat),
 * which distinguishes a live process from a later one that reuses its pid. Undefined when it is gone.
 */
export function processStartTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces, so split after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

/** True when the recorded process still runs (not exited, not a zombie, pid not reused). */
export function isRunning(record) {
  const startTime = processStartTime(record.pid);
  return startTime !== undefined && startTime === record.startTime;
}

/** Adds a process to state.json so the harness can stop it after the scenario. */
export function trackProcess(state, record) {
  state.processes.push({ ...record, startTime: processStartTime(record.pid) ?? 'unknown' });
}

export function ensureDir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}

/** Prints podman's error form (`Error: MESSAGE`) and exits with its error status, 125. */
export function podmanFail(message) {
  process.stderr.write(`Error: ${message}\n`);
  process.exit(125);
}
