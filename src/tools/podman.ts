// Podman: argv builders and pure parsers for the outputs this tool reads.

import { asRecord, optionalNumber, optionalRecord, optionalString, requireString } from './json.js';

export const PODMAN = 'podman';

/** Podman prints every failure as `Error: <message>` and exits 125. */
export const PODMAN_ERROR_EXIT = 125;

export const podmanArgv = {
  version: () => [PODMAN, '--version'],
  info: () => [PODMAN, 'info'],
  machineList: () => [PODMAN, 'machine', 'list', '--format', 'json'],
  machineInspect: (name: string) => [PODMAN, 'machine', 'inspect', name],
  machineInit: (options: MachineInitOptions) => {
    const argv = [
      PODMAN,
      'machine',
      'init',
      '--cpus',
      String(options.cpus),
      '--memory',
      String(options.memoryMiB),
      '--disk-size',
      String(options.diskSizeGiB),
    ];
    if (options.rootful) argv.push('--rootful');
    if (options.image) argv.push('--image', options.image);
    argv.push(options.name);
    return argv;
  },
  machineStart: (name: string) => [PODMAN, 'machine', 'start', '--no-info', name],
  machineStop: (name: string) => [PODMAN, 'machine', 'stop', name],
  machineRemove: (name: string) => [PODMAN, 'machine', 'rm', '--force', name],
  systemService: (socketPath: string) => [
    PODMAN,
    'system',
    'service',
    '--time=0',
    `unix://${socketPath}`,
  ],
};

export interface MachineInitOptions {
  name: string;
  cpus: number;
  memoryMiB: number;
  diskSizeGiB: number;
  rootful: boolean;
  image?: string;
}

/** Reads `podman --version` output: `podman version 5.8.5`. */
export function parsePodmanVersion(stdout: string): string {
  const match = /podman(?:\.exe)? version (\S+)/i.exec(stdout);
  if (!match?.[1]) throw new Error(`Unexpected \`podman --version\` output: ${stdout.trim()}`);
  return match[1];
}

export type MachineState = 'running' | 'stopped' | 'starting' | 'unknown';

export interface MachineInfo {
  name: string;
  state: MachineState;
  /** The API socket on the host; the `symlink` form when Podman made one for a long path. */
  socketPath: string | undefined;
  /** The socket path as Podman reports it, before the symlink substitution. */
  socketTarget: string | undefined;
  rootful: boolean;
  cpus: number | undefined;
  memoryMiB: number | undefined;
  diskSizeGiB: number | undefined;
  /** Provider directory read from ConfigDir (5.x), for example applehv or libkrun. */
  provider: string | undefined;
}

/** macOS limits a unix socket path (sun_path) to 104 bytes including the terminating NUL. */
export const MAX_SOCKET_PATH = 103;

/**
 * Reads `podman machine inspect` output: a JSON array with one object a machine. Handles the 5.x
 * layout (ConfigDir, State, Rootful, ConnectionInfo.PodmanSocket.symlink) and the 4.x one
 * (ConfigPath, State, no symlink field).
 */
export function parseMachineInspect(stdout: string): MachineInfo[] {
  const data: unknown = JSON.parse(stdout);
  if (!Array.isArray(data)) throw new Error('`podman machine inspect` did not print a JSON array');
  return data.map((entry: unknown) => toMachineInfo(asRecord(entry, 'machine')));
}

function toMachineInfo(entry: Record<string, unknown>): MachineInfo {
  const connection = optionalRecord(entry.ConnectionInfo);
  const socket = optionalRecord(connection?.PodmanSocket);
  const socketTarget = optionalString(socket?.Path) || undefined;
  const symlink = optionalString(socket?.symlink) || undefined;
  const resources = optionalRecord(entry.Resources);
  const configDir = optionalString(optionalRecord(entry.ConfigDir)?.Path) ?? optionalString(optionalRecord(entry.ConfigPath)?.Path);

  return {
    name: requireString(entry.Name, 'Name'),
    state: toState(optionalString(entry.State)),
    socketPath: symlink ?? socketTarget,
    socketTarget,
    rootful: entry.Rootful === true,
    cpus: optionalNumber(resources?.CPUs),
    memoryMiB: optionalNumber(resources?.Memory),
    diskSizeGiB: optionalNumber(resources?.DiskSize),
    provider: providerFromConfigDir(configDir),
  };
}

/** 5.x keeps each provider's machines in `.../podman/machine/<provider>`; 4.x in `.../machine/qemu`. */
function providerFromConfigDir(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const match = /\/machine\/([a-z]+)(?:\/[^/]*\.json)?\/?$/.exec(path);
  return match?.[1];
}

export interface MachineListEntry {
  name: string;
  running: boolean;
  starting: boolean;
  vmType: string | undefined;
  isDefault: boolean;
}

/** Reads `podman machine list --format json`: an array, empty when no machine exists. */
export function parseMachineList(stdout: string): MachineListEntry[] {
  const text = stdout.trim();
  if (text === '' || text === 'null') return [];
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error('`podman machine list` did not print a JSON array');
  return data.map((item: unknown) => {
    const entry = asRecord(item, 'machine list entry');
    return {
      // The list marks the default machine with a trailing `*` in its Name on some versions.
      name: requireString(entry.Name, 'Name').replace(/\*$/, ''),
      running: entry.Running === true,
      starting: entry.Starting === true,
      vmType: optionalString(entry.VMType),
      isDefault: entry.Default === true,
    };
  });
}

/** True when podman's stderr reports that the named machine does not exist. */
export function isMachineMissing(stderr: string): boolean {
  return /VM does not exist|no such vm|does not exist/i.test(stderr);
}

function toState(value: string | undefined): MachineState {
  if (value === 'running' || value === 'stopped' || value === 'starting') return value;
  return 'unknown';
}
