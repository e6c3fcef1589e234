// Node images from the cache: loaded into Podman in the background while the cluster step
// prepares, so k3d finds them present and pulls nothing.

import { stat } from 'node:fs/promises';

import { SetupError } from '../errors.js';
import { awaitBackground, startBackground } from '../background.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import { awaitCacheRestore, isRestoring, nodeImages, nodeImagesArchive } from '../cache.js';
import type { Step } from '../pipeline.js';

const LOAD = 'node-images';

export const nodeImagesStep: Step = {
  id: 'node-images',
  title: 'Preload node images',
  deadlineMs: () => 30_000,
  skipReason: (context) => (context.config.createCluster && context.config.cache ? undefined : 'no cluster or cache is false'),

  async run(context) {
    // A machine that ran a cluster before already has the images, so a load would only cost time.
    if (await imagesPresent(context)) return { changed: false, detail: 'node images already present' };

    // The archive may still be restoring from the cache. The restore can outlast this step's
    // deadline, so the load waits for it in the background.
    if (isRestoring(context, 'node-images')) {
      const background = { ...context, signal: context.runSignal ?? context.signal };
      startBackground(context, LOAD, restoreThenLoad(background));
      return { changed: true, detail: 'cached images load in the background once their cache restore ends' };
    }

    const archive = nodeImagesArchive(context);
    const size = await archiveSize(archive);
    if (size === 0) return { changed: false, detail: 'no cached node images; k3d pulls them' };
    startBackground(context, LOAD, loadImages(context, archive));
    return { changed: true, detail: `loading ${(size / 1024 ** 2).toFixed(0)} MiB of cached images in the background` };
  },
};

async function restoreThenLoad(context: SetupContext): Promise<void> {
  await awaitCacheRestore(context, 'node-images');
  const archive = nodeImagesArchive(context);
  if ((await archiveSize(archive)) === 0) {
    context.reporter.info('No cached node images were restored; k3d pulls them.');
    return;
  }
  await loadImages(context, archive);
}

function archiveSize(archive: string): Promise<number> {
  return stat(archive).then(
    (info) => info.size,
    () => 0,
  );
}

/** Returns true when Podman has every node image. `docker image inspect` of several names fails when one is missing. */
async function imagesPresent(context: SetupContext): Promise<boolean> {
  const dockerHost = context.facts.dockerHost;
  if (!dockerHost) return false;
  const argv = ['docker', 'image', 'inspect', '--format', '{{.Id}}', ...nodeImages(context)];
  const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost }, readOnly: true });
  return result.exitCode === 0;
}

async function loadImages(context: SetupContext, archive: string): Promise<void> {
  const dockerHost = context.facts.dockerHost;
  if (!dockerHost) return;
  const argv = ['docker', 'load', '--input', archive];
  const result = await runUnchecked(context, { argv, timeoutMs: 10 * 60_000, env: { DOCKER_HOST: dockerHost } });
  if (result.exitCode !== 0) throw new SetupError(`docker load of the cached node images failed: ${result.stderr.trim()}`);
}

/** Waits for the image load; a failed load only costs the pulls k3d then does, so it is a warning. */
export async function awaitNodeImages(context: SetupContext): Promise<void> {
  try {
    await awaitBackground(context, LOAD);
  } catch (error) {
    context.reporter.warning(`${error instanceof Error ? error.message : String(error)}; k3d pulls the images instead.`);
  }
}
