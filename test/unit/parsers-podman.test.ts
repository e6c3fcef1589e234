import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  MAX_SOCKET_PATH,
  isMachineMissing,
  parseMachineInspect,
  parseMachineList,
  parsePodmanVersion,
} from '../../src/tools/podman.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/podman/${name}`, import.meta.url), 'utf8');
}

describe('parsePodmanVersion', () => {
  it('reads podman 5.8.5', () => {
    expect(parsePodmanVersion(fixture('version-5.8.5.txt'))).toBe('5.8.5');
  });

  it('reads podman 4.3.1 from Debian 12', () => {
    expect(parsePodmanVersion(fixture('version-4.3.1.txt'))).toBe('4.3.1');
  });

  it('rejects output without a version', () => {
    expect(() => parsePodmanVersion(fixture('version-json-client-only-4.3.1.json'))).toThrow(/podman --version/);
  });
});

describe('parseMachineInspect on podman 5.8', () => {
  it('reads an applehv machine without a symlink', () => {
    const machines = parseMachineInspect(fixture('machine-inspect-5.8-applehv.json'));

    expect(machines).toHaveLength(1);
    const [machine] = machines;
    expect(machine?.name).toBe('podman-machine-default');
    expect(machine?.state).toBe('running');
    expect(machine?.rootful).toBe(true);
    expect(machine?.cpus).toBe(2);
    expect(machine?.memoryMiB).toBe(4096);
    expect(machine?.diskSizeGiB).toBe(50);
    expect(machine?.provider).toBe('applehv');
    expect(machine?.socketTarget).toBe('/var/folders/9k/v2m4xq0d5b7c1n8r3t6y0p2h4000gn/T/podman/podman-machine-default-api.sock');
    expect(machine?.socketPath).toBe(machine?.socketTarget);
  });

  it('prefers the symlink for long paths', () => {
    const [machine] = parseMachineInspect(fixture('machine-inspect-5.8-libkrun-symlink.json'));

    expect(machine?.socketPath).toBe('/Users/ci-builder/.podman/setup-podman-k3d-api.sock');
    expect(machine?.socketPath?.length).toBeLessThanOrEqual(MAX_SOCKET_PATH);
    expect(machine?.socketTarget).toMatch(/\/podman\/setup-podman-k3d-api\.sock$/);
    expect(machine?.socketTarget?.length).toBeGreaterThan(MAX_SOCKET_PATH);
  });

  it('takes the libkrun provider from ConfigDir', () => {
    const [machine] = parseMachineInspect(fixture('machine-inspect-5.8-libkrun-symlink.json'));

    expect(machine?.provider).toBe('libkrun');
    expect(machine?.name).toBe('setup-podman-k3d');
    expect(machine?.memoryMiB).toBe(8192);
  });
});

describe('parseMachineInspect on podman 4.9', () => {
  it('reads the ConfigPath and Image layout', () => {
    const [machine] = parseMachineInspect(fixture('machine-inspect-4.9-qemu.json'));

    expect(machine?.name).toBe('podman-machine-default');
    expect(machine?.state).toBe('running');
    expect(machine?.rootful).toBe(false);
    expect(machine?.cpus).toBe(2);
    expect(machine?.memoryMiB).toBe(2048);
    expect(machine?.diskSizeGiB).toBe(100);
  });

  it('takes the qemu provider from the ConfigPath file', () => {
    const [machine] = parseMachineInspect(fixture('machine-inspect-4.9-qemu.json'));

    expect(machine?.provider).toBe('qemu');
  });

  it('uses the socket path when there is no symlink', () => {
    const [machine] = parseMachineInspect(fixture('machine-inspect-4.9-qemu.json'));

    expect(machine?.socketPath).toBe('/Users/jdoe/.local/share/containers/podman/machine/qemu/podman.sock');
    expect(machine?.socketTarget).toBe(machine?.socketPath);
  });
});

describe('parseMachineList', () => {
  it('reads several machines with one running', () => {
    const machines = parseMachineList(fixture('machine-list-5.8.json'));

    expect(machines.map((machine) => machine.name)).toEqual(['podman-machine-default', 'dev', 'dev-2']);
    expect(machines.filter((machine) => machine.running).map((machine) => machine.name)).toEqual(['podman-machine-default']);
    expect(machines.every((machine) => machine.vmType === 'applehv')).toBe(true);
    expect(machines.some((machine) => machine.starting)).toBe(false);
  });

  it('reads the Default flag', () => {
    const machines = parseMachineList(fixture('machine-list-5.8.json'));

    expect(machines.filter((machine) => machine.isDefault).map((machine) => machine.name)).toEqual(['dev']);
  });

  it('reads an empty list', () => {
    expect(parseMachineList(fixture('machine-list-empty.json'))).toEqual([]);
  });

  // Podman's JSON keeps the plain name, and only its table output marks the default machine with `*`.
  // The parser still strips the mark, because machine names cannot contain `*`.
  it('strips a trailing * from a name', () => {
    const marked = fixture('machine-list-5.8.json').replace('"Name": "dev",', '"Name": "dev*",');
    expect(marked).not.toBe(fixture('machine-list-5.8.json'));

    const names = parseMachineList(marked).map((machine) => machine.name);

    expect(names).toEqual(['podman-machine-default', 'dev', 'dev-2']);
  });
});

describe('isMachineMissing', () => {
  it('recognizes the 5.x error for a missing machine', () => {
    expect(isMachineMissing('Error: dev: VM does not exist\n')).toBe(true);
  });

  it('ignores an unrelated error', () => {
    expect(isMachineMissing('Error: unable to start "dev": already running\n')).toBe(false);
  });
});
