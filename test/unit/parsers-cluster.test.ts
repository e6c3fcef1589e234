import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { isClusterRunning, k3dErrorLines, k3dFailureLine, parseClusterList, parseK3dVersion, parseK3dVersionText } from '../../src/tools/k3d.js';
import { parseKubeconfig, replaceServer } from '../../src/tools/kubeconfig.js';
import { parseDeployments, parseNodes } from '../../src/tools/kubectl.js';

const fixture = (path: string) => readFileSync(`test/fixtures/${path}`, 'utf8');

describe('parseClusterList', () => {
  it('reads a running cluster', () => {
    const [cluster] = parseClusterList(fixture('k3d/cluster-list-running.json'));
    expect(cluster?.name).toBe('dev');
    expect(cluster?.nodes.map((node) => [node.name, node.role, node.running])).toEqual([
      ['k3d-dev-serverlb', 'loadbalancer', true],
      ['k3d-dev-server-0', 'server', true],
    ]);
    expect(cluster).toBeDefined();
    expect(isClusterRunning(cluster!)).toBe(true);
  });

  it('reads a stopped cluster as not running', () => {
    const [cluster] = parseClusterList(fixture('k3d/cluster-list-stopped.json'));
    expect(cluster?.name).toBe('old');
    expect(cluster?.serversRunning).toBe(0);
    expect(cluster).toBeDefined();
    expect(isClusterRunning(cluster!)).toBe(false);
  });

  it('reads an empty list', () => {
    expect(parseClusterList(fixture('k3d/cluster-list-empty.json'))).toEqual([]);
  });
});

describe('k3d version', () => {
  it('reads the JSON form', () => {
    expect(parseK3dVersion(fixture('k3d/version.json'))).toEqual({ k3d: 'v5.8.3', k3s: 'v1.31.5-k3s1' });
  });

  it('reads the text form', () => {
    expect(parseK3dVersionText(fixture('k3d/version.txt'))).toEqual({ k3d: 'v5.8.3', k3s: 'v1.31.5-k3s1' });
  });
});

describe('k3dFailureLine', () => {
  it('prefers the FATA line', () => {
    const output = 'INFO[0000] Prep: Network\nERRO[0031] Failed to create cluster >>> Rolling Back\nFATA[0032] Cluster creation FAILED, all changes have been rolled back!\n';
    expect(k3dFailureLine(output)).toBe('Cluster creation FAILED, all changes have been rolled back!');
  });

  it('reads the logfmt layout of LOG_COLORS=false', () => {
    const output = [
      'time="2026-06-12T09:05:03Z" level=info msg="Prep: Network"',
      'time="2026-06-12T09:05:34Z" level=error msg="Failed Cluster Start: error waiting for log line `k3s is up and running` from node \\"k3d-dev-server-0\\""',
      'time="2026-06-12T09:05:35Z" level=fatal msg="Cluster creation FAILED, all changes have been rolled back!"',
    ].join('\n');
    expect(k3dFailureLine(output)).toBe('Cluster creation FAILED, all changes have been rolled back!');
    expect(k3dErrorLines(output)).toEqual(['Failed Cluster Start: error waiting for log line `k3s is up and running` from node "k3d-dev-server-0"']);
  });

  it('falls back to the last ERRO line', () => {
    expect(k3dFailureLine('INFO[0000] a\nERRO[0001] b\nINFO[0002] c')).toBe('b');
  });

  it('falls back to the last line without log levels', () => {
    expect(k3dFailureLine('something\nbroke')).toBe('broke');
  });
});

describe('parseKubeconfig', () => {
  const text = fixture('k3d/kubeconfig-get-dev.yaml');

  it('reads server and contexts', () => {
    const parsed = parseKubeconfig(text);
    expect(parsed.server).toBe('https://127.0.0.1:6550');
    expect(parsed.contexts).toEqual(['k3d-dev']);
    expect(parsed.currentContext).toBe('k3d-dev');
  });

  it('lists the key and certificate data and their decoded lines as secrets', () => {
    const parsed = parseKubeconfig(text);
    const keyData = /client-key-data: (\S+)/.exec(text)?.[1] ?? '';
    const certData = /client-certificate-data: (\S+)/.exec(text)?.[1] ?? '';
    expect(keyData).not.toBe('');
    expect(parsed.secrets).toContain(keyData);
    expect(parsed.secrets).toContain(certData);
    const decodedKeyLine = Buffer.from(keyData, 'base64').toString('utf8').split('\n').find((line) => line.length >= 16 && !line.startsWith('-----'));
    expect(parsed.secrets).toContain(decodedKeyLine);
  });

  it('replaces the server of every cluster', () => {
    const replaced = replaceServer(text, 'https://127.0.0.1:7000');
    expect(parseKubeconfig(replaced).server).toBe('https://127.0.0.1:7000');
    expect(replaced).toContain('client-key-data');
  });
});

describe('kubectl get -o json', () => {
  it('reads a Ready node with its kubelet version', () => {
    const [node] = parseNodes(fixture('kubectl/get-nodes-ready.json'));
    expect(node?.name).toBe('k3d-dev-server-0');
    expect(node?.ready).toBe(true);
    expect(node?.kubeletVersion).toMatch(/^v1\.\d+\.\d+\+k3s1$/);
  });

  it('reads a NotReady node with its reason', () => {
    const [node] = parseNodes(fixture('kubectl/get-nodes-not-ready.json'));
    expect(node?.ready).toBe(false);
    expect(node?.reason).toMatch(/KubeletNotReady/);
  });

  it('reads available deployments', () => {
    const deployments = parseDeployments(fixture('kubectl/get-deployments-kube-system-available.json'));
    expect(deployments.map((deployment) => deployment.name)).toEqual(['coredns', 'local-path-provisioner', 'metrics-server']);
    expect(deployments.every((deployment) => deployment.available >= deployment.desired)).toBe(true);
  });

  it('reads a missing availableReplicas as zero', () => {
    const deployments = parseDeployments(fixture('kubectl/get-deployments-kube-system-one-unavailable.json'));
    expect(deployments.find((deployment) => deployment.name === 'metrics-server')).toEqual({ name: 'metrics-server', desired: 1, available: 0 });
  });
});
