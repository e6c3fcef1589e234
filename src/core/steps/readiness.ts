// Readiness: wait until every node is Ready and every kube-system deployment is available,
// decided from `kubectl get -o json`, saying what is still not ready while it waits.

import { SetupError } from '../errors.js';
import { runUnchecked } from '../command.js';
import type { SetupContext } from '../context.js';
import type { Step } from '../pipeline.js';
import { kubectlArgv, parseDeployments, parseNodes } from '../../tools/kubectl.js';

const POLL_INTERVAL_MS = 2000;
/** How often the list of what is not ready is repeated when it has not changed. */
const REPEAT_INTERVAL_MS = 15_000;

export const readinessStep: Step = {
  id: 'readiness',
  title: 'Cluster readiness',
  deadlineMs: (context) => context.config.waitTimeoutSeconds * 1000 + 30_000,
  skipReason: (context) => (context.config.createCluster ? undefined : 'create-cluster is false'),

  async run(context) {
    if (context.runner.dryRun) return { changed: false, detail: 'would wait for nodes and kube-system deployments' };
    const kubeconfig = context.facts.cluster?.kubeconfigPath;
    if (!kubeconfig) throw new SetupError('No kubeconfig was written before the readiness check.');

    const deadline = Date.now() + context.config.waitTimeoutSeconds * 1000;
    let lastReport = '';
    let lastReportAt = 0;

    for (;;) {
      const pending = await notReady(context, kubeconfig);
      if (pending.items.length === 0) {
        if (context.facts.cluster) context.facts.cluster.k3sVersion = pending.k3sVersion;
        const nodes = pending.nodeCount === 1 ? '1 node' : `${pending.nodeCount} nodes`;
        return { changed: false, detail: `${nodes} Ready, kube-system deployments available` };
      }

      const report = pending.items.join('; ');
      if (report !== lastReport || Date.now() - lastReportAt > REPEAT_INTERVAL_MS) {
        context.reporter.info(`Waiting for: ${report}`);
        lastReport = report;
        lastReportAt = Date.now();
      }
      if (Date.now() + POLL_INTERVAL_MS > deadline || context.signal.aborted) {
        throw new SetupError(
          `The cluster was not ready within wait-timeout (${context.config.waitTimeoutSeconds} s). Not ready: ${report}.`,
          { hint: 'Raise wait-timeout, or read the diagnostics: pods that cannot pull their images stay unavailable.' },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  },
};

interface Pending {
  items: string[];
  nodeCount: number;
  k3sVersion: string | undefined;
}

/** Lists what is not ready yet, one entry per node or deployment, with the reason when known. */
async function notReady(context: SetupContext, kubeconfig: string): Promise<Pending> {
  const expectedNodes = context.config.servers + context.config.agents;
  // The two queries are independent, so they run at once: a check of a ready cluster takes one round trip.
  const [nodesResult, deploymentsResult] = await Promise.all([
    runUnchecked(context, { argv: kubectlArgv.getNodes(kubeconfig), timeoutMs: 30_000, readOnly: true }),
    runUnchecked(context, { argv: kubectlArgv.getKubeSystemDeployments(kubeconfig), timeoutMs: 30_000, readOnly: true }),
  ]);
  if (nodesResult.exitCode !== 0) {
    const reason = nodesResult.stderr.trim().split('\n').at(-1) ?? `exit code ${nodesResult.exitCode}`;
    return { items: [`Kubernetes API (${reason})`], nodeCount: 0, k3sVersion: undefined };
  }

  const nodes = parseNodes(nodesResult.stdout);
  const items = nodes.filter((node) => !node.ready).map((node) => `node ${node.name} (${node.reason ?? 'not Ready'})`);
  if (nodes.length < expectedNodes) items.push(`${expectedNodes - nodes.length} of ${expectedNodes} nodes not registered yet`);

  if (deploymentsResult.exitCode !== 0) {
    items.push('kube-system deployments (kubectl could not list them)');
  } else {
    const deployments = parseDeployments(deploymentsResult.stdout);
    if (deployments.length === 0) items.push('kube-system deployments (none created yet)');
    for (const deployment of deployments) {
      if (deployment.available < deployment.desired) {
        items.push(`deployment kube-system/${deployment.name} (${deployment.available}/${deployment.desired} available)`);
      }
    }
  }

  return { items, nodeCount: nodes.length, k3sVersion: nodes[0]?.kubeletVersion };
}
