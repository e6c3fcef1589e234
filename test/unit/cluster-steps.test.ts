import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import { clusterStep } from '../../src/core/steps/cluster.js';
import { kubeconfigStep } from '../../src/core/steps/kubeconfig.js';
import { readinessStep } from '../../src/core/steps/readiness.js';
import { ScriptedRunner, testContext } from './support/scripted.js';
import { temporaryDirectory } from './support/temporary.js';

const FAKE_KEY = Buffer.from('-----BEGIN EC PRIVATE KEY-----\nFAKEKEYMATERIALFORTESTSONLY0123456789\n-----END EC PRIVATE KEY-----\n').toString('base64');
const FAKE_CERT = Buffer.from('-----BEGIN CERTIFICATE-----\nFAKECERTMATERIALFORTESTSONLY987654321\n-----END CERTIFICATE-----\n').toString('base64');

function kubeconfigText(name: string, server: string): string {
  return `---
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: Q0EtREFUQQ==
    server: ${server}
  name: k3d-${name}
contexts:
- context:
    cluster: k3d-${name}
    user: admin@k3d-${name}
  name: k3d-${name}
current-context: k3d-${name}
kind: Config
preferences: {}
users:
- name: admin@k3d-${name}
  user:
    client-certificate-data: ${FAKE_CERT}
    client-key-data: ${FAKE_KEY}
`;
}

function clusterList(name: string, running: boolean): string {
  return JSON.stringify([
    {
      name,
      nodes: [{ name: `k3d-${name}-server-0`, role: 'server', State: { Running: running, Status: running ? 'running' : 'exited' } }],
      serversRunning: running ? 1 : 0,
      serversCount: 1,
      agentsRunning: 0,
      agentsCount: 0,
    },
  ]);
}

const K3D_FAILURE_STDERR = [
  "ERRO[0031] Failed Cluster Start: Failed to start server k3d-demo-server-0: Node k3d-demo-server-0 failed to get ready: error waiting for log line `k3s is up and running` from node 'k3d-demo-server-0': stopped returning log lines",
  'ERRO[0031] Failed to create cluster >>> Rolling Back',
  'INFO[0031] Deleting cluster network',
  'FATA[0032] Cluster creation FAILED, all changes have been rolled back!',
].join('\n');

describe('cluster step', () => {
  it('reuses a running cluster without creating one', async () => {
    const runner = new ScriptedRunner([{ argv: ['k3d', 'cluster', 'list'], result: { stdout: clusterList('demo', true) } }]);
    const outcome = await clusterStep.run(testContext(runner, { 'cluster-name': 'demo' }));
    expect(outcome.changed).toBe(false);
    expect(runner.commands()).toEqual(['k3d cluster list -o json']);
  });

  it('starts a stopped cluster', async () => {
    const runner = new ScriptedRunner([
      { argv: ['k3d', 'cluster', 'list'], result: { stdout: clusterList('demo', false) } },
      { argv: ['k3d', 'cluster', 'start'], result: {} },
    ]);
    const outcome = await clusterStep.run(testContext(runner, { 'cluster-name': 'demo' }));
    expect(outcome.changed).toBe(true);
    expect(runner.commands()[1]).toMatch(/^k3d cluster start demo --wait --timeout 300s$/);
  });

  it('creates a missing cluster with the safe flags', async () => {
    const runner = new ScriptedRunner([
      { argv: ['k3d', 'cluster', 'list'], result: { stdout: '[]' } },
      { argv: ['k3d', 'cluster', 'create'], result: {} },
    ]);
    const context = testContext(runner, {
      'cluster-name': 'demo',
      'api-port': '6550',
      agents: '2',
      ports: '8080:80@loadbalancer\n8443:443@loadbalancer',
      'k3s-args': '--disable=traefik@server:*',
      'wait-timeout': '120',
    });
    await clusterStep.run(context);

    const create = runner.calls[1];
    expect(create?.argv).toEqual([
      'k3d', 'cluster', 'create', 'demo',
      '--image', 'docker.io/rancher/k3s:v1.31.5-k3s1',
      '--servers', '1', '--agents', '2',
      '--api-port', '127.0.0.1:6550',
      '--timeout', '120s', '--wait',
      '--kubeconfig-update-default=false', '--kubeconfig-switch-context=false',
      '--port', '8080:80@loadbalancer', '--port', '8443:443@loadbalancer',
      '--k3s-arg', '--disable=traefik@server:*',
    ]);
    expect(create?.env).toMatchObject({ LOG_COLORS: 'false', DOCKER_SOCK: '/run/podman/podman.sock', DOCKER_HOST: 'unix:///run/podman/podman.sock' });
  });

  it('quotes the FATA line when creation fails', async () => {
    const runner = new ScriptedRunner([
      { argv: ['k3d', 'cluster', 'list'], result: { stdout: '[]' } },
      { argv: ['k3d', 'cluster', 'create'], result: { exitCode: 1, stdout: 'INFO[0000] Prep: Network', stderr: K3D_FAILURE_STDERR } },
    ]);
    const context = testContext(runner, { 'cluster-name': 'demo' });
    const error = (await clusterStep.run(context).then(
      () => new Error('expected a failure'),
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toContain('k3d cluster create demo failed: Cluster creation FAILED, all changes have been rolled back!');
    expect(error.message).toContain('Failed to create cluster >>> Rolling Back');
  });
});

describe('kubeconfig step', () => {
  it('writes a private file on 127.0.0.1 and registers the secrets', async () => {
    const stateDir = temporaryDirectory('kubeconfig-step-');
    const runner = new ScriptedRunner([{ argv: ['k3d', 'kubeconfig', 'get'], result: { stdout: kubeconfigText('demo', 'https://0.0.0.0:6550') } }]);
    const context = testContext(runner, { 'cluster-name': 'demo' }, { platform: { stateDir } });
    const outcome = await kubeconfigStep.run(context);

    const path = join(stateDir, 'kubeconfig-demo.yaml');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('server: https://127.0.0.1:6550');
    expect(written).not.toContain('0.0.0.0');
    expect(context.environment.variables.KUBECONFIG).toBe(path);
    expect(context.reporter.secrets).toContain(FAKE_KEY);
    expect(context.reporter.secrets).toContain(FAKE_CERT);
    expect(context.reporter.secrets).toContain('FAKEKEYMATERIALFORTESTSONLY0123456789');
    expect(outcome.detail).not.toContain(FAKE_KEY);
  });

  it('rejects a kubeconfig without the k3d context', async () => {
    const stateDir = temporaryDirectory('kubeconfig-step-');
    const text = kubeconfigText('other', 'https://127.0.0.1:6550');
    const runner = new ScriptedRunner([{ argv: ['k3d', 'kubeconfig', 'get'], result: { stdout: text } }]);
    const context = testContext(runner, { 'cluster-name': 'demo' }, { platform: { stateDir } });
    await expect(kubeconfigStep.run(context)).rejects.toThrowError(/no context k3d-demo/);
  });
});

function nodesJson(ready: boolean): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        metadata: { name: 'k3d-demo-server-0' },
        status: {
          conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', reason: ready ? 'KubeletReady' : 'KubeletNotReady', message: ready ? '' : 'container runtime network not ready' }],
          nodeInfo: { kubeletVersion: 'v1.31.5+k3s1' },
        },
      },
    ],
  });
}

