// Diagnostics after a cluster failure: one log group with what a user needs to see why.
// Every section is best-effort: a failing command is shown as such and the next one runs.

import { describeError, formatArgv, tail } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import { k3dEnv } from '../../tools/k3d.js';

const LOG_TAIL_LINES = 40;

export async function collectDiagnostics(context: SetupContext): Promise<string> {
  const sections: string[] = [];
  const name = context.config.clusterName;
  const env = context.facts.dockerHost && context.facts.dockerSock ? k3dEnv(context.facts.dockerHost, context.facts.dockerSock) : {};

  const run = async (title: string, argv: string[], lines = LOG_TAIL_LINES) => {
    try {
      const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env, readOnly: true });
      const text = tail(`${result.stdout}\n${result.stderr}`, lines) || '(no output)';
      sections.push(`## ${title}\n$ ${formatArgv(argv)} (exit ${result.exitCode})\n${text}`);
    } catch (error) {
      sections.push(`## ${title}\n$ ${formatArgv(argv)}\n${describeError(error)}`);
    }
  };

  await run('k3d clusters', ['k3d', 'cluster', 'list']);
  const containers = await runUnchecked(context, {
    argv: ['docker', 'ps', '--all', '--filter', `label=k3d.cluster=${name}`, '--format', '{{.Names}}'],
    timeoutMs: 30_000,
    env,
    readOnly: true,
  }).catch(() => undefined);
  for (const container of (containers?.stdout ?? '').split('\n').filter(Boolean)) {
    await run(`logs of ${container}`, ['docker', 'logs', '--tail', String(LOG_TAIL_LINES), container]);
  }

  const kubeconfig = context.facts.cluster?.kubeconfigPath;
  if (kubeconfig) {
    await run('nodes', ['kubectl', '--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'wide']);
    await run('pods', ['kubectl', '--kubeconfig', kubeconfig, 'get', 'pods', '--all-namespaces', '-o', 'wide']);
    await run('events', ['kubectl', '--kubeconfig', kubeconfig, 'get', 'events', '--all-namespaces', '--sort-by=.lastTimestamp'], 30);
  }

  const text = sections.join('\n\n');
  await context.reporter.group('Diagnostics', async () => {
    for (const line of text.split('\n')) context.reporter.info(line);
  });
  return text;
}
