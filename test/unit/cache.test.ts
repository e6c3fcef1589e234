import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { settleBackground } from '../../src/core/background.js';
import { awaitCacheRestore, cacheEntries, nodeImages, restoreCaches, saveCaches } from '../../src/core/cache.js';
import { outputsFrom } from '../../src/core/up.js';
import { download } from '../../src/tools/download.js';
import type { Cache } from '../../src/ports.js';
import { RecordingReporter, ScriptedRunner, testContext } from './support/scripted.js';
import { temporaryDirectory } from './support/temporary.js';

class MemoryCache implements Cache {
  readonly saved: Array<{ paths: string[]; key: string }> = [];
  constructor(
    private readonly keys: Set<string>,
    private readonly failRestore = false,
    private readonly saveOutcome: 'saved' | 'declined' = 'saved',
  ) {}
  async restore(_paths: string[], key: string): Promise<string | undefined> {
    if (this.failRestore) throw new Error('cache service unavailable');
    return this.keys.has(key) ? key : undefined;
  }
  async save(paths: string[], key: string): Promise<'saved' | 'declined'> {
    if (this.saveOutcome === 'saved') this.saved.push({ paths, key });
    return this.saveOutcome;
  }
}

describe('cacheEntries', () => {
  it('keys the node images by their references', () => {
    const runner = new ScriptedRunner([]);
    const plain = cacheEntries(testContext(runner, {})).find((entry) => entry.id === 'node-images');
    const other = cacheEntries(testContext(runner, { 'k3s-image': 'docker.io/rancher/k3s:v1.30.9-k3s1' })).find((entry) => entry.id === 'node-images');
    expect(plain?.key).toMatch(/^setup-podman-k3d-v1-node-images-linux-x64-[0-9a-f]{16}$/);
    expect(other?.key).not.toBe(plain?.key);
  });

  it('has a machine image entry only on macOS', () => {
    const runner = new ScriptedRunner([]);
    expect(cacheEntries(testContext(runner, {})).map((entry) => entry.id)).toEqual(['downloads', 'node-images']);
    const mac = cacheEntries(testContext(runner, {}, { platform: { os: 'darwin', arch: 'arm64' } }));
    expect(mac.map((entry) => entry.id)).toEqual(['downloads', 'machine-image', 'node-images']);
    expect(mac[1]?.key).toBe('setup-podman-k3d-v1-machine-image-darwin-arm64-podman5.8-auto');
  });

  it('lists the images k3d runs, with the registry when asked', () => {
    const context = testContext(new ScriptedRunner([]), { registry: 'local' });
    expect(nodeImages(context)).toEqual([
      'docker.io/rancher/k3s:v1.31.5-k3s1',
      'ghcr.io/k3d-io/k3d-proxy:5.8.3',
      'ghcr.io/k3d-io/k3d-tools:5.8.3',
      'docker.io/library/registry:2',
    ]);
  });
});

