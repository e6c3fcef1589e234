// The simulated Mac's hardware, as sysctl reports it. Defaults are GitHub's hosted runners:
// x64 (macos-15-intel, macos-26-intel) has 4 CPUs and 14 GB; arm64 (macos-15, macos-26) has
// 3 CPUs and 7 GB. faults.json can override any value: {"sysctl": {"oids": {"kern.hv_support": "0"}}},
// and null makes an oid unknown, as on the hosted arm64 runners.

import { faultsFor } from './fake-state.mjs';

const GIB = 1024 ** 3;

export function hostArch() {
  return process.env.FAKE_ARCH === 'arm64' ? 'arm64' : 'x64';
}

/** Returns the sysctl oids this Mac reports, by name. A null value is an unknown oid. */
export function sysctlOids() {
  const arm = hostArch() === 'arm64';
  const defaults = {
    'kern.hv_support': '1',
    'hw.ncpu': arm ? '3' : '4',
    'hw.memsize': String((arm ? 7 : 14) * GIB),
    'hw.machine': arm ? 'arm64' : 'x86_64',
    'kern.hv_vmm_present': '1',
  };
  return { ...defaults, ...(faultsFor('sysctl').oids ?? {}) };
}

/** Returns the total memory in MiB, which Podman compares with a new machine's memory. */
export function hostMemoryMiB() {
  const bytes = Number(sysctlOids()['hw.memsize'] ?? 0);
  return Math.floor(bytes / 1024 ** 2);
}
