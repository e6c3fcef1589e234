// The machine image, fetched while Podman installs. `podman machine init` would download the same
// image (about 1 GB) only after the install; fetched ahead, init gets it with --image.
// A failed fetch costs nothing but the time: init then downloads the image itself.

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { awaitBackground, startBackground } from '../background.js';
import { awaitCacheRestore, cacheDirs, cachedMachineImage } from '../cache.js';
import type { SetupContext } from '../context.js';
import { describeError } from '../errors.js';
import { isFile } from '../files.js';
import { DOWNLOAD_MIRROR_VARIABLE } from '../../tools/download.js';
import { fetchMachineImage, machineImageArch, MACHINE_IMAGE_HOST, MACHINE_IMAGE_REPOSITORY } from '../../tools/machine-image.js';

const FETCH = 'machine-image';
/** How long init waits for the image fetched ahead before it downloads the image itself. */
export const MACHINE_IMAGE_WAIT_MS = 15 * 60_000;

/**
 * Starts the fetch for the Podman release about to be installed, unless a cached image is there or
 * the machine exists already (an upgrade keeps its machine). Only a pinned release is known in
 * advance: Homebrew installs whatever version its bottle has.
 */
export async function startMachineImageFetch(context: SetupContext, podmanVersion: string): Promise<void> {
  const { config, platform } = context;
  if (platform.os !== 'darwin') return;
  if (await machineConfigExists(context)) return;

  const tag = podmanVersion.split('.').slice(0, 2).join('.');
  const reference = `${MACHINE_IMAGE_HOST}/${MACHINE_IMAGE_REPOSITORY}:${tag}`;
  if (context.runner.dryRun) {
    context.reporter.info(`[dry run] would download the machine image ${reference} while Podman installs`);
    return;
  }

  // With the cache on, the image lands where the post step saves it from; without, in the state directory.
  const directory = config.cache ? cacheDirs(platform.cacheDir).machineImage : join(platform.stateDir, 'machine-image');
  const request = {
    tag,
    arch: machineImageArch(platform.arch),
    diskType: 'applehv',
    directory,
    mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE],
    timeoutMs: MACHINE_IMAGE_WAIT_MS,
  };
  const controller = new AbortController();

  const fetchUnlessCached = async (): Promise<void> => {
    // The cache entry may still be restoring; a restored image makes the download unnecessary.
    await awaitCacheRestore(context, 'machine-image');
    if (config.cache && (await cachedMachineImage(context))) return;

    // The fetch outlives this step, so only a cancelled run, the wait limit or the end of the run stops it.
    const signal = AbortSignal.any([context.runSignal ?? context.signal, controller.signal, AbortSignal.timeout(MACHINE_IMAGE_WAIT_MS)]);
    const image = await fetchMachineImage({ ...request, signal }, context.reporter);
    context.facts.machineImageFile = image.path;
  };
  startBackground(context, FETCH, fetchUnlessCached(), () => controller.abort());
}

/**
 * Returns the image file for `podman machine init --image`: the cached one, or the one fetched
 * ahead. Undefined lets init download the image itself.
 */
export async function machineImageForInit(context: SetupContext): Promise<string | undefined> {
  await awaitCacheRestore(context, 'machine-image');
  const cached = context.config.cache ? await cachedMachineImage(context) : undefined;
  if (cached) return cached;

  try {
    await awaitBackground(context, FETCH);
  } catch (error) {
    context.reporter.warning(`The machine image could not be downloaded ahead, so podman machine init downloads it: ${describeError(error)}`);
    return undefined;
  }
  return context.facts.machineImageFile;
}

/** Removes an image fetched ahead that no cache keeps; after init the machine has its own copy. */
export async function removeUncachedMachineImage(context: SetupContext): Promise<void> {
  const file = context.facts.machineImageFile;
  if (!file || context.config.cache) return;
  await rm(file, { force: true });
}

/**
 * Returns true when Podman 5 has a configuration for the machine, in
 * $XDG_CONFIG_HOME/containers/podman/machine/<provider>/<name>.json (~/.config by default).
 */
async function machineConfigExists(context: SetupContext): Promise<boolean> {
  const { platform, config } = context;
  const configHome = platform.env.XDG_CONFIG_HOME || join(platform.home, '.config');
  const machineRoot = join(configHome, 'containers', 'podman', 'machine');
  const providers = await readdir(machineRoot).catch(() => [] as string[]);
  for (const provider of providers) {
    if (await isFile(join(machineRoot, provider, `${config.machineName}.json`))) return true;
  }
  return false;
}
