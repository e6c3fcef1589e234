import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseHelperProcesses } from '../../src/core/steps/machine-start.js';
import { PODMAN_MIN_VERSION_MACOS } from '../../src/core/versions.js';
import { findDigest } from '../../src/tools/download.js';
import { parsePodmanVersion } from '../../src/tools/podman.js';
import { compareVersions, isAtLeast, parseVersion } from '../../src/tools/semver.js';
import { parseHypervisorSupport } from '../../src/tools/sysctl.js';

function fixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

describe('parseHypervisorSupport', () => {
  it('treats the unknown oid error as no support', () => {
    // sysctl prints the error on stderr, nothing on stdout, and exits 1.
    expect(fixture('sysctl/hv-support-unknown-oid.stderr.txt')).toMatch(/unknown oid 'kern\.hv_support'/);
    expect(parseHypervisorSupport(1, '')).toBe(false);
  });

  it('reads 1 as support', () => {
    expect(parseHypervisorSupport(0, fixture('sysctl/hv-support-1.stdout.txt'))).toBe(true);
  });

  it('reads 0 as no support', () => {
    expect(parseHypervisorSupport(0, fixture('sysctl/hv-support-0.stdout.txt'))).toBe(false);
  });
});

describe('parseHelperProcesses', () => {
  const ps = fixture('ps/ps-axo-two-machines-macos.txt');

  it('finds the named machine helpers', () => {
    expect(parseHelperProcesses(ps, 'podman-machine-default')).toEqual([
      { pid: 4463, program: 'gvproxy' },
      { pid: 4468, program: 'vfkit' },
    ]);
  });

  it('finds the longer-named machine helpers', () => {
    expect(parseHelperProcesses(ps, 'podman-machine-default-2')).toEqual([
      { pid: 3811, program: 'gvproxy' },
      { pid: 3815, program: 'vfkit' },
    ]);
  });

  it('ignores a machine named by a prefix', () => {
    expect(parseHelperProcesses(ps, 'podman-machine')).toEqual([]);
  });

  // Every helper's arguments contain the directories `podman` and `machine` (the runtime directory
  // and the shared SSH key), so a machine with one of these names must match on its files only.
  it('ignores directory names shared by all machines', () => {
    expect(parseHelperProcesses(ps, 'podman')).toEqual([]);
    expect(parseHelperProcesses(ps, 'machine')).toEqual([]);
    expect(parseHelperProcesses(ps, 'applehv')).toEqual([]);
  });

  it('finds a helper started from another install directory', () => {
    const brew = ps.replaceAll('/opt/podman/bin/', '/opt/homebrew/opt/podman/libexec/podman/');
    expect(brew).not.toBe(ps);

    expect(parseHelperProcesses(brew, 'podman-machine-default').map((helper) => helper.pid)).toEqual([4463, 4468]);
  });

  it('finds krunkit by its disk image', () => {
    const krunkit = ps.replaceAll('/opt/podman/bin/vfkit', '/opt/podman/bin/krunkit').replaceAll('/applehv/', '/libkrun/');

    expect(parseHelperProcesses(krunkit, 'podman-machine-default')).toEqual([
      { pid: 4463, program: 'gvproxy' },
      { pid: 4468, program: 'krunkit' },
    ]);
  });
});

describe('parseHelperProcesses on podman 4.x', () => {
  // Shortened podman 4.9 QEMU arguments: the helpers name the machine only in their pid files and
  // the QMP socket.
  const ps = [
    ' 2101 /opt/podman/bin/gvproxy -listen-qemu unix:///var/folders/9k/T/podman/qmp_dev-2.sock -pid-file /var/folders/9k/T/podman/dev-2_proxy.pid',
    ' 2106 /opt/podman/qemu/bin/qemu-system-x86_64 -m 2048 -qmp unix:/var/folders/9k/T/podman/qmp_dev-2.sock,server=on,wait=off -pidfile /var/folders/9k/T/podman/dev-2_vm.pid',
    ' 2201 /opt/podman/bin/gvproxy -listen-qemu unix:///var/folders/9k/T/podman/qmp_dev.sock -pid-file /var/folders/9k/T/podman/dev_proxy.pid',
    ' 2206 /opt/podman/qemu/bin/qemu-system-x86_64 -m 2048 -qmp unix:/var/folders/9k/T/podman/qmp_dev.sock,server=on,wait=off -pidfile /var/folders/9k/T/podman/dev_vm.pid',
  ].join('\n');

  it('finds qemu and gvproxy by their pid files', () => {
    expect(parseHelperProcesses(ps, 'dev')).toEqual([
      { pid: 2201, program: 'gvproxy' },
      { pid: 2206, program: 'qemu-system-x86_64' },
    ]);
  });
});

