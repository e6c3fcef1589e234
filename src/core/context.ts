// The context every step receives: the validated config, the ports, and the facts found so far.

import type { BackgroundTask } from './background.js';
import type { Config } from './config.js';
import type { MachineInfo } from '../tools/podman.js';
import type { Cache, Environment, Platform, Reporter, Runner } from '../ports.js';

/** Facts the steps find or establish, read by later steps, the outputs and the post step. */
export interface SetupFacts {
  /** The running machine as the machine step last inspected it (macOS). */
  machine?: MachineInfo;
  /** Versions of the tools in use, by tool name (podman, docker, k3d, kubectl). */
  versions?: Record<string, string>;
  /** `applehv`, `libkrun` or `qemu` for a machine; `native` when Podman runs on the host (Linux). */
  machineProvider?: string;
  /** The API socket on this host that the Docker CLI talks to. */
  socketPath?: string;
  dockerHost?: string;
  /** The socket path as seen by containers inside the Podman host, for k3d's tools node. */
  dockerSock?: string;
  /** A `podman system service` this run started (Linux), to stop on cleanup. */
  servicePid?: number;
  /**
   * False when the Podman host has no catatonit, the init that `--init` needs; k3d then runs its
   * nodes without `--init` instead of failing with "container-init binary not found".
   */
  containerInit?: boolean;
  /** True when this run started the machine; `cleanup: auto` stops only such a machine. */
  machineStarted?: boolean;
  cluster?: ClusterFacts;
  /** Values that must never be printed: kubeconfig keys and certificates, in every encoding. */
  secrets?: string[];
  /** The diagnostics file written after a failure, for the `diagnostics` output. */
  diagnosticsFile?: string;
  /** Work started by one step for a later one, by name (see background.ts). */
  background?: Record<string, BackgroundTask>;
  /** The machine image downloaded while Podman installed, for `podman machine init --image`. */
  machineImageFile?: string;
  /** Whether each cache entry was restored, by entry id. */
  cacheHits?: Record<string, boolean>;
}

export interface ClusterFacts {
  name: string;
  kubeconfigPath?: string;
  apiServer?: string;
  k3sVersion?: string;
  /** The registry container this run created, for teardown. */
  registry?: string;
  /** True when this run created or started the cluster; `cleanup: auto` deletes only such a cluster. */
  createdByThisRun?: boolean;
}

export interface SetupContext {
  config: Config;
  runner: Runner;
  reporter: Reporter;
  environment: Environment;
  platform: Platform;
  cache?: Cache;
  facts: SetupFacts;
  /** Aborted when the step's deadline passes or the user cancels. */
  signal: AbortSignal;
  /**
   * Aborted only when the user cancels the run, for work that a step starts in the background and
   * a later step uses, so the starting step's deadline does not cut it off. Unset outside a pipeline.
   */
  runSignal?: AbortSignal;
}
