// kubectl: argv builders and parsers for `get -o json`, from which readiness is decided.

import { asRecord, optionalNumber, optionalRecord, optionalString } from './json.js';

export const KUBECTL = 'kubectl';

export const kubectlArgv = {
  clientVersion: () => [KUBECTL, 'version', '--client', '-o', 'json'],
  getNodes: (kubeconfig: string) => [KUBECTL, '--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'json'],
  getKubeSystemDeployments: (kubeconfig: string) => [
    KUBECTL,
    '--kubeconfig',
    kubeconfig,
    'get',
    'deployments',
    '--namespace',
    'kube-system',
    '-o',
    'json',
  ],
};

/** Reads `kubectl version --client -o json`: clientVersion.gitVersion, for example v1.33.4. */
export function parseKubectlClientVersion(stdout: string): string {
  const data = asRecord(JSON.parse(stdout), 'kubectl version');
  const version = optionalString(optionalRecord(data.clientVersion)?.gitVersion);
  if (!version) throw new Error('`kubectl version --client -o json` printed no clientVersion.gitVersion');
  return version;
}

export interface NodeReadiness {
  name: string;
  ready: boolean;
  /** The reason the node is not Ready, from its Ready condition's reason and message. */
  reason: string | undefined;
  kubeletVersion: string | undefined;
}

/** Reads `kubectl get nodes -o json` (a v1 List of Node). */
export function parseNodes(stdout: string): NodeReadiness[] {
  return listItems(stdout).map((item) => {
    const metadata = optionalRecord(item.metadata);
    const status = optionalRecord(item.status);
    const conditions = Array.isArray(status?.conditions) ? status.conditions : [];
    const ready = conditions.map((condition: unknown) => optionalRecord(condition)).find((condition) => condition?.type === 'Ready');
    const reason = [optionalString(ready?.reason), optionalString(ready?.message)].filter(Boolean).join(': ');
    return {
      name: optionalString(metadata?.name) ?? 'unnamed node',
      ready: ready?.status === 'True',
      reason: reason || (ready ? undefined : 'no Ready condition yet'),
      kubeletVersion: optionalString(optionalRecord(status?.nodeInfo)?.kubeletVersion),
    };
  });
}

export interface DeploymentReadiness {
  name: string;
  desired: number;
  available: number;
}

/** Reads `kubectl get deployments -o json` (a v1 List of Deployment). */
export function parseDeployments(stdout: string): DeploymentReadiness[] {
  return listItems(stdout).map((item) => {
    const spec = optionalRecord(item.spec);
    const status = optionalRecord(item.status);
    return {
      name: optionalString(optionalRecord(item.metadata)?.name) ?? 'unnamed deployment',
      desired: optionalNumber(spec?.replicas) ?? 1,
      available: optionalNumber(status?.availableReplicas) ?? 0,
    };
  });
}

function listItems(stdout: string): Record<string, unknown>[] {
  const data = asRecord(JSON.parse(stdout), 'kubectl list');
  const items = Array.isArray(data.items) ? data.items : [];
  return items.map((item: unknown) => asRecord(item, 'list item'));
}
