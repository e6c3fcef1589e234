// The Podman machine image, fetched from its registry the way `podman machine init` finds it, so
// that a later `podman machine init --image FILE` needs no download. Podman 5 publishes it as an
// OCI artifact: the index quay.io/podman/machine-os:<major.minor> lists one manifest per platform
// with a `disktype` annotation (applehv, qemu, hyperv, wsl), and each manifest has one layer, the
// compressed disk, named by its `org.opencontainers.image.title` annotation.

import { join } from 'node:path';

import { SetupError } from '../core/errors.js';
import type { Reporter } from '../ports.js';
import { download } from './download.js';
import { RegistryClient, type Descriptor } from './registry.js';

export const MACHINE_IMAGE_HOST = 'quay.io';
export const MACHINE_IMAGE_REPOSITORY = 'podman/machine-os';
/** The file name our cache and `podman machine init --image` use for the compressed disk. */
export const MACHINE_IMAGE_FILE = 'machine-os.raw.zst';
const TITLE_ANNOTATION = 'org.opencontainers.image.title';

export interface MachineImageRequest {
  /** The index tag: Podman's major.minor, for example `5.8`. */
  tag: string;
  /** The image architecture in Podman's naming: `x86_64` or `aarch64`. */
  arch: 'x86_64' | 'aarch64';
  /** `applehv` on macOS, for both the applehv and the libkrun provider. */
  diskType: string;
  directory: string;
  mirror?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface MachineImage {
  path: string;
  /** The layer digest, `sha256:…`, which the download was verified against. */
  digest: string;
  title: string;
}

/** Maps Node's `process.arch` to the architecture names of the machine-os index. */
export function machineImageArch(arch: string): 'x86_64' | 'aarch64' {
  return arch === 'arm64' ? 'aarch64' : 'x86_64';
}

/** Resolves the disk for this platform in the index, downloads it and verifies its digest. */
export async function fetchMachineImage(request: MachineImageRequest, reporter: Reporter): Promise<MachineImage> {
  const client = new RegistryClient({
    host: MACHINE_IMAGE_HOST,
    name: MACHINE_IMAGE_REPOSITORY,
    mirror: request.mirror,
    timeoutMs: 60_000,
    signal: request.signal,
  });
  const reference = `${MACHINE_IMAGE_HOST}/${MACHINE_IMAGE_REPOSITORY}:${request.tag}`;

  const index = await client.index(request.tag);
  const entry = findDisk(index.manifests, request);
  if (!entry) {
    const offered = index.manifests.map(describeEntry).join(', ') || 'nothing';
    throw new SetupError(`${reference} has no ${request.diskType} disk for linux/${request.arch}; it offers ${offered}.`);
  }

  const manifest = await client.manifest(entry.digest);
  const layer = manifest.layers[0];
  if (manifest.layers.length !== 1 || !layer) {
    throw new SetupError(`The ${request.diskType} disk manifest of ${reference} has ${manifest.layers.length} layers; a machine image has one.`);
  }
  const title = layer.annotations?.[TITLE_ANNOTATION] ?? '';
  if (!title.endsWith('.raw.zst')) {
    throw new SetupError(`The ${request.diskType} disk of ${reference} is "${title || 'untitled'}", not a zstd-compressed raw disk (.raw.zst).`);
  }
  const digest = /^sha256:([a-f0-9]{64})$/.exec(layer.digest);
  if (!digest?.[1]) {
    throw new SetupError(`The ${request.diskType} disk of ${reference} has the digest "${layer.digest}", not a sha256 digest.`);
  }

  const path = join(request.directory, MACHINE_IMAGE_FILE);
  reporter.info(`Downloading the machine image ${title} from ${reference} (${formatSize(layer.size)})`);
  await download(
    {
      url: client.blobUrl(layer.digest),
      name: title,
      destination: path,
      sha256: digest[1],
      mirror: request.mirror,
      headers: client.authorizationHeaders(),
      timeoutMs: request.timeoutMs,
      signal: request.signal,
    },
    reporter,
  );
  return { path, digest: layer.digest, title };
}

function findDisk(manifests: Descriptor[], request: MachineImageRequest): Descriptor | undefined {
  return manifests.find(
    (entry) =>
      entry.annotations?.disktype === request.diskType &&
      entry.platform?.architecture === request.arch &&
      entry.platform?.os === 'linux',
  );
}

function describeEntry(entry: Descriptor): string {
  return `${entry.annotations?.disktype ?? 'no disktype'} for ${entry.platform?.os ?? '?'}/${entry.platform?.architecture ?? '?'}`;
}

function formatSize(bytes: number | undefined): string {
  return bytes === undefined ? 'size unknown' : `${Math.round(bytes / 1024 / 1024)} MiB`;
}
