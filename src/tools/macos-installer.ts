// The macOS package installer, used for Podman's official .pkg.

/** The directory where the official Podman .pkg installs its binaries (podman, vfkit, gvproxy, krunkit). */
export const PODMAN_PKG_BIN = '/opt/podman/bin';

export const installerArgv = {
  /** GitHub's macOS runners allow sudo without a password; -n fails instead of prompting elsewhere. */
  installPackage: (pkgFile: string) => ['sudo', '-n', 'installer', '-pkg', pkgFile, '-target', '/'],
};
