import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseDockerClientVersion, parseDockerVersion } from '../../src/tools/docker.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/docker/${name}`, import.meta.url), 'utf8');
}

describe('parseDockerVersion against Podman', () => {
  it('detects the Podman Engine component', () => {
    const version = parseDockerVersion(fixture('version-json-podman-4.3.1.json'));

    expect(version.engine).toBe('Podman Engine');
    expect(version.podmanVersion).toBe('4.3.1');
  });

  it('reads the client and server versions', () => {
    const version = parseDockerVersion(fixture('version-json-podman-4.3.1.json'));

    expect(version.client).toBe('28.2.2');
    expect(version.server).toBe('4.3.1');
  });

  it('finds Podman Engine when it is not the first component', () => {
    const data = JSON.parse(fixture('version-json-podman-4.3.1.json')) as { Server: { Components: unknown[] } };
    data.Server.Components.reverse();

    const version = parseDockerVersion(JSON.stringify(data));

    expect(version.engine).toBe('Podman Engine');
    expect(version.podmanVersion).toBe('4.3.1');
  });
});

describe('parseDockerVersion without a server', () => {
  it('gives server undefined for "Server":null', () => {
    const version = parseDockerVersion(fixture('version-json-no-server.json'));

    expect(version.server).toBeUndefined();
    expect(version.engine).toBeUndefined();
    expect(version.podmanVersion).toBeUndefined();
  });

  it('still reads the client version', () => {
    expect(parseDockerVersion(fixture('version-json-no-server.json')).client).toBe('28.2.2');
  });

  it('rejects the stderr text, which holds no JSON', () => {
    expect(() => parseDockerVersion(fixture('version-no-server.stderr.txt'))).toThrow(/printed no JSON/);
  });
});

describe('parseDockerClientVersion', () => {
  it('reads docker 28.2.2', () => {
    expect(parseDockerClientVersion(fixture('client-version-28.2.2.txt'))).toBe('28.2.2');
  });

  it('rejects other output', () => {
    expect(() => parseDockerClientVersion(fixture('version-no-server.stderr.txt'))).toThrow(/docker --version/);
  });
});
