// What the k3d and kubectl stand-ins do only when FAKE_LATENCY is set (lib/fake-latency.mjs), so
// the speed benchmark measures the costs that a real cluster has and the tests keep their behaviour:
// - image pulls: k3d pulls the k3s, k3d-proxy and k3d-tools images when they are missing from the
//   runtime. The stand-in checks each with `docker image inspect` through DOCKER_HOST. A missing
//   one costs the modelled pull time and is then tagged from the node image, so it is present
//   afterwards and a `docker save` of the node images (the product's cache) finds it.
// - readiness: `k3d cluster create` records the modelled readiness time as pending, and `kubectl
//   get nodes` calls spend it, at most READINESS_HOLD_MAX_MS per call, before the nodes turn Ready.
//   So the time counts from the first readiness check, not from k3d's return, because in a run at
//   a small scale the tool overhead between the two would otherwise hide most of it.

import { latencyEnabled, latencyMs, sleepFor, sleepMsSync } from './fake-latency.mjs';
import { DockerError, docker } from './k3d-docker.mjs';
import { K3D_VERSION } from './k3d-nodes.mjs';
import { nodeImage } from './k3d-runtime.mjs';
import { readClusterRecord, writeClusterRecord } from './k3d-state.mjs';

/** Maximum time one `kubectl get nodes` call spends on the modelled readiness before it returns. */
const READINESS_HOLD_MAX_MS = 10_000;

/** Returns the reference of k3d's helper image `kind` (proxy, tools), tagged with k3d's version without the v. */
export function helperImage(kind) {
  return `ghcr.io/k3d-io/k3d-${kind}:${K3D_VERSION.replace(/^v/, '')}`;
}

/**
 * Pulls `ref` as k3d does before it creates a container from a missing image: logs
 * "Pulling image", sleeps for `operation` (pull.k3s, pull.k3dProxy, pull.k3dTools) and tags the node
 * image as `ref`. Does nothing without FAKE_LATENCY or when the image is present.
 */
export async function pullIfMissing(log, ref, operation, dockerHost) {
  if (!latencyEnabled() || imagePresent(ref, dockerHost)) return;
  log.info(`Pulling image '${ref}'`);
  await sleepFor(operation);
  docker(['tag', nodeImage(), ref], dockerHost);
}

function imagePresent(ref, dockerHost) {
  try {
    docker(['image', 'inspect', '--format', '{{.Id}}', ref], dockerHost);
    return true;
  } catch (error) {
    if (error instanceof DockerError) return false;
    throw error;
  }
}

/** Returns the modelled readiness time (scaled ms) of a cluster created now, or undefined without a model. */
export function modelledReadinessMs() {
  return latencyEnabled() ? latencyMs('cluster.readiness') : undefined;
}

/**
 * Returns whether the cluster `record` has spent its pending readiness time. With `spend` (a `get
 * nodes` call), it first sleeps for what is pending, at most READINESS_HOLD_MAX_MS, and stores the
 * rest in the cluster's record under FAKE_STATE_DIR `dir`.
 */
export function readyByModel(dir, record, spend) {
  const pending = record.readinessPendingMs;
  if (typeof pending !== 'number' || pending <= 0) return true;
  if (!spend) return false;
  const slice = Math.min(pending, READINESS_HOLD_MAX_MS);
  sleepMsSync('cluster.readiness', slice);
  const current = readClusterRecord(dir, record.name);
  if (current) writeClusterRecord(dir, { ...current, readinessPendingMs: pending - slice });
  return pending - slice <= 0;
}
