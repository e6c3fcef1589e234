// sysctl on macOS: whether the hypervisor framework is usable (nested virtualization).

export const sysctlArgv = {
  hypervisorSupport: () => ['sysctl', '-n', 'kern.hv_support'],
};

/**
 * Reads `sysctl -n kern.hv_support`. On GitHub's arm64 macOS runners the oid is missing
 * (`sysctl: unknown oid 'kern.hv_support'`, exit 1) or 0; both mean no virtualization.
 */
export function parseHypervisorSupport(exitCode: number, stdout: string): boolean {
  return exitCode === 0 && stdout.trim() === '1';
}
