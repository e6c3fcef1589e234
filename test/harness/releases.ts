// Release files for the download server, laid out as `<host>/<path>` like the real hosts:
//   github.com/containers/podman/releases/download/vVERSION/podman-installer-macos-{amd64,arm64,universal}.pkg
//   github.com/containers/podman/releases/download/vVERSION/shasums   (sha256sum format)
//   download.docker.com/mac/static/stable/{x86_64,aarch64}/docker-VERSION.tgz   (no checksum file)
// The .pkg files are fake packages that only the harness's fake `installer` accepts; the Docker
// tarballs hold docker/docker, the harness's fake Docker CLI that forwards to the real one.

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

const HARNESS_BIN = join(dirname(fileURLToPath(import.meta.url)), 'bin');

export interface ReleaseTreeOptions {
  podmanVersions: readonly string[];
  dockerVersions: readonly string[];
  /** File names whose line in `shasums` carries the digest of other content. */
  mismatchedChecksums?: readonly string[];
}

export interface ReleaseTree {
  dir: string;
  /** SHA-256 of each file as served, by its path under the tree (`github.com/...`). */
  digests: Record<string, string>;
  /** SHA-256 that each version's `shasums` lists for each .pkg, by the .pkg's path under the tree. */
  listedDigests: Record<string, string>;
}

export function podmanReleasePath(version: string, file: string): string {
  return `github.com/containers/podman/releases/download/v${version}/${file}`;
}

export function dockerReleasePath(arch: (typeof DOCKER_ARCHES)[number], version: string): string {
  return `download.docker.com/mac/static/stable/${arch}/docker-${version}.tgz`;
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
      const listed = mismatched.has(file) ? sha256(Buffer.concat([content, Buffer.from('tampered')])) : sha256(content);
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
  return { dir, digests, listedDigests };
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
