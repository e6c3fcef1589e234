// Release files for the download server, laid out as `<host>/<path>` like the real hosts:
//   github.com/containers/podman/releases/download/vVERSION/podman-installer-macos-{amd64,arm64,universal}.pkg
//   github.com/containers/podman/releases/download/vVERSION/shasums   (sha256sum format)
//   download.docker.com/mac/static/stable/{x86_64,aarch64}/docker-VERSION.tgz   (no checksum file)
//   github.com/k3d-io/k3d/releases/download/vVERSION/k3d-darwin-{amd64,arm64}
//   github.com/k3d-io/k3d/releases/download/vVERSION/checksums.txt   (sha256sum format, `_dist/` names)
//   dl.k8s.io/release/vVERSION/bin/darwin/{amd64,arm64}/kubectl (+ kubectl.sha256: the digest only)
//   quay.io/v2/podman/machine-os/manifests/MAJOR.MINOR   (OCI index: applehv and qemu disks per arch)
//   quay.io/v2/podman/machine-os/manifests/sha256:DIGEST, .../blobs/sha256:DIGEST (one-layer manifests, disks)
// The .pkg files are fake packages that only the harness's fake `installer` accepts; the Docker
// tarballs hold docker/docker, the harness's fake Docker CLI that forwards to the real one. The k3d
// and kubectl "binaries" are shell scripts that exec the harness's stand-ins (bin/k3d, bin/kubectl).
// The machine disks are the zstd frame magic and a line of text, like the fake podman's own pulls.
// The index and manifests have the layout of quay.io/podman/machine-os (see writeMachineOsTree).

import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** First line of a fake .pkg, checked by test/harness/bin/installer. */
export const FAKE_PKG_MAGIC = 'FAKE-PODMAN-INSTALLER-PKG';
export const PODMAN_PKG_ARCHES = ['amd64', 'arm64', 'universal'] as const;
export const DOCKER_ARCHES = ['x86_64', 'aarch64'] as const;
/** Architectures of the macOS k3d and kubectl binaries, in the names both projects use. */
export const GO_ARCHES = ['amd64', 'arm64'] as const;

const HARNESS_BIN = join(dirname(fileURLToPath(import.meta.url)), 'bin');

export interface ReleaseTreeOptions {
  podmanVersions: readonly string[];
  dockerVersions: readonly string[];
  /** k3d releases to serve (for example `5.8.3`); none when left out. */
  k3dVersions?: readonly string[];
  /** kubectl releases to serve (for example `1.33.4`); none when left out. */
  kubectlVersions?: readonly string[];
  /**
   * File names whose published checksum is the digest of other content: a .pkg or `k3d-darwin-ARCH`
   * in its release's checksum file, or `kubectl` in every `kubectl.sha256`.
   */
  mismatchedChecksums?: readonly string[];
}

export interface ReleaseTree {
  dir: string;
  /** SHA-256 of each file as served, by its path under the tree (`github.com/...`). */
  digests: Record<string, string>;
  /** SHA-256 that the checksum files list for each checked file, by the file's path under the tree. */
  listedDigests: Record<string, string>;
}

export function podmanReleasePath(version: string, file: string): string {
  return `github.com/containers/podman/releases/download/v${version}/${file}`;
}

export function dockerReleasePath(arch: (typeof DOCKER_ARCHES)[number], version: string): string {
  return `download.docker.com/mac/static/stable/${arch}/docker-${version}.tgz`;
}

export function k3dReleasePath(version: string, file: string): string {
  return `github.com/k3d-io/k3d/releases/download/v${version}/${file}`;
}

/** Path of the macOS kubectl binary, or with `suffix` `.sha256` of its checksum file. */
export function kubectlReleasePath(version: string, arch: (typeof GO_ARCHES)[number], suffix = ''): string {
  return `dl.k8s.io/release/v${version}/bin/darwin/${arch}/kubectl${suffix}`;
}

