// Homebrew: argv and the environment that keeps it from updating and cleaning up on every call.

export const BREW = 'brew';

/** Settings that skip Homebrew's auto-update, cleanup and dependents checks, which cost minutes. */
export const BREW_ENV: Readonly<Record<string, string>> = {
  HOMEBREW_NO_AUTO_UPDATE: '1',
  HOMEBREW_NO_INSTALL_CLEANUP: '1',
  HOMEBREW_NO_INSTALLED_DEPENDENTS_CHECK: '1',
  HOMEBREW_NO_INSTALL_UPGRADE: '1',
  HOMEBREW_NO_ANALYTICS: '1',
  HOMEBREW_NO_ENV_HINTS: '1',
};

export const brewArgv = {
  install: (formula: string) => [BREW, 'install', formula],
  prefix: (formula: string) => [BREW, '--prefix', formula],
};

/** True when Homebrew failed because the formula has no bottle for this machine (Intel podman). */
export function isNoBottle(stderr: string): boolean {
  return /no bottle available/i.test(stderr);
}
