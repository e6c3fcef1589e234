// Diagnostics after a failure: one log group with what a user needs to see why, and the same
// text in a file for upload. Every section is best-effort: a failing command is shown as such and
// the next one runs. Secrets are replaced before the text reaches the log or the file.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describeError, formatArgv, tail } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import { writeFileAtomic } from '../files.js';
import { redact } from '../redact.js';
import { k3dEnv } from '../../tools/k3d.js';
import { podmanArgv } from '../../tools/podman.js';
import { machineEnv } from './machine-inspect.js';

const LOG_TAIL_LINES = 40;

/** Collects the sections, prints them in a "Diagnostics" group and returns the file's path. */
export async function collectDiagnostics(context: SetupContext): Promise<string | undefined> {
  const sections: string[] = [];
  const add = (title: string, body: string) => sections.push(`## ${title}\n${body}`);
  const run = async (title: string, argv: string[], env: Record<string, string> = {}, lines = LOG_TAIL_LINES) => {
    try {
      const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env, readOnly: true });
      add(title, `$ ${formatArgv(argv)} (exit ${result.exitCode})\n${tail(`${result.stdout}\n${result.stderr}`, lines) || '(no output)'}`);
    } catch (error) {
      add(title, `$ ${formatArgv(argv)}\n${describeError(error)}`);
    }
  };

  const name = context.config.machineName;
  if (context.platform.os === 'darwin') {
    await run('podman machine inspect', podmanArgv.machineInspect(name), machineEnv(context.config), 80);
    for (const log of await machineLogs(context)) add(`machine log ${log.file}`, log.text);
  }
  await run('podman info', [...podmanArgv.info()], {}, 80);

  const { dockerHost, dockerSock } = context.facts;
  if (context.config.createCluster && dockerHost && dockerSock) {
    const env = k3dEnv(dockerHost, dockerSock);
    await run('k3d cluster list', ['k3d', 'cluster', 'list'], env);
    for (const container of await clusterContainers(context, env)) {
      await run(`logs of ${container}`, ['docker', 'logs', '--tail', String(LOG_TAIL_LINES), container], env);
    }
  }

  const kubeconfig = context.facts.cluster?.kubeconfigPath;
  if (kubeconfig) {
    const kubectl = ['kubectl', '--kubeconfig', kubeconfig];
    await run('nodes and pods', [...kubectl, 'get', 'nodes,pods', '--all-namespaces', '-o', 'wide']);
    await run('node descriptions', [...kubectl, 'describe', 'nodes'], {}, 80);
    await run('recent events', [...kubectl, 'get', 'events', '--all-namespaces', '--sort-by=.lastTimestamp'], {}, 30);
  }

  const text = redact(sections.join('\n\n'), context.facts.secrets ?? []);
  await context.reporter.group('Diagnostics', async () => {
    for (const line of text.split('\n')) context.reporter.info(line);
  });

  const file = join(context.platform.stateDir, `diagnostics-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
  try {
    await writeFileAtomic(file, `${text}\n`, 0o600);
    context.facts.diagnosticsFile = file;
    return file;
  } catch (error) {
    context.reporter.warning(`Could not write the diagnostics file ${file}: ${describeError(error)}`);
    return undefined;
  }
}

async function clusterContainers(context: SetupContext, env: Record<string, string>): Promise<string[]> {
  const argv = ['docker', 'ps', '--all', '--filter', `label=k3d.cluster=${context.config.clusterName}`, '--format', '{{.Names}}'];
  const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env, readOnly: true }).catch(() => undefined);
  return (result?.stdout ?? '').split('\n').filter(Boolean);
}

/** Reads the tails of the machine's logs under $TMPDIR/podman/ (gvproxy, vfkit or krunkit, the VM console). */
async function machineLogs(context: SetupContext): Promise<Array<{ file: string; text: string }>> {
  const directory = join(context.platform.tmpDir, 'podman');
  const names = await readdir(directory).catch(() => [] as string[]);
  const logs: Array<{ file: string; text: string }> = [];
  for (const file of names.filter((entry) => entry.endsWith('.log')).sort()) {
    const text = await readFile(join(directory, file), 'utf8').catch(() => '');
    if (text.trim()) logs.push({ file: join(directory, file), text: tail(text, LOG_TAIL_LINES) });
  }
  return logs;
}
