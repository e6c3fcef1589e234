// Caches of the slow downloads: release files, the Podman machine image, and the node images.
// The action restores them in main and saves them in post, after a successful main. The CLI keeps
// them in the user cache directory, where they stay between runs. A cache failure is a warning.

import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { describeError } from './errors.js';
import { awaitBackground, isRunning, startBackground } from './background.js';
import { runUnchecked } from './command.js';
import type { SetupContext } from './context.js';
import { DOCKER_DEFAULT_VERSION, K3D_DEFAULT_VERSION, KUBECTL_DEFAULT_VERSION, PODMAN_DEFAULT_VERSION } from './versions.js';

export type CacheEntryId = 'downloads' | 'machine-image' | 'node-images';

export interface CacheEntry {
  id: CacheEntryId;
  key: string;
  paths: string[];
}

/** Bumped when the layout of a cache entry changes, so old entries are not restored. */
const CACHE_VERSION = 'v1';
const REGISTRY_IMAGE = 'docker.io/library/registry:2';

export function cacheDirs(cacheDir: string) {
  return {
    downloads: join(cacheDir, 'downloads'),
    machineImage: join(cacheDir, 'machine-image'),
    nodeImages: join(cacheDir, 'node-images'),
  };
}

/** Lists the images k3d runs for a cluster, as it pulls them: k3s, its proxy and tools, the registry. */
export function nodeImages(context: SetupContext): string[] {
  const k3d = (context.facts.versions?.k3d ?? context.config.k3dVersion ?? K3D_DEFAULT_VERSION).replace(/^v/, '');
  const images = [context.config.k3sImage, `ghcr.io/k3d-io/k3d-proxy:${k3d}`, `ghcr.io/k3d-io/k3d-tools:${k3d}`];
  if (context.config.registry) images.push(REGISTRY_IMAGE);
  return images;
}

export function nodeImagesArchive(context: SetupContext): string {
  return join(cacheDirs(context.platform.cacheDir).nodeImages, 'images.tar');
}

/** Lists the entries this run uses, each keyed by what its content depends on. */
export function cacheEntries(context: SetupContext): CacheEntry[] {
  const { config, platform } = context;
  const dirs = cacheDirs(platform.cacheDir);
  const prefix = `setup-podman-k3d-${CACHE_VERSION}`;
  const platformPart = `${platform.os}-${platform.arch}`;

  const downloadVersions = [
    config.podmanVersion ?? PODMAN_DEFAULT_VERSION,
    config.dockerVersion ?? DOCKER_DEFAULT_VERSION,
    config.k3dVersion ?? K3D_DEFAULT_VERSION,
    config.kubectlVersion ?? KUBECTL_DEFAULT_VERSION,
  ];
  const entries: CacheEntry[] = [
    { id: 'downloads', key: `${prefix}-downloads-${platformPart}-${digest(downloadVersions)}`, paths: [dirs.downloads] },
  ];

  if (platform.os === 'darwin') {
    // The machine image follows Podman's major.minor (quay.io/podman/machine-os:5.8) and the provider.
    const podmanLine = (config.podmanVersion ?? PODMAN_DEFAULT_VERSION).split('.').slice(0, 2).join('.');
    entries.push({
      id: 'machine-image',
      key: `${prefix}-machine-image-${platformPart}-podman${podmanLine}-${config.machineProvider}`,
      paths: [dirs.machineImage],
    });
  }
  if (config.createCluster) {
    entries.push({ id: 'node-images', key: `${prefix}-node-images-${platformPart}-${digest(nodeImages(context))}`, paths: [dirs.nodeImages] });
  }
  return entries;
}

/**
 * Restores the entries. The install reads the release downloads, so that entry is restored before
 * this returns. Only later steps need the machine image and the node images. Those two restore in
 * the background while Podman installs, and awaitCacheRestore waits for one of them.
 * context.facts.cacheHits records each entry's result when its restore ends.
 */
export async function restoreCaches(context: SetupContext): Promise<{ background: CacheEntryId[] }> {
  const hits: Record<string, boolean> = {};
  context.facts.cacheHits = hits;
  const background: CacheEntryId[] = [];

  for (const entry of cacheEntries(context)) {
    hits[entry.id] = false;
    if (!context.cache) continue;
    const restore = restoreEntry(context, entry, hits);
    if (entry.id === 'downloads') {
      await restore;
    } else {
      startBackground(context, restoreTaskName(entry.id), restore);
      background.push(entry.id);
    }
  }
  return { background };
}

/** True while the entry's background restore runs. */
export function isRestoring(context: SetupContext, id: CacheEntryId): boolean {
  return isRunning(context, restoreTaskName(id));
}

/** Waits until the entry's background restore, if one was started, has ended. */
export async function awaitCacheRestore(context: SetupContext, id: CacheEntryId): Promise<void> {
  await awaitBackground(context, restoreTaskName(id));
}