describe('findDigest', () => {
  it('finds a file in podman shasums', () => {
    expect(findDigest(fixture('checksums/podman-5.8.5-shasums'), 'podman-installer-macos-amd64.pkg')).toBe(
      '25c7db82cfd74b8655a5b2b10faa36eef4187e2a3065c7da17d93297d6aca885',
    );
  });

  it('matches the base name of a listed path', () => {
    expect(findDigest(fixture('checksums/k3d-5.8.3-checksums.txt'), 'k3d-darwin-amd64')).toBe(
      '9df8839a28a890054163f310dcd7f38cbeed183c2532181acee44511507fefca',
    );
  });

  it('does not match a file name prefix', () => {
    expect(findDigest(fixture('checksums/k3d-5.8.3-checksums.txt'), 'k3d-darwin')).toBeUndefined();
    expect(findDigest(fixture('checksums/podman-5.8.5-shasums'), 'podman-installer-macos.pkg')).toBeUndefined();
  });

  it('reads a digest-only file without a newline', () => {
    const text = fixture('checksums/kubectl-1.33.4-darwin-amd64.sha256');
    expect(text.endsWith('\n')).toBe(false);

    expect(findDigest(text, 'kubectl')).toBe('d9c337012dcf4eb8ddb1d657444db03e1481afec9bacba987e3b7271ce6a2ebb');
  });

  it('accepts the binary-mode marker and upper case', () => {
    const text = fixture('checksums/podman-5.8.5-shasums').toUpperCase().replaceAll('  ', ' *');

    expect(findDigest(text, 'PODMAN-INSTALLER-MACOS-AMD64.PKG')).toBe(
      '25c7db82cfd74b8655a5b2b10faa36eef4187e2a3065c7da17d93297d6aca885',
    );
  });
});

describe('semver on real version strings', () => {
  it('parses tool versions', () => {
    expect(parseVersion(parsePodmanVersion(fixture('podman/version-5.8.5.txt')))).toEqual([5, 8, 5]);
    expect(parseVersion('v1.31.5-k3s1')).toEqual([1, 31, 5]);
    expect(parseVersion('v5.8.3')).toEqual([5, 8, 3]);
    expect(parseVersion('5.8')).toEqual([5, 8, 0]);
  });

  it('rejects text that is no version', () => {
    expect(parseVersion('unknown')).toBeUndefined();
    expect(() => compareVersions('unknown', '1.0.0')).toThrow(/Cannot compare/);
    expect(isAtLeast('unknown', '1.0.0')).toBe(false);
  });

  it('compares components as numbers', () => {
    expect(compareVersions('5.10.0', '5.9.9')).toBeGreaterThan(0);
    expect(compareVersions('v5.8.3', '5.8.3')).toBe(0);
    expect(compareVersions('4.9.4', '5.0.0')).toBeLessThan(0);
  });

  it('applies the macOS podman minimum', () => {
    expect(isAtLeast(parsePodmanVersion(fixture('podman/version-5.8.5.txt')), PODMAN_MIN_VERSION_MACOS)).toBe(true);
    expect(isAtLeast(parsePodmanVersion(fixture('podman/version-4.3.1.txt')), PODMAN_MIN_VERSION_MACOS)).toBe(false);
    expect(isAtLeast('5.6.0', PODMAN_MIN_VERSION_MACOS)).toBe(true);
  });
});
