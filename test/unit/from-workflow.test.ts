import { describe, expect, it } from 'vitest';

import { findActionStep, requireExpressionsReplaced, usesThisAction } from '../../src/cli/workflow.js';
import { parseConfig } from '../../src/core/config.js';

const SINGLE_JOB = `
name: test
on: push
jobs:
  e2e:
    runs-on: macos-15-intel
    steps:
      - uses: actions/checkout@v4
      - id: k3d
        uses: ./
        with:
          memory: 8192
          rootful: true
          cluster-name: ci
          ports: |
            8080:80@loadbalancer
            8443:443@loadbalancer
      - run: kubectl get nodes
`;

const TWO_JOBS = `
on: pull_request
jobs:
  intel:
    runs-on: macos-15-intel
    steps:
      - uses: example/setup-podman-k3d@v1
        with: { cpus: 4 }
  linux:
    runs-on: ubuntu-latest
    steps:
      - name: Podman only
        uses: example/setup-podman-k3d@v1
        with:
          create-cluster: false
`;

const PUBLISHED_REF = `
on: workflow_dispatch
jobs:
  build:
    runs-on: macos-26-intel
    steps:
      - uses: example/setup-podman-k3d@0123456789abcdef0123456789abcdef01234567 # v1.2.0
        with:
          agents: 2
          wait-timeout: 600
          export-kubeconfig: false
`;

describe('usesThisAction', () => {
  it.each(['./', 'owner/setup-podman-k3d@v1', 'owner/setup-podman-k3d@0123', 'org/mono/setup-podman-k3d@main'])('matches %s', (uses) => {
    expect(usesThisAction(uses)).toBe(true);
  });

  it.each(['actions/checkout@v4', 'owner/setup-podman-k3d-extra@v1', './other'])('ignores %s', (uses) => {
    expect(usesThisAction(uses)).toBe(false);
  });
});

describe('findActionStep', () => {
  it('reads the with block of a local uses', () => {
    const step = findActionStep(SINGLE_JOB, 'ci.yml', undefined);
    expect(step.job).toBe('e2e');
    expect(step.index).toBe(2);
    expect(step.settings).toEqual({
      memory: '8192',
      rootful: 'true',
      'cluster-name': 'ci',
      ports: '8080:80@loadbalancer\n8443:443@loadbalancer\n',
    });
    const config = parseConfig(step.settings);
    expect(config.memoryMiB).toBe(8192);
    expect(config.ports).toEqual(['8080:80@loadbalancer', '8443:443@loadbalancer']);
  });

  it('asks for --job when several jobs use the action', () => {
    expect(() => findActionStep(TWO_JOBS, 'pr.yml', undefined)).toThrowError(
      /2 steps that use setup-podman-k3d: job intel, step 1; job linux, step 1 \(Podman only\)/,
    );
  });

  it('takes the step of the chosen job', () => {
    expect(findActionStep(TWO_JOBS, 'pr.yml', 'linux').settings).toEqual({ 'create-cluster': 'false' });
    expect(findActionStep(TWO_JOBS, 'pr.yml', 'intel').settings).toEqual({ cpus: '4' });
  });

  it('turns YAML numbers and booleans into input strings', () => {
    const step = findActionStep(PUBLISHED_REF, 'dispatch.yml', undefined);
    expect(step.settings).toEqual({ agents: '2', 'wait-timeout': '600', 'export-kubeconfig': 'false' });
    expect(parseConfig(step.settings).exportKubeconfig).toBe(false);
  });

  it('names an unknown job and lists the jobs', () => {
    expect(() => findActionStep(TWO_JOBS, 'pr.yml', 'mac')).toThrowError(/no job 'mac'. Its jobs: intel, linux/);
  });

  it('rejects a workflow without the action', () => {
    expect(() => findActionStep('jobs:\n  a:\n    steps:\n      - run: echo\n', 'x.yml', undefined)).toThrowError(
      /x.yml has no step that uses setup-podman-k3d/,
    );
  });

  it('sets GitHub expressions apart for flags to replace', () => {
    const text = 'jobs:\n  a:\n    steps:\n      - uses: ./\n        with:\n          cpus: 4\n          memory: ${{ matrix.memory }}\n';
    const step = findActionStep(text, 'm.yml', undefined);
    expect(step.settings).toEqual({ cpus: '4' });
    expect(step.expressions).toEqual({ memory: '${{ matrix.memory }}' });
    expect(() => requireExpressionsReplaced(step, 'm.yml', {})).toThrowError(/input 'memory' uses a GitHub expression/);
    expect(() => requireExpressionsReplaced(step, 'm.yml', { memory: '8192' })).not.toThrow();
  });

  it('rejects invalid YAML', () => {
    expect(() => findActionStep('jobs: [unclosed', 'bad.yml', undefined)).toThrowError(/bad.yml is not valid YAML/);
  });
});