function restoreTaskName(id: CacheEntryId): string {
  return `cache-restore-${id}`;
}

/** Restores one entry into `hits`; a failure is a warning, so this never rejects. */
async function restoreEntry(context: SetupContext, entry: CacheEntry, hits: Record<string, boolean>): Promise<void> {
  try {
    hits[entry.id] = (await context.cache?.restore(entry.paths, entry.key)) !== undefined;
    context.reporter.info(`Cache ${entry.id}: ${hits[entry.id] ? 'restored' : 'not found'} (${entry.key})`);
  } catch (error) {
    context.reporter.warning(`Cache ${entry.id} could not be restored: ${describeError(error)}`);
  }
}

/**
 * Fills and saves the entries that were not restored: copies the machine image Podman downloaded
 * and exports the node images from the running machine first. Each failure becomes a warning.
 */
export async function saveCaches(context: SetupContext, hits: Record<string, boolean>): Promise<string[]> {
  const saved: string[] = [];
  for (const entry of cacheEntries(context)) {
    if (hits[entry.id] || !context.cache) continue;
    try {
      let ready: boolean;
      if (entry.id === 'node-images') ready = await exportNodeImages(context);
      else if (entry.id === 'machine-image') ready = await keepMachineImage(context);
      else ready = await hasFiles(entry.paths[0]);
      if (!ready) continue;
      const outcome = await context.cache.save(entry.paths, entry.key);
      if (outcome === 'saved') saved.push(entry.id);
      else if (outcome === 'unavailable') context.reporter.info(`Cache ${entry.id} was not saved: no cache service is available.`);
      else context.reporter.info(`Cache ${entry.id} was not saved: the cache service did not take ${entry.key} (the reason is above).`);
    } catch (error) {
      context.reporter.warning(`Cache ${entry.id} was not saved: ${describeError(error)}`);
    }
  }
  return saved;
}

/** Exports the node images from Podman into the archive that a warm run loads. */
async function exportNodeImages(context: SetupContext): Promise<boolean> {
  const dockerHost = context.facts.dockerHost;
  if (!dockerHost) return false;
  const archive = nodeImagesArchive(context);
  await mkdir(cacheDirs(context.platform.cacheDir).nodeImages, { recursive: true });

  // Only images that are present can be saved; the registry image exists only with a registry.
  const present: string[] = [];
  for (const image of nodeImages(context)) {
    const inspect = await runUnchecked(context, { argv: ['docker', 'image', 'inspect', '--format', '{{.Id}}', image], timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost }, readOnly: true });
    if (inspect.exitCode === 0) present.push(image);
  }
  if (present.length === 0) return false;

  const result = await runUnchecked(context, { argv: ['docker', 'save', '--output', archive, ...present], timeoutMs: 10 * 60_000, env: { DOCKER_HOST: dockerHost } });
  if (result.exitCode !== 0) throw new Error(`docker save exited ${result.exitCode}: ${result.stderr.trim()}`);
  return true;
}

/**
 * Copies the newest machine image from Podman's own cache
 * (~/.local/share/containers/podman/machine/<provider>/cache/*.raw.zst) into ours.
 */
async function keepMachineImage(context: SetupContext): Promise<boolean> {
  const target = cacheDirs(context.platform.cacheDir).machineImage;
  if (await cachedMachineImage(context)) return true;

  const machineRoot = join(context.platform.home || homedir(), '.local', 'share', 'containers', 'podman', 'machine');
  const candidates: Array<{ path: string; modified: number }> = [];
  for (const provider of await readdir(machineRoot).catch(() => [] as string[])) {
    const cache = join(machineRoot, provider, 'cache');
    for (const file of await readdir(cache).catch(() => [] as string[])) {
      if (!file.endsWith('.raw.zst')) continue;
      const info = await stat(join(cache, file));
      candidates.push({ path: join(cache, file), modified: info.mtimeMs });
    }
  }
  const newest = candidates.sort((a, b) => b.modified - a.modified)[0];
  // NOTE: not every Podman release keeps the compressed image in its cache after `machine init`.
  // When it is gone, nothing is cached and the next run downloads the image again.
  if (!newest) return false;

  await mkdir(target, { recursive: true });
  await copyFile(newest.path, join(target, 'machine-os.raw.zst'));
  return true;
}

/** Returns the cached machine image for `podman machine init --image`, when there is one. */
export async function cachedMachineImage(context: SetupContext): Promise<string | undefined> {
  const file = join(cacheDirs(context.platform.cacheDir).machineImage, 'machine-os.raw.zst');
  return stat(file).then(
    (info) => (info.isFile() && info.size > 0 ? file : undefined),
    () => undefined,
  );
}

/** True when `directory` has a file other than a hidden one, such as a download's `.partial` file. */
export async function hasFiles(directory: string | undefined): Promise<boolean> {
  if (!directory) return false;
  return (await readdir(directory).catch(() => [] as string[])).some((name) => !name.startsWith('.'));
}

function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}