describe('restoreCaches', () => {
  it('records which entries were restored', async () => {
    const context = testContext(new ScriptedRunner([]), {});
    const keys = cacheEntries(context).map((entry) => entry.key);
    context.cache = new MemoryCache(new Set(keys));
    await restoreCaches(context);
    await settleBackground(context);
    expect(context.facts.cacheHits).toEqual({ downloads: true, 'node-images': true });
    expect(outputsFrom(context.facts)['cache-hit']).toBe('true');

    const partial = testContext(new ScriptedRunner([]), {});
    partial.cache = new MemoryCache(new Set(keys.slice(0, 1)));
    await restoreCaches(partial);
    await settleBackground(partial);
    expect(partial.facts.cacheHits).toEqual({ downloads: true, 'node-images': false });
    expect(outputsFrom(partial.facts)['cache-hit']).toBe('false');
  });

  it('restores only the downloads before returning', async () => {
    const context = testContext(new ScriptedRunner([]), {}, { platform: { os: 'darwin', arch: 'x64' } });
    const cache = new GatedCache();
    context.cache = cache;

    const { background } = await restoreCaches(context);

    expect(background).toEqual(['machine-image', 'node-images']);
    expect(cache.requested).toEqual(['downloads', 'machine-image', 'node-images']);
    expect(context.facts.cacheHits).toEqual({ downloads: true, 'machine-image': false, 'node-images': false });

    let nodeImagesRestored = false;
    const waiting = awaitCacheRestore(context, 'node-images').then(() => (nodeImagesRestored = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(nodeImagesRestored).toBe(false);
    cache.release();
    await waiting;
    expect(context.facts.cacheHits).toEqual({ downloads: true, 'machine-image': true, 'node-images': true });
  });

  it('turns a cache service failure into a warning', async () => {
    const context = testContext(new ScriptedRunner([]), {});
    context.cache = new MemoryCache(new Set(), true);
    await restoreCaches(context);
    await settleBackground(context);
    expect(context.facts.cacheHits).toEqual({ downloads: false, 'node-images': false });
    expect(context.reporter.lines.filter((line) => line.startsWith('warning: Cache'))).toHaveLength(2);
  });
});

/** Restores `downloads` at once and holds every other entry until release(). */
class GatedCache implements Cache {
  readonly requested: string[] = [];
  private open = () => {};
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  release(): void {
    this.open();
  }
  async restore(_paths: string[], key: string): Promise<string | undefined> {
    const id = ['downloads', 'machine-image', 'node-images'].find((candidate) => key.includes(`-${candidate}-`)) ?? key;
    this.requested.push(id);
    if (id !== 'downloads') await this.gate;
    return key;
  }
  async save(): Promise<'saved'> {
    return 'saved';
  }
}

describe('saveCaches', () => {
  it('exports present node images and saves only missed entries', async () => {
    const cacheDir = temporaryDirectory('cache-');
    mkdirSync(join(cacheDir, 'downloads'));
    writeFileSync(join(cacheDir, 'downloads', 'k3d'), 'binary');
    const runner = new ScriptedRunner([
      { argv: ['docker', 'image', 'inspect'], result: (request) => ({ exitCode: request.argv.at(-1)?.includes('k3s') ? 0 : 1 }) },
      { argv: ['docker', 'save'], result: {} },
    ]);
    const context = testContext(runner, {}, { platform: { cacheDir } });
    const cache = new MemoryCache(new Set());
    context.cache = cache;

    const saved = await saveCaches(context, { downloads: true, 'node-images': false });
    expect(saved).toEqual(['node-images']);
    expect(cache.saved.map((entry) => entry.paths[0])).toEqual([join(cacheDir, 'node-images')]);
    const save = runner.calls.find((call) => call.argv[1] === 'save');
    expect(save?.argv).toEqual(['docker', 'save', '--output', join(cacheDir, 'node-images', 'images.tar'), 'docker.io/rancher/k3s:v1.31.5-k3s1']);
  });

  it('reports an entry the service declined as information', async () => {
    const cacheDir = temporaryDirectory('cache-');
    mkdirSync(join(cacheDir, 'downloads'));
    writeFileSync(join(cacheDir, 'downloads', 'k3d'), 'binary');
    const context = testContext(new ScriptedRunner([]), {}, { platform: { cacheDir } });
    context.cache = new MemoryCache(new Set(), false, 'declined');

    const saved = await saveCaches(context, { downloads: false, 'node-images': true });

    expect(saved).toEqual([]);
    const key = cacheEntries(context)[0]?.key ?? '';
    expect(context.reporter.lines).toContain(`Cache downloads was not saved: the cache service did not take ${key} (the reason is above).`);
    expect(context.reporter.lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
  });

  it('saves no partial download as a machine image', async () => {
    const cacheDir = temporaryDirectory('cache-');
    mkdirSync(join(cacheDir, 'machine-image'));
    writeFileSync(join(cacheDir, 'machine-image', '.machine-os.raw.zst.0a1b2c.partial'), 'half');
    const home = temporaryDirectory('cache-home-');
    const context = testContext(new ScriptedRunner([]), {}, { platform: { cacheDir, home, os: 'darwin', arch: 'x64' } });
    const cache = new MemoryCache(new Set());
    context.cache = cache;

    await saveCaches(context, { downloads: true, 'machine-image': false, 'node-images': true });

    expect(cache.saved).toEqual([]);
  });
});

describe('download reuse', () => {
  let server: Server;
  let base = '';
  let requests: string[] = [];
  const content = 'release file content';
  const sha = createHash('sha256').update(content).digest('hex');

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end(request.url?.endsWith('.sha256') ? `${sha}\n` : content);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('uses a cached file whose digest matches, and downloads a damaged one again', async () => {
    const destination = join(temporaryDirectory('dl-'), 'tool');
    const request = { url: `${base}/tool`, checksumUrl: `${base}/tool.sha256`, destination, timeoutMs: 5000 };
    const reporter = new RecordingReporter();

    requests = [];
    expect(await download(request, reporter)).toBe(sha);
    expect(requests).toEqual(['/tool.sha256', '/tool']);

    requests = [];
    expect(await download(request, reporter)).toBe(sha);
    expect(requests).toEqual(['/tool.sha256']);

    writeFileSync(destination, 'damaged');
    requests = [];
    expect(await download(request, reporter)).toBe(sha);
    expect(requests).toEqual(['/tool.sha256', '/tool']);
  });
});
