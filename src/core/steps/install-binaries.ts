// k3d and kubectl: single release binaries, verified against their publishers' checksum files.

import { chmod, copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';

import { SetupError } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { InstallPlan } from './install.js';
import { cacheDirs } from '../cache.js';
import { toolVersion } from '../tool-versions.js';
import { download, DOWNLOAD_MIRROR_VARIABLE } from '../../tools/download.js';
import { k3dArgv, parseK3dVersion } from '../../tools/k3d.js';
import { kubectlArgv, parseKubectlClientVersion } from '../../tools/kubectl.js';
import { isAtLeast, parseVersion } from '../../tools/semver.js';
import { K3D_DEFAULT_VERSION, K3D_MIN_VERSION, KUBECTL_DEFAULT_VERSION, KUBECTL_MIN_VERSION, RELEASE_URLS } from '../versions.js';

interface BinarySpec {
  tool: 'k3d' | 'kubectl';
  minimum: string;
  pinned: string;
  requested: (context: SetupContext) => string | undefined;
  installedVersion: (context: SetupContext) => Promise<string | undefined>;
}

const K3D_SPEC: BinarySpec = {
  tool: 'k3d',
  minimum: K3D_MIN_VERSION,
  pinned: K3D_DEFAULT_VERSION,
  requested: (context) => context.config.k3dVersion,
  installedVersion: async (context) => {
    const result = await runUnchecked(context, { argv: k3dArgv.version(), timeoutMs: 30_000, readOnly: true });
    return result.exitCode === 0 ? parseK3dVersion(result.stdout).k3d.replace(/^v/, '') : undefined;
  },
};

const KUBECTL_SPEC: BinarySpec = {
  tool: 'kubectl',
  minimum: KUBECTL_MIN_VERSION,
  pinned: KUBECTL_DEFAULT_VERSION,
  requested: (context) => context.config.kubectlVersion,
  installedVersion: async (context) => {
    const result = await runUnchecked(context, { argv: kubectlArgv.clientVersion(), timeoutMs: 30_000, readOnly: true });
    return result.exitCode === 0 ? parseKubectlClientVersion(result.stdout).replace(/^v/, '') : undefined;
  },
};

export const k3dPlan = (context: SetupContext) => binaryPlan(context, K3D_SPEC);
export const kubectlPlan = (context: SetupContext) => binaryPlan(context, KUBECTL_SPEC);

async function binaryPlan(context: SetupContext, spec: BinarySpec): Promise<InstallPlan> {
  const found = await toolVersion(context, spec.tool, () => spec.installedVersion(context));
  const requested = spec.requested(context);
  const satisfied = found !== undefined && (requested ? sameVersion(found, requested) : isAtLeast(found, spec.minimum));
  if (satisfied) return { tool: spec.tool, action: 'keep', version: found };

  if (context.config.installMethod === 'skip') {
    const problem = found === undefined ? `${spec.tool} is not installed` : `${spec.tool} ${found} does not satisfy ${requested ?? `>= ${spec.minimum}`}`;
    throw new SetupError(`${problem}, and install-method is skip.`, {
      hint: `Install ${spec.tool} ${requested ?? spec.pinned}, or set install-method to auto.`,
    });
  }
  // Release binaries are the same on every machine, so brew and auto both use them.
  return { tool: spec.tool, action: 'release', version: requested ?? spec.pinned };
}

function sameVersion(found: string, requested: string): boolean {
  return parseVersion(found)?.join('.') === parseVersion(requested)?.join('.');
}

/** Downloads the binary and its checksum file, and installs the binary into the tool directory. */
export async function installBinary(context: SetupContext, tool: string, version: string): Promise<void> {
  const { platform, reporter } = context;
  const os = platform.os === 'darwin' ? 'darwin' : 'linux';
  const arch = platform.arch === 'x64' ? 'amd64' : 'arm64';
  const source =
    tool === 'k3d'
      ? { url: `${RELEASE_URLS.k3dRelease(version)}/k3d-${os}-${arch}`, checksumUrl: `${RELEASE_URLS.k3dRelease(version)}/checksums.txt` }
      : { url: RELEASE_URLS.kubectl(version, os, arch), checksumUrl: `${RELEASE_URLS.kubectl(version, os, arch)}.sha256` };

  if (context.runner.dryRun) {
    reporter.info(`[dry run] would download ${source.url}, verify it against ${source.checksumUrl} and install it into ${platform.toolDir}`);
    return;
  }

  reporter.info(`Downloading ${tool} ${version}`);
  const staged = join(cacheDirs(platform.cacheDir).downloads, `${tool}-${version}-${os}-${arch}`);
  await download(
    { ...source, destination: staged, mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE], timeoutMs: 10 * 60_000, signal: context.signal },
    reporter,
  );
  // A copy, so the verified download stays in the cache for the next run.
  await mkdir(platform.toolDir, { recursive: true });
  const installing = join(platform.toolDir, `.${tool}.installing`);
  await copyFile(staged, installing);
  await chmod(installing, 0o755);
  await rename(installing, join(platform.toolDir, tool));
  context.environment.addPath(platform.toolDir);
}
