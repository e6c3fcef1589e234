import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { nodeImagesArchive, restoreCaches } from '../../src/core/cache.js';
import { nodeImagesStep, awaitNodeImages } from '../../src/core/steps/node-images.js';
import { ScriptedRunner, testContext } from './support/scripted.js';

const directories: string[] = [];

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** Returns a context whose cache directory contains a node images archive. */
function contextWithArchive(runner: ScriptedRunner) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'node-images-test-'));
  directories.push(cacheDir);
  const context = testContext(runner, {}, { platform: { cacheDir } });
  const archive = nodeImagesArchive(context);
  mkdirSync(join(cacheDir, 'node-images'), { recursive: true });
  writeFileSync(archive, 'archive');
  return { context, archive };
}

describe('node images step', () => {
  it('skips the load when every image is present', async () => {
    const runner = new ScriptedRunner([{ argv: ['docker', 'image', 'inspect'], result: { exitCode: 0, stdout: 'sha256:1\nsha256:2\nsha256:3\n' } }]);
    const { context } = contextWithArchive(runner);

    const outcome = await nodeImagesStep.run(context);
    await awaitNodeImages(context);

    expect(outcome).toEqual({ changed: false, detail: 'node images already present' });
    expect(runner.commands()).toEqual([
      'docker image inspect --format {{.Id}} docker.io/rancher/k3s:v1.31.5-k3s1 ghcr.io/k3d-io/k3d-proxy:5.8.3 ghcr.io/k3d-io/k3d-tools:5.8.3',
    ]);
    expect(runner.calls[0]?.env).toEqual({ DOCKER_HOST: 'unix:///run/podman/podman.sock' });
  });

  it('loads the archive when an image is missing', async () => {
    const runner = new ScriptedRunner([
      { argv: ['docker', 'image', 'inspect'], result: { exitCode: 1, stderr: 'Error response from daemon: failed to find image' } },
      { argv: ['docker', 'load'], result: { exitCode: 0, stdout: 'Loaded image: docker.io/rancher/k3s:v1.31.5-k3s1\n' } },
    ]);
    const { context, archive } = contextWithArchive(runner);

    const outcome = await nodeImagesStep.run(context);
    await awaitNodeImages(context);

    expect(outcome.changed).toBe(true);
    expect(runner.commands()[1]).toBe(`docker load --input ${archive}`);
  });

  it('loads nothing without a cached archive', async () => {
    const runner = new ScriptedRunner([{ argv: ['docker', 'image', 'inspect'], result: { exitCode: 1, stderr: 'Error: no such image' } }]);
    const cacheDir = mkdtempSync(join(tmpdir(), 'node-images-test-'));
    directories.push(cacheDir);
    const context = testContext(runner, {}, { platform: { cacheDir } });

    const outcome = await nodeImagesStep.run(context);

    expect(outcome.detail).toBe('no cached node images; k3d pulls them');
    expect(runner.commands().filter((command) => command.startsWith('docker load'))).toEqual([]);
  });

  it('loads after a cache restore that outlasts the step', async () => {
    const runner = new ScriptedRunner([
      { argv: ['docker', 'image', 'inspect'], result: { exitCode: 1, stderr: 'Error: no such image' } },
      { argv: ['docker', 'load'], result: { exitCode: 0, stdout: 'Loaded image: docker.io/rancher/k3s:v1.31.5-k3s1\n' } },
    ]);
    const cacheDir = mkdtempSync(join(tmpdir(), 'node-images-test-'));
    directories.push(cacheDir);
    const context = testContext(runner, {}, { platform: { cacheDir } });
    let finishRestore = () => {};
    context.cache = {
      restore: async (paths, key) => {
        if (!key.includes('-node-images-')) return undefined;
        await new Promise<void>((resolve) => (finishRestore = resolve));
        mkdirSync(paths[0] ?? '', { recursive: true });
        writeFileSync(nodeImagesArchive(context), 'archive');
        return key;
      },
      save: async () => 'saved',
    };
    await restoreCaches(context);

    const outcome = await nodeImagesStep.run(context);
    expect(outcome.detail).toBe('cached images load in the background once their cache restore ends');
    expect(runner.commands().filter((command) => command.startsWith('docker load'))).toEqual([]);

    finishRestore();
    await awaitNodeImages(context);
    expect(runner.commands().at(-1)).toBe(`docker load --input ${nodeImagesArchive(context)}`);
  });
});
