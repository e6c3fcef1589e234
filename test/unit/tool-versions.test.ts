import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { toolVersion } from '../../src/core/tool-versions.js';
import type { Runner } from '../../src/ports.js';
import { ScriptedRunner, testContext } from './support/scripted.js';

let directory: string;
let binary: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'tool-versions-test-'));
  binary = join(directory, 'podman');
  // The first bytes of a Mach-O binary; a script would never be remembered.
  writeFileSync(binary, Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00]), { mode: 0o755 });
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** A runner that finds `podman` at the test's binary and nothing else. */
class PathRunner extends ScriptedRunner {
  constructor(private readonly found: string | undefined) {
    super([]);
  }
  override async which(name: string): Promise<string | undefined> {
    return name === 'podman' ? this.found : undefined;
  }
}

function context(runner: Runner = new PathRunner(binary)) {
  return testContext(runner, {}, { platform: { stateDir: join(directory, 'state') } });
}

describe('toolVersion', () => {
  it('asks once for an unchanged binary', async () => {
    let queries = 0;
    const query = async () => {
      queries += 1;
      return '5.8.5';
    };

    expect(await toolVersion(context(), 'podman', query)).toBe('5.8.5');
    expect(await toolVersion(context(), 'podman', query)).toBe('5.8.5');

    expect(queries).toBe(1);
    expect(readFileSync(join(directory, 'state', 'tool-versions.json'), 'utf8')).toContain('"5.8.5"');
  });

  it('asks again after the binary changed', async () => {
    await toolVersion(context(), 'podman', async () => '5.8.4');
    writeFileSync(binary, Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x01]));
    utimesSync(binary, new Date(), new Date(Date.now() + 5000));

    expect(await toolVersion(context(), 'podman', async () => '5.8.5')).toBe('5.8.5');
  });

  it('asks a script every time', async () => {
    writeFileSync(binary, '#!/bin/sh\nexec ~/.asdf/bin/asdf exec podman "$@"\n');
    let queries = 0;
    const query = async () => {
      queries += 1;
      return '5.8.5';
    };

    await toolVersion(context(), 'podman', query);
    await toolVersion(context(), 'podman', query);

    expect(queries).toBe(2);
  });

  it('keeps every entry of concurrent queries', async () => {
    const docker = join(directory, 'docker');
    writeFileSync(docker, Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x02]), { mode: 0o755 });
    const paths: Record<string, string> = { podman: binary, docker };
    const runner = new (class extends ScriptedRunner {
      override async which(name: string): Promise<string | undefined> {
        return paths[name];
      }
    })([]);
    const shared = context(runner);

    await Promise.all([toolVersion(shared, 'podman', async () => '5.8.5'), toolVersion(shared, 'docker', async () => '28.5.2')]);

    const stored = Object.values(JSON.parse(readFileSync(join(directory, 'state', 'tool-versions.json'), 'utf8')) as Record<string, string>);
    expect(stored.sort()).toEqual(['28.5.2', '5.8.5']);
  });

  it('remembers no failed query', async () => {
    let queries = 0;
    const failing = async () => {
      queries += 1;
      return undefined;
    };

    expect(await toolVersion(context(), 'podman', failing)).toBeUndefined();
    expect(await toolVersion(context(), 'podman', failing)).toBeUndefined();

    expect(queries).toBe(2);
  });

  it('returns undefined for a tool not on PATH', async () => {
    const version = await toolVersion(context(new PathRunner(undefined)), 'podman', async () => {
      throw new Error('a missing tool is never queried');
    });

    expect(version).toBeUndefined();
  });

  it('queries every time when the binary cannot be read', async () => {
    let queries = 0;
    const runner = new PathRunner(join(directory, 'missing', 'podman'));
    const query = async () => {
      queries += 1;
      return '5.8.5';
    };

    await toolVersion(context(runner), 'podman', query);
    await toolVersion(context(runner), 'podman', query);

    expect(queries).toBe(2);
  });
});
