import { describe, expect, it } from 'vitest';

import { parseConfig } from '../../src/core/config.js';
import { InputErrors } from '../../src/core/errors.js';

describe('parseConfig defaults', () => {
  it('fills every setting from the declared defaults', () => {
    const config = parseConfig({});
    expect(config.installMethod).toBe('auto');
    expect(config.machineName).toBe('podman-machine-default');
    expect(config.cpus).toBe(2);
    expect(config.memoryMiB).toBe(4096);
    expect(config.diskSizeGiB).toBe(50);
    expect(config.rootful).toBe(true);
    expect(config.createCluster).toBe(true);
    expect(config.cleanup).toBe('auto');
    expect(config.podmanVersion).toBeUndefined();
  });

  it('treats an empty value as absent, as the runner passes unset inputs', () => {
    expect(parseConfig({ memory: '', cpus: '  ' }).memoryMiB).toBe(4096);
  });

  it('accepts the YAML 1.2 boolean spellings', () => {
    for (const spelling of ['true', 'True', 'TRUE']) expect(parseConfig({ rootful: spelling }).rootful).toBe(true);
    for (const spelling of ['false', 'False', 'FALSE']) expect(parseConfig({ rootful: spelling }).rootful).toBe(false);
  });

  it('strips a leading v from versions', () => {
    expect(parseConfig({ 'podman-version': 'v5.8.5' }).podmanVersion).toBe('5.8.5');
  });

  it('accepts k3d port mappings with hosts and filters', () => {
    const ports = ['8080:80@loadbalancer', '127.0.0.1:8443:443/tcp@loadbalancer', '30000-30010:30000-30010@server:0'];
    expect(parseConfig({ ports: ports.join('\n') }).ports).toEqual(ports);
  });

  it('accepts a 30-character machine name', () => {
    expect(parseConfig({ 'machine-name': 'a'.repeat(30) }).machineName).toHaveLength(30);
  });
});

// Each row: input, value, and a piece of the accepted form that the message must show.
const INVALID: Array<[string, string, string]> = [
  ['memory', '8GB', 'MiB'],
  ['memory', '8192MiB', 'MiB'],
  ['memory', '512', 'from 1024'],
  ['memory', '-4096', 'MiB'],
  ['memory', '4096.5', 'MiB'],
  ['cpus', '0', 'from 1 to 128'],
  ['cpus', '-1', 'from 1 to 128'],
  ['cpus', 'two', 'from 1 to 128'],
  ['cpus', '1000', 'from 1 to 128'],
  ['disk-size', '100G', 'GiB'],
  ['disk-size', '5', 'from 10'],
  ['install-method', 'apt', 'auto, release, brew, skip'],
  ['install-method', 'Brew', 'auto, release, brew, skip'],
  ['machine-name', 'my machine', 'at most 30 characters'],
  ['machine-name', 'a'.repeat(31), 'at most 30 characters'],
  ['machine-name', '-leading-dash', 'a letter or digit'],
  ['machine-name', 'name;rm -rf /', 'letters, digits'],
  ['machine-name', 'näme', 'letters, digits'],
  ['rootful', 'yes', 'true or false'],
  ['rootful', '1', 'true or false'],
  ['create-cluster', 'on', 'true or false'],
  ['stop-other-machines', 'y', 'true or false'],
  ['machine-provider', 'qemu', 'auto, applehv, libkrun'],
  ['cleanup', 'sometimes', 'auto, always, never'],
  ['machine-start-timeout', '10', 'from 30 to 3600'],
  ['machine-start-timeout', '5m', 'seconds'],
  ['podman-version', 'latest', 'a version such as 5.8.5'],
  ['docker-version', '28', 'a version such as'],
  ['docker-version', '28.5.2; echo', 'a version such as'],
  ['ports', '99999:80@loadbalancer', 'ports from 1 to 65535'],
  ['ports', '80:80:80:80@loadbalancer', 'CONTAINERPORT'],
  ['k3s-image', 'rancher/k3s:v1.31.5-k3s1', 'fully qualified'],
  ['k3s-image', 'docker.io/rancher/k3s', 'fully qualified'],
  ['cluster-name', 'a'.repeat(33), 'at most 32 characters'],
  ['cluster-name', 'Upper', 'lowercase'],
  ['api-port', '80', 'from 1024 to 65535'],
  ['k3s-args', '--disable=traefik', 'ARG@NODEFILTER'],
];

describe('parseConfig invalid input', () => {
  it.each(INVALID)('rejects %s=%j', (input, value, accepted) => {
    let caught: unknown;
    try {
      parseConfig({ [input]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputErrors);
    const message = (caught as Error).message;
    expect(message).toContain(`'${input}'`);
    expect(message).toContain(JSON.stringify(value.trim()));
    expect(message).toContain(accepted);
  });

  it('reports every invalid input at once', () => {
    const run = () => parseConfig({ memory: '8GB', cpus: '0', rootful: 'yes' });
    expect(run).toThrowError(/'memory'/);
    expect(run).toThrowError(/'cpus'/);
    expect(run).toThrowError(/'rootful'/);
  });

  it('rejects an unknown input name', () => {
    expect(() => parseConfig({ 'machine-nmae': 'x' })).toThrowError(/'machine-nmae'/);
  });
});