function deploymentsJson(available: number): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [{ metadata: { name: 'coredns' }, spec: { replicas: 1 }, status: { availableReplicas: available } }],
  });
}

describe('readiness step', () => {
  it('waits through not-ready answers until ready', async () => {
    let nodeCalls = 0;
    const runner = new ScriptedRunner([
      { argv: ['kubectl', '--kubeconfig', '/k', 'get', 'nodes'], result: () => ({ stdout: nodesJson(++nodeCalls > 1) }) },
      { argv: ['kubectl', '--kubeconfig', '/k', 'get', 'deployments'], result: () => ({ stdout: deploymentsJson(nodeCalls > 1 ? 1 : 0) }) },
    ]);
    const context = testContext(runner, { 'cluster-name': 'demo' }, { facts: { cluster: { name: 'demo', kubeconfigPath: '/k' } } });
    const outcome = await readinessStep.run(context);

    expect(outcome.detail).toContain('1 node Ready');
    expect(context.facts.cluster?.k3sVersion).toBe('v1.31.5+k3s1');
    expect(context.reporter.lines.join('\n')).toMatch(/Waiting for: node k3d-demo-server-0 \(KubeletNotReady: container runtime network not ready\); deployment kube-system\/coredns \(0\/1 available\)/);
  });

  it('names what was not ready at the deadline', async () => {
    const runner = new ScriptedRunner([
      { argv: ['kubectl', '--kubeconfig', '/k', 'get', 'nodes'], result: { stdout: nodesJson(false) } },
      { argv: ['kubectl', '--kubeconfig', '/k', 'get', 'deployments'], result: { stdout: deploymentsJson(0) } },
      { argv: [], result: { stdout: '' } },
    ]);
    const context = testContext(runner, { 'cluster-name': 'demo', 'wait-timeout': '30' }, { facts: { cluster: { name: 'demo', kubeconfigPath: '/k' } } });
    // Fake timers move Date.now and setTimeout together, so the 30 s deadline passes at once.
    vi.useFakeTimers();
    try {
      const result = readinessStep.run(context).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(40_000);
      const error = await result;
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/not ready within wait-timeout \(30 s\)\. Not ready: node k3d-demo-server-0 .*deployment kube-system\/coredns \(0\/1 available\)/);
    } finally {
      vi.useRealTimers();
    }
  });
});
