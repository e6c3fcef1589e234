// One validated Config, built from raw strings keyed by input name. The action reads them from
// INPUT_* variables and the CLI from its flags; both end here, so both accept the same values.

import { InputError, InputErrors } from './errors.js';
import { INPUTS, type RawInputs } from './inputs.js';

export const INSTALL_METHODS = ['auto', 'release', 'brew', 'skip'] as const;
export const MACHINE_PROVIDERS = ['auto', 'applehv', 'libkrun'] as const;
export const CLEANUP_POLICIES = ['auto', 'always', 'never'] as const;

export type InstallMethod = (typeof INSTALL_METHODS)[number];
export type MachineProvider = (typeof MACHINE_PROVIDERS)[number];
export type CleanupPolicy = (typeof CLEANUP_POLICIES)[number];

export interface Config {
  installMethod: InstallMethod;
  /** An explicit version to install; undefined accepts any version on PATH that meets the minimum. */
  podmanVersion: string | undefined;
  dockerVersion: string | undefined;
  machineName: string;
  cpus: number;
  memoryMiB: number;
  diskSizeGiB: number;
  rootful: boolean;
  machineProvider: MachineProvider;
  machineStartTimeoutSeconds: number;
  stopOtherMachines: boolean;
  createCluster: boolean;
  k3dVersion: string | undefined;
  kubectlVersion: string | undefined;
  k3sImage: string;
  clusterName: string;
  servers: number;
  agents: number;
  /** Undefined: a free port on 127.0.0.1 is chosen at run time. */
  apiPort: number | undefined;
  ports: string[];
  k3sArgs: string[];
  k3dArgs: string[];
  k3dConfig: string | undefined;
  registry: string | undefined;
  waitTimeoutSeconds: number;
  exportKubeconfig: boolean;
  /** Environment docs to verify after setup (see src/docs). */
  verifyDocs: string[];
  cache: boolean;
  cleanup: CleanupPolicy;
}

/** Podman's own rule for machine names (pkg/machine/define), and its 30-character limit. */
const MACHINE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const MACHINE_NAME_MAX = 30;
const VERSION = /^\d+\.\d+\.\d+$/;

/** k3d's cluster name rule (pkg/client/clusterName.go): an RFC 1123 host name of at most 32 characters. */
const CLUSTER_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const CLUSTER_NAME_MAX = 32;

/** A reference with a registry host and a tag or digest, as k3d pulls it without guessing. */
const QUALIFIED_IMAGE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost)(:\d+)?\/[a-z0-9._\/-]+(:[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;

/** k3d's --port form: [HOST:][HOSTPORT:]CONTAINERPORT[/PROTOCOL][@NODEFILTER]. */
const PORT_MAPPING = /^(?:(?:[0-9.]+|\[[0-9a-f:]+\]|localhost):)?(?:\d{1,5}(?:-\d{1,5})?:)?\d{1,5}(?:-\d{1,5})?(?:\/(?:tcp|udp|sctp))?(?:@[\w:*,;-]+)*$/;

/** k3d's --k3s-arg form: ARG@NODEFILTER, where ARG starts with a dash. */
const K3S_ARG = /^-{1,2}[^\s@][^@]*@[\w:*,;-]+$/;

/** The YAML 1.2 core schema spellings, the same set @actions/core's getBooleanInput takes. */
const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];

/**
 * Validates every input and returns the Config, or throws InputErrors listing each invalid input
 * with its value and the accepted form. Nothing has run yet when this throws.
 */
export function parseConfig(raw: RawInputs): Config {
  const errors: InputError[] = [];
  const reader = new InputReader(raw, errors);

  const config: Config = {
    installMethod: reader.oneOf('install-method', INSTALL_METHODS),
    podmanVersion: reader.optionalVersion('podman-version'),
    dockerVersion: reader.optionalVersion('docker-version'),
    machineName: reader.machineName('machine-name'),
    cpus: reader.integer('cpus', 1, 128, 'a whole number of CPUs from 1 to 128, for example 4'),
    memoryMiB: reader.integer(
      'memory',
      1024,
      1048576,
      'a whole number of MiB from 1024, for example 8192 for 8 GiB',
    ),
    diskSizeGiB: reader.integer(
      'disk-size',
      10,
      4096,
      'a whole number of GiB from 10 to 4096, for example 100',
    ),
    rootful: reader.boolean('rootful'),
    machineProvider: reader.oneOf('machine-provider', MACHINE_PROVIDERS),
    machineStartTimeoutSeconds: reader.integer(
      'machine-start-timeout',
      30,
      3600,
      'a whole number of seconds from 30 to 3600',
    ),
    stopOtherMachines: reader.boolean('stop-other-machines'),
    createCluster: reader.boolean('create-cluster'),
    k3dVersion: reader.optionalVersion('k3d-version'),
    kubectlVersion: reader.optionalVersion('kubectl-version'),
    k3sImage: reader.matching('k3s-image', QUALIFIED_IMAGE, 'a fully qualified image such as docker.io/rancher/k3s:v1.31.5-k3s1'),
    clusterName: reader.clusterName('cluster-name'),
    servers: reader.integer('servers', 1, 9, 'a whole number of servers from 1 to 9'),
    agents: reader.integer('agents', 0, 20, 'a whole number of agents from 0 to 20'),
    apiPort: reader.optionalInteger('api-port', 1024, 65535, 'a port number from 1024 to 65535, or empty for a free one'),
    ports: reader.list('ports', PORT_MAPPING, '[HOST:][HOSTPORT:]CONTAINERPORT[/PROTOCOL][@NODEFILTER] a line, for example 8080:80@loadbalancer'),
    k3sArgs: reader.list('k3s-args', K3S_ARG, 'ARG@NODEFILTER a line, for example --disable=traefik@server:*'),
    k3dArgs: reader.list('k3d-args', /^\S(.*\S)?$/, 'one argument a line, without leading or trailing spaces'),
    k3dConfig: reader.optionalPath('k3d-config'),
    registry: reader.optionalClusterName('registry'),
    waitTimeoutSeconds: reader.integer('wait-timeout', 30, 7200, 'a whole number of seconds from 30 to 7200'),
    exportKubeconfig: reader.boolean('export-kubeconfig'),
    verifyDocs: reader.list('verify-docs', /^[^\0]+$/, 'one file path a line'),
    cache: reader.boolean('cache'),
    cleanup: reader.oneOf('cleanup', CLEANUP_POLICIES),
  };

  const unknown = Object.keys(raw).filter((name) => !INPUTS.some((spec) => spec.name === name));
  for (const name of unknown) {
    errors.push(new InputError(name, raw[name] ?? '', 'one of the known inputs (see --help)'));
  }

  if (errors.length > 0) throw new InputErrors(errors);
  return config;
}

/** True when every port number in a k3d port mapping (the part before any @ filter) is 1 to 65535. */
function portsInRange(mapping: string): boolean {
  // A host address (127.0.0.1, [::1]) has dots or colons inside brackets, so only ports stay.
  const ports = (mapping.split('@')[0] ?? '').replace(/^\[[^\]]*\]:/, '').split(/[:/-]/).filter((part) => /^\d+$/.test(part));
  return ports.every((port) => Number(port) >= 1 && Number(port) <= 65535);
}

