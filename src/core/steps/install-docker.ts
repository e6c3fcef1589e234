// The Docker CLI: keep the one on PATH, else install Docker's static client tarball or the formula.

import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { SetupError } from '../errors.js';
import { runChecked, runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { InstallPlan } from './install.js';
import { cacheDirs } from '../cache.js';
import { toolVersion } from '../tool-versions.js';
import { download, DOWNLOAD_MIRROR_VARIABLE } from '../../tools/download.js';
import { dockerArgv, parseDockerClientVersion } from '../../tools/docker.js';
import { isAtLeast } from '../../tools/semver.js';
import { DOCKER_DEFAULT_VERSION, DOCKER_MIN_VERSION, RELEASE_URLS } from '../versions.js';

export function installedDockerVersion(context: SetupContext): Promise<string | undefined> {
  return toolVersion(context, 'docker', async () => {
    const result = await runUnchecked(context, { argv: dockerArgv.clientVersion(), timeoutMs: 30_000, readOnly: true });
    return result.exitCode === 0 ? parseDockerClientVersion(result.stdout) : undefined;
  });
}

export async function dockerPlan(context: SetupContext): Promise<InstallPlan> {
  const { config } = context;
  const found = await installedDockerVersion(context);
  const satisfied = found !== undefined && (config.dockerVersion ? found === config.dockerVersion : isAtLeast(found, DOCKER_MIN_VERSION));
  if (satisfied) return { tool: 'docker', action: 'keep', version: found };

  if (config.installMethod === 'skip') {
    const problem = found === undefined ? 'The Docker CLI is not installed' : `Docker CLI ${found} does not match docker-version ${config.dockerVersion ?? DOCKER_MIN_VERSION}`;
    throw new SetupError(`${problem}, and install-method is skip.`, {
      hint: 'Install the Docker CLI, or set install-method to auto.',
    });
  }
  if (config.installMethod === 'brew') return { tool: 'docker', action: 'brew', formula: 'docker' };
  return { tool: 'docker', action: 'release', version: config.dockerVersion ?? DOCKER_DEFAULT_VERSION };
}

/** Downloads Docker's static client tarball and puts its `docker` binary in the tool directory. */
export async function installDockerRelease(context: SetupContext, version: string): Promise<void> {
  const { platform, reporter } = context;
  const url = RELEASE_URLS.dockerStatic(
    platform.os === 'darwin' ? 'mac' : 'linux',
    platform.arch === 'x64' ? 'x86_64' : 'aarch64',
    version,
  );
  const archive = join(cacheDirs(platform.cacheDir).downloads, `docker-${version}-${platform.os}-${platform.arch}.tgz`);

  if (context.runner.dryRun) {
    reporter.info(`[dry run] would download ${url} and install its docker binary into ${platform.toolDir}`);
    return;
  }

  reporter.info(`Downloading Docker CLI ${version}`);
  // NOTE: Docker publishes no checksum file for its static tarballs, so this download is checked
  // only by TLS; download() logs its SHA-256 so a user can pin and compare it.
  await download(
    { url, destination: archive, mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE], timeoutMs: 10 * 60_000, signal: context.signal },
    reporter,
  );

  await mkdir(platform.toolDir, { recursive: true });
  const unpackDir = await mkdtemp(join(platform.toolDir, '.docker-'));
  try {
    await runChecked(context, {
      argv: ['tar', '-xzf', archive, '-C', unpackDir, 'docker/docker'],
      timeoutMs: 60_000,
      hint: 'The downloaded archive is damaged; delete it and run again.',
    });
    const binary = join(platform.toolDir, 'docker');
    await chmod(join(unpackDir, 'docker', 'docker'), 0o755);
    await rename(join(unpackDir, 'docker', 'docker'), binary);
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(`Could not install the Docker CLI into ${platform.toolDir}: ${String(error)}`);
  } finally {
    await rm(unpackDir, { recursive: true, force: true });
  }
  context.environment.addPath(platform.toolDir);
}
