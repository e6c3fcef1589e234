// Podman: keep the one on PATH when it is new enough, else install the official .pkg (macOS) or
// name the distribution's package (Linux).

import { join } from 'node:path';

import { SetupError } from '../errors.js';
import { runChecked, runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { InstallPlan } from './install.js';
import { toolVersion } from '../tool-versions.js';
import { cacheDirs } from '../cache.js';
import { download, DOWNLOAD_MIRROR_VARIABLE } from '../../tools/download.js';
import { installerArgv, PODMAN_PKG_BIN } from '../../tools/macos-installer.js';
import { parsePodmanVersion, podmanArgv } from '../../tools/podman.js';
import { isAtLeast } from '../../tools/semver.js';
import {
  PODMAN_DEFAULT_VERSION,
  PODMAN_MIN_VERSION_LINUX,
  PODMAN_MIN_VERSION_MACOS,
  RELEASE_URLS,
} from '../versions.js';

/** Why macOS needs 5.6: the containers/common fix for the host-gateway entry k3d writes. */
export const PODMAN_MACOS_MINIMUM_REASON =
  `k3d needs Podman ${PODMAN_MIN_VERSION_MACOS} or newer on macOS: older releases leave ` +
  `"host.k3d.internal:host-gateway" unresolved and k3d's tools container fails with ` +
  '"host containers internal IP address is empty"';

export function installedPodmanVersion(context: SetupContext): Promise<string | undefined> {
  return toolVersion(context, 'podman', async () => {
    const result = await runUnchecked(context, { argv: podmanArgv.version(), timeoutMs: 30_000, readOnly: true });
    return result.exitCode === 0 ? parsePodmanVersion(result.stdout) : undefined;
  });
}

export async function podmanPlan(context: SetupContext): Promise<InstallPlan> {
  const { config, platform } = context;
  const onMac = platform.os === 'darwin';
  const minimum = onMac ? PODMAN_MIN_VERSION_MACOS : PODMAN_MIN_VERSION_LINUX;
  const found = await installedPodmanVersion(context);

  const satisfied = found !== undefined && (config.podmanVersion ? found === config.podmanVersion : isAtLeast(found, minimum));
  if (satisfied) return { tool: 'podman', action: 'keep', version: found };

  const problem = found === undefined
    ? 'Podman is not installed'
    : config.podmanVersion && isAtLeast(found, minimum)
      ? `Podman ${found} is on PATH, but podman-version asks for ${config.podmanVersion}`
      : `Podman ${found} is older than the minimum ${minimum}`;

  if (!onMac) {
    throw new SetupError(`${problem}.`, {
      hint: 'Install Podman 4 or newer from your distribution: `sudo apt-get install -y podman` (Debian, Ubuntu) or `sudo dnf install -y podman` (Fedora).',
    });
  }
  if (config.installMethod === 'skip') {
    const reason = found !== undefined && !isAtLeast(found, minimum) ? ` ${PODMAN_MACOS_MINIMUM_REASON}.` : '';
    throw new SetupError(`${problem}, and install-method is skip.${reason}`, {
      hint: `Install Podman ${PODMAN_DEFAULT_VERSION} (https://podman.io), or set install-method to auto.`,
    });
  }

  const version = config.podmanVersion ?? PODMAN_DEFAULT_VERSION;
  if (platform.arch === 'x64' && isAtLeast(version, '6.0.0')) {
    throw new SetupError(`Input podman-version: Podman ${version} has no Intel macOS build; 5.8 is the last line with one.`, {
      hint: `Set podman-version to ${PODMAN_DEFAULT_VERSION} or leave it empty.`,
    });
  }

  const useBrew =
    config.installMethod === 'brew' ||
    (config.installMethod === 'auto' && platform.arch === 'arm64' && !config.podmanVersion && (await context.runner.which('brew')) !== undefined);
  if (useBrew) return { tool: 'podman', action: 'brew', formula: 'podman' };
  return { tool: 'podman', action: 'release', version };
}

/** Downloads the official installer, checks it against the release's `shasums`, and installs it. */
export async function installPodmanPackage(context: SetupContext, version: string): Promise<void> {
  const { platform, reporter } = context;
  const fileName = `podman-installer-macos-${platform.arch === 'x64' ? 'amd64' : 'arm64'}.pkg`;
  const base = RELEASE_URLS.podmanRelease(version);
  const destination = join(cacheDirs(platform.cacheDir).downloads, `podman-${version}-${fileName}`);

  if (context.runner.dryRun) {
    reporter.info(`[dry run] would download ${base}/${fileName} and verify it against ${base}/shasums`);
  } else {
    reporter.info(`Downloading Podman ${version} (${fileName})`);
    await download(
      {
        url: `${base}/${fileName}`,
        checksumUrl: `${base}/shasums`,
        destination,
        mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE],
        timeoutMs: 10 * 60_000,
        signal: context.signal,
      },
      reporter,
    );
  }

  await runChecked(context, {
    argv: installerArgv.installPackage(destination),
    timeoutMs: 5 * 60_000,
    hint: 'The .pkg installer needs sudo without a password (as on GitHub runners); run `sudo -v` first when running locally.',
  });
  context.environment.addPath(PODMAN_PKG_BIN);
}