/** Reads one input at a time, falling back to its declared default and collecting errors. */
class InputReader {
  constructor(
    private readonly raw: RawInputs,
    private readonly errors: InputError[],
  ) {}

  private value(name: string): string {
    const given = this.raw[name];
    if (given !== undefined && given.trim() !== '') return given.trim();
    const spec = INPUTS.find((input) => input.name === name);
    if (!spec) throw new Error(`Input '${name}' is not declared in INPUTS`);
    return spec.default;
  }

  private reject<T>(name: string, value: string, accepted: string, fallback: T): T {
    this.errors.push(new InputError(name, value, accepted));
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.value(name);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.reject(name, value, `one of ${allowed.join(', ')}`, allowed[0] as T);
  }

  boolean(name: string): boolean {
    const value = this.value(name);
    if (TRUE_SPELLINGS.includes(value)) return true;
    if (FALSE_SPELLINGS.includes(value)) return false;
    return this.reject(name, value, 'true or false', false);
  }

  integer(name: string, min: number, max: number, accepted: string): number {
    const value = this.value(name);
    if (!/^\d+$/.test(value)) return this.reject(name, value, accepted, min);
    const number = Number(value);
    if (number < min || number > max) return this.reject(name, value, accepted, min);
    return number;
  }

  optionalVersion(name: string): string | undefined {
    const value = this.value(name).replace(/^v/, '');
    if (value === '') return undefined;
    if (VERSION.test(value)) return value;
    return this.reject(name, value, 'a version such as 5.8.5, or empty for the default', undefined);
  }

  optionalInteger(name: string, min: number, max: number, accepted: string): number | undefined {
    if (this.value(name) === '') return undefined;
    return this.integer(name, min, max, accepted);
  }

  matching(name: string, pattern: RegExp, accepted: string): string {
    const value = this.value(name);
    return pattern.test(value) ? value : this.reject(name, value, accepted, value);
  }

  /** Lines of a multi-line input; blank lines are dropped, every other line must match. */
  list(name: string, pattern: RegExp, accepted: string): string[] {
    const lines = this.value(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    for (const line of lines) {
      if (!pattern.test(line)) this.reject(name, line, accepted, undefined);
      else if (name === 'ports' && !portsInRange(line)) this.reject(name, line, `ports from 1 to 65535: ${accepted}`, undefined);
    }
    return lines;
  }

  optionalPath(name: string): string | undefined {
    const value = this.value(name);
    if (value === '') return undefined;
    if (/[\n\0]/.test(value)) return this.reject(name, value, 'a file path on one line', undefined);
    return value;
  }

  clusterName(name: string): string {
    const value = this.value(name);
    const accepted = `lowercase letters, digits and -, starting and ending with a letter or digit, at most ${CLUSTER_NAME_MAX} characters`;
    if (value.length > CLUSTER_NAME_MAX || !CLUSTER_NAME.test(value)) return this.reject(name, value, accepted, value);
    return value;
  }

  optionalClusterName(name: string): string | undefined {
    return this.value(name) === '' ? undefined : this.clusterName(name);
  }

  machineName(name: string): string {
    const value = this.value(name);
    const accepted = `at most ${MACHINE_NAME_MAX} characters: a letter or digit, then letters, digits, _ . or -`;
    if (value.length > MACHINE_NAME_MAX || !MACHINE_NAME.test(value)) {
      return this.reject(name, value, accepted, value);
    }
    return value;
  }
}
