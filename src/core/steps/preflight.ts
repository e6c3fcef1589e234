// Preflight: everything that can be known to fail is found here, before anything is installed.

import { SetupError } from '../errors.js';
import { isFile } from '../files.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { parseHypervisorSupport, sysctlArgv } from '../../tools/sysctl.js';

/** The runner labels where a Podman machine can start, named in every "no hypervisor" error. */
export const WORKING_RUNNERS = 'macos-15-intel, macos-26-intel, or a self-hosted Apple silicon Mac';

/**
 * Free space below which setup would fail part-way. On macOS the machine image takes about 800 MB
 * compressed and a few GB extracted, plus the node images. On Linux only the node images count.
 */
const MIN_FREE_BYTES = { darwin: 10 * 1024 ** 3, linux: 2 * 1024 ** 3 };

export const preflightStep: Step = {
  id: 'preflight',
  title: 'Preflight checks',
  deadlineMs: () => 30_000,

  async run(context) {
    const { platform, config } = context;
    const os = platform.os;
    if (os !== 'darwin' && os !== 'linux') {
      throw new SetupError(`This platform is not supported: ${os}.`, {
        hint: 'Use a macOS or Linux runner.',
      });
    }
    if (platform.arch !== 'x64' && platform.arch !== 'arm64') {
      throw new SetupError(`This architecture is not supported: ${platform.arch}.`, {
        hint: 'Use an x86_64 or arm64 machine.',
      });
    }

    if (config.createCluster && config.k3dConfig && !(await isFile(config.k3dConfig))) {
      throw new SetupError(`Input k3d-config: ${config.k3dConfig} is not a readable file.`, {
        hint: 'Give the path of a k3d Simple config file, relative to the working directory.',
      });
    }

    for (const doc of config.verifyDocs) {
      if (!(await isFile(doc))) {
        throw new SetupError(`Input verify-docs: ${doc} is not a readable file.`, {
          hint: 'List markdown files relative to the working directory, one a line.',
        });
      }
    }

    const details = [`${os}/${platform.arch}`];
    if (os === 'darwin') {
      await checkHypervisor(context);
      details.push('hypervisor available');
      if (config.machineProvider === 'libkrun' && platform.arch === 'x64') {
        throw new SetupError('Input machine-provider: libkrun is not supported on Intel Macs.', {
          hint: 'Set machine-provider to applehv or auto.',
        });
      }
    }

    const free = await platform.freeBytes(platform.home);
    const minimum = MIN_FREE_BYTES[os];
    if (free < minimum) {
      throw new SetupError(
        `Only ${gib(free)} GiB free under ${platform.home}; setup needs at least ${gib(minimum)} GiB.`,
        { hint: 'Free disk space, or use a runner with a larger disk.' },
      );
    }
    details.push(`${gib(free)} GiB free`);

    return { changed: false, detail: details.join(', ') };
  },
};

async function checkHypervisor(context: SetupContext): Promise<void> {
  const result = await runUnchecked(context, {
    argv: sysctlArgv.hypervisorSupport(),
    timeoutMs: 10_000,
    readOnly: true,
  });
  if (parseHypervisorSupport(result.exitCode, result.stdout)) return;

  const output = (result.stderr.trim() || result.stdout.trim() || `exit code ${result.exitCode}`).split('\n')[0];
  throw new SetupError(
    `This Mac cannot run a Podman machine: it has no hypervisor support (sysctl kern.hv_support: ${output}). ` +
      "GitHub's arm64 macOS runners (macos-latest, macos-15, macos-26) have no nested virtualization.",
    { hint: `Run this job on ${WORKING_RUNNERS}.` },
  );
}


function gib(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}
