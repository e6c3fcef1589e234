import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { BLOCK_END, BLOCK_START, defaultRcFile, persistBlock, withBlock } from '../../src/cli/rc-file.js';
import { exportLine } from '../../src/cli/shell.js';
import { temporaryDirectory } from './support/temporary.js';

function sourceAndPrint(rcFile: string, variable: string): string {
  // A fresh bash that reads only this file, as a new interactive shell would read its rc file.
  return execFileSync('bash', ['--noprofile', '--norc', '-c', `source "$1"; printf %s "\${${variable}}"`, 'bash', rcFile], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
}

describe('exportLine', () => {
  it('writes the resolved value, not a variable reference', () => {
    const line = exportLine('bash', 'DOCKER_HOST', 'unix:///tmp/podman/m-api.sock');
    expect(line).toBe("export DOCKER_HOST='unix:///tmp/podman/m-api.sock'");
    expect(line).not.toContain('${');
  });

  it('keeps quotes and dollar signs literal in bash', () => {
    const rc = join(temporaryDirectory('rc-'), 'rc');
    const value = `unix:///tmp/it's $HOME and $(echo no)/podman.sock`;
    writeFileSync(rc, `${exportLine('bash', 'DOCKER_HOST', value)}\n`);
    expect(sourceAndPrint(rc, 'DOCKER_HOST')).toBe(value);
  });

  it('uses set -gx for fish', () => {
    expect(exportLine('fish', 'DOCKER_HOST', "unix:///a'b")).toBe("set -gx DOCKER_HOST 'unix:///a\\'b';");
  });
});

describe('defaultRcFile', () => {
  it('picks each shell file', () => {
    expect(defaultRcFile('bash', {}, '/h')).toBe('/h/.bashrc');
    expect(defaultRcFile('zsh', {}, '/h')).toBe('/h/.zshrc');
    expect(defaultRcFile('zsh', { ZDOTDIR: '/z' }, '/h')).toBe('/z/.zshrc');
    expect(defaultRcFile('fish', {}, '/h')).toBe('/h/.config/fish/config.fish');
  });
});

describe('withBlock', () => {
  it('appends a block after existing content', () => {
    const result = withBlock('alias ll="ls -l"\n', ['export A=1']);
    expect(result).toBe(`alias ll="ls -l"\n\n${BLOCK_START}\n# Written by \`setup-podman-k3d env --persist\`; run it again to update this block.\nexport A=1\n${BLOCK_END}\n`);
  });

  it('replaces the block in place', () => {
    const first = withBlock('before\n', ['export A=1']) + 'after\n';
    const second = withBlock(first, ['export A=2']);
    expect(second.startsWith('before\n')).toBe(true);
    expect(second.endsWith('after\n')).toBe(true);
    expect(second).toContain('export A=2');
    expect(second).not.toContain('export A=1');
    expect(second.split(BLOCK_START)).toHaveLength(2);
  });
});

describe('persistBlock', () => {
  it('writes once, keeps a backup, and changes nothing the second time', async () => {
    const directory = temporaryDirectory('persist-');
    const rc = join(directory, '.bashrc');
    writeFileSync(rc, 'export EDITOR=vi\n', { mode: 0o640 });
    const lines = [exportLine('bash', 'DOCKER_HOST', 'unix:///run/podman/podman.sock')];

    const first = await persistBlock(rc, lines);
    expect(first).toEqual({ changed: true, backup: `${rc}.setup-podman-k3d.bak` });
    expect(readFileSync(`${rc}.setup-podman-k3d.bak`, 'utf8')).toBe('export EDITOR=vi\n');
    expect(statSync(rc).mode & 0o777).toBe(0o640);

    const afterFirst = readFileSync(rc, 'utf8');
    const second = await persistBlock(rc, lines);
    expect(second).toEqual({ changed: false });
    expect(readFileSync(rc, 'utf8')).toBe(afterFirst);
    expect(afterFirst.split(BLOCK_START)).toHaveLength(2);
    expect(afterFirst).toContain('export EDITOR=vi');

    expect(sourceAndPrint(rc, 'DOCKER_HOST')).toBe('unix:///run/podman/podman.sock');
  });

  it('creates a missing file without a backup', async () => {
    const directory = temporaryDirectory('persist-');
    const rc = join(directory, 'fish', 'config.fish');
    const result = await persistBlock(rc, ["set -gx DOCKER_HOST 'unix:///s';"]);
    expect(result).toEqual({ changed: true, backup: undefined });
    expect(existsSync(rc)).toBe(true);
  });

  it('cannot produce the empty DOCKER_HOST of a single-quoted variable name', async () => {
    // The hand-made `echo 'export DOCKER_HOST="unix://${PODMAN_SOCKET}"' >> ~/.zshrc` writes the
    // variable's name, so a new shell without PODMAN_SOCKET gets `unix://`. Ours writes the path.
    const directory = temporaryDirectory('persist-');
    const rc = join(directory, '.bashrc');
    await persistBlock(rc, [exportLine('bash', 'DOCKER_HOST', 'unix:///var/folders/x/T/podman/podman-machine-default-api.sock')]);
    expect(readFileSync(rc, 'utf8')).not.toMatch(/\$\{?[A-Z_]+/);
    expect(sourceAndPrint(rc, 'DOCKER_HOST')).toBe('unix:///var/folders/x/T/podman/podman-machine-default-api.sock');
  });
});
