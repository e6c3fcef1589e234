// Pinned defaults for everything this tool installs, in one place so an upgrade is one change.

/**
 * Podman 5.8.x is the last line that ships an Intel macOS installer (6.0 builds arm64 only), and
 * 5.6.0 is the first release with the containers/common fix that k3d's host-gateway entry needs.
 */
export const PODMAN_DEFAULT_VERSION = '5.8.5';
export const PODMAN_MIN_VERSION_MACOS = '5.6.0';
export const PODMAN_MIN_VERSION_LINUX = '4.0.0';

/** The Docker CLI is only a client here; any 20.10+ client speaks the API Podman serves. */
export const DOCKER_DEFAULT_VERSION = '28.5.2';
export const DOCKER_MIN_VERSION = '20.10.0';

/** k3d 5.8.3 creates clusters with k3s v1.31.5-k3s1 by default; 5.6 is the oldest tested here. */
export const K3D_DEFAULT_VERSION = '5.8.3';
export const K3D_MIN_VERSION = '5.6.0';
export const KUBECTL_DEFAULT_VERSION = '1.33.4';
export const KUBECTL_MIN_VERSION = '1.28.0';

export const RELEASE_URLS = {
  /** k3d publishes `checksums.txt` (sha256sum output for _dist/*) beside its binaries. */
  k3dRelease: (version: string) => `https://github.com/k3d-io/k3d/releases/download/v${version}`,
  /** Kubernetes publishes `<binary>.sha256`, holding only the digest, beside each binary. */
  kubectl: (version: string, os: 'darwin' | 'linux', arch: 'amd64' | 'arm64') =>
    `https://dl.k8s.io/release/v${version}/bin/${os}/${arch}/kubectl`,
  /** Podman publishes a `shasums` file beside each release's assets. */
  podmanRelease: (version: string) =>
    `https://github.com/containers/podman/releases/download/v${version}`,
  /** Docker publishes no checksum file for its static client tarballs. */
  dockerStatic: (os: 'mac' | 'linux', arch: 'x86_64' | 'aarch64', version: string) =>
    `https://download.docker.com/${os}/static/stable/${arch}/docker-${version}.tgz`,
};
