// The cluster's kubeconfig: fetched from k3d, written to a private file of ours, its secrets
// registered for masking, and exported as KUBECONFIG when asked.

import { join } from 'node:path';

import { SetupError } from '../errors.js';
import { runChecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { writeFileAtomic } from '../files.js';
import { k3dArgv } from '../../tools/k3d.js';
import { parseKubeconfig, replaceServer } from '../../tools/kubeconfig.js';
import { k3dEnvFor } from './cluster.js';

export function kubeconfigPath(context: SetupContext): string {
  return join(context.platform.stateDir, `kubeconfig-${context.config.clusterName}.yaml`);
}

export const kubeconfigStep: Step = {
  id: 'kubeconfig',
  title: 'Kubeconfig',
  deadlineMs: () => 60_000,
  skipReason: (context) => (context.config.createCluster ? undefined : 'create-cluster is false'),

  async run(context) {
    const name = context.config.clusterName;
    const path = kubeconfigPath(context);
    if (context.runner.dryRun) return { changed: false, detail: `would write ${path}` };

    const result = await runChecked(context, {
      argv: k3dArgv.kubeconfigGet(name),
      timeoutMs: 60_000,
      env: k3dEnvFor(context),
      readOnly: true,
      hint: `Check that \`k3d cluster list\` shows ${name}.`,
    });

    // Secrets are registered before anything derived from the text can reach a log line.
    const parsed = parseKubeconfig(result.stdout);
    for (const secret of parsed.secrets) context.reporter.secret(secret);
    context.facts.secrets = [...(context.facts.secrets ?? []), ...parsed.secrets];

    let text = result.stdout.replace(/^---\s*\n/, '');
    let server = parsed.server;
    const url = new URL(server);
    if (url.hostname === '0.0.0.0') {
      // k3d leaves 0.0.0.0 when DOCKER_HOST is unix://; the port is published on the loopback.
      url.hostname = '127.0.0.1';
      server = url.origin;
      text = replaceServer(text, server);
    }

    const context_ = `k3d-${name}`;
    if (!parsed.contexts.includes(context_)) {
      throw new SetupError(`The kubeconfig from k3d has no context ${context_} (it has: ${parsed.contexts.join(', ') || 'none'}).`, {
        hint: `Run \`k3d kubeconfig get ${name}\` and check its output.`,
      });
    }

    await writeFileAtomic(path, text, 0o600);
    context.facts.cluster = { ...context.facts.cluster, name, kubeconfigPath: path, apiServer: server };

    if (context.config.exportKubeconfig) {
      const previous = context.platform.env.KUBECONFIG;
      if (previous && previous !== path) context.reporter.warning(`KUBECONFIG was ${previous}; it is now ${path}.`);
      context.environment.exportVariable('KUBECONFIG', path);
    }
    return { changed: false, detail: `${path} (context ${context_}, server ${server})` };
  },
};