/** Writes one release tree into `dir` and returns the digests of what it wrote. */
export async function writeReleaseTree(dir: string, options: ReleaseTreeOptions): Promise<ReleaseTree> {
  const digests: Record<string, string> = {};
  const listedDigests: Record<string, string> = {};
  const mismatched = new Set(options.mismatchedChecksums ?? []);

  for (const version of options.podmanVersions) {
    const shasums: string[] = [];
    for (const arch of PODMAN_PKG_ARCHES) {
      const file = `podman-installer-macos-${arch}.pkg`;
      const content = fakePkg(version, arch);
      const path = podmanReleasePath(version, file);
      await writeTreeFile(dir, path, content);
      digests[path] = sha256(content);
      const listed = mismatched.has(file) ? tamperedDigest(content) : sha256(content);
      listedDigests[path] = listed;
      shasums.push(`${listed}  ${file}`);
    }
    await writeTreeFile(dir, podmanReleasePath(version, 'shasums'), Buffer.from(`${shasums.join('\n')}\n`));
  }

  for (const version of options.dockerVersions) {
    const archive = await dockerTarball();
    for (const arch of DOCKER_ARCHES) {
      const path = dockerReleasePath(arch, version);
      await writeTreeFile(dir, path, archive);
      digests[path] = sha256(archive);
    }
  }

  for (const version of options.k3dVersions ?? []) {
    // k3d's Makefile runs `sha256sum _dist/*`, so each name in checksums.txt carries `_dist/`.
    const checksums: string[] = [];
    for (const arch of GO_ARCHES) {
      const file = `k3d-darwin-${arch}`;
      const content = standInWrapper('k3d', version, arch);
      const path = k3dReleasePath(version, file);
      await writeTreeFile(dir, path, content);
      digests[path] = sha256(content);
      listedDigests[path] = mismatched.has(file) ? tamperedDigest(content) : sha256(content);
      checksums.push(`${listedDigests[path]}  _dist/${file}`);
    }
    await writeTreeFile(dir, k3dReleasePath(version, 'checksums.txt'), Buffer.from(`${checksums.join('\n')}\n`));
  }

  for (const version of options.kubectlVersions ?? []) {
    for (const arch of GO_ARCHES) {
      const content = standInWrapper('kubectl', version, arch);
      const path = kubectlReleasePath(version, arch);
      await writeTreeFile(dir, path, content);
      digests[path] = sha256(content);
      listedDigests[path] = mismatched.has('kubectl') ? tamperedDigest(content) : sha256(content);
      // dl.k8s.io serves the bare digest, without a file name or a trailing newline.
      await writeTreeFile(dir, kubectlReleasePath(version, arch, '.sha256'), Buffer.from(listedDigests[path]));
    }
  }

  const tags = new Set(options.podmanVersions.map((version) => version.split('.').slice(0, 2).join('.')));
  for (const tag of tags) Object.assign(digests, await writeMachineOsTree(dir, tag));
  return { dir, digests, listedDigests };
}

export function machineOsPath(reference: string, kind: 'manifests' | 'blobs' = 'manifests'): string {
  return `quay.io/v2/podman/machine-os/${kind}/${reference}`;
}

/**
 * Writes the index of quay.io/podman/machine-os:TAG with an applehv and a qemu disk for each
 * architecture. As published, each entry carries a `disktype` annotation and Podman's architecture
 * names, each manifest has an empty config and one layer titled by the disk's file name.
 */
async function writeMachineOsTree(dir: string, tag: string): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  const entries: object[] = [];
  for (const arch of ['x86_64', 'aarch64']) {
    for (const [diskType, format] of [['applehv', 'raw'], ['qemu', 'qcow2']] as const) {
      const title = `podman-machine.${arch}.${diskType}.${format}.zst`;
      const disk = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.from(`fake machine-os ${tag} ${title} of the test harness\n`)]);
      const diskDigest = `sha256:${sha256(disk)}`;
      await writeTreeFile(dir, machineOsPath(diskDigest, 'blobs'), disk);
      digests[machineOsPath(diskDigest, 'blobs')] = sha256(disk);

      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: `sha256:${sha256(Buffer.from('{}'))}`, size: 2 },
          layers: [
            { mediaType: 'application/zstd', digest: diskDigest, size: disk.length, annotations: { 'org.opencontainers.image.title': title } },
          ],
        }),
      );
      const manifestDigest = `sha256:${sha256(manifest)}`;
      await writeTreeFile(dir, machineOsPath(manifestDigest), manifest);
      entries.push({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: manifestDigest,
        size: manifest.length,
        platform: { architecture: arch, os: 'linux' },
        annotations: { disktype: diskType },
      });
    }
  }
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries }));
  await writeTreeFile(dir, machineOsPath(tag), index);
  return digests;
}

/**
 * Returns the served "binary" of k3d or kubectl: a shell script that runs the harness's stand-in
 * with the same arguments. The comment line makes each version and architecture a distinct file.
 */
function standInWrapper(tool: 'k3d' | 'kubectl', version: string, arch: string): Buffer {
  const lines = [
    '#!/bin/sh',
    `# Test stand-in served as ${tool} ${version} for darwin/${arch} by the harness's download server.`,
    `exec ${shellQuote(join(HARNESS_BIN, tool))} "$@"`,
    '',
  ];
  return Buffer.from(lines.join('\n'));
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function tamperedDigest(content: Buffer): string {
  return sha256(Buffer.concat([content, Buffer.from('tampered')]));
}

function fakePkg(version: string, arch: string): Buffer {
  // The padding makes each package distinct and about as large as a small download.
  return Buffer.from(`${FAKE_PKG_MAGIC}\nversion=${version}\narch=${arch}\npadding=${randomBytes(32 * 1024).toString('hex')}\n`);
}

/** Builds a gzipped tar with docker/docker, the layout of Docker's static CLI tarballs. */
async function dockerTarball(): Promise<Buffer> {
  const staging = await mkdtemp(join(tmpdir(), 'harness-docker-tgz-'));
  try {
    await mkdir(join(staging, 'docker'));
    await copyFile(join(HARNESS_BIN, 'docker'), join(staging, 'docker', 'docker'));
    await chmod(join(staging, 'docker', 'docker'), 0o755);
    const archive = join(staging, 'docker.tgz');
    await execFileAsync('tar', ['-czf', archive, '-C', staging, 'docker']);
    return await readFile(archive);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function writeTreeFile(dir: string, path: string, content: Buffer): Promise<void> {
  const file = join(dir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
