// The machine image fetch against a registry on 127.0.0.1 that behaves like quay.io for a public
// repository: a 401 with a Bearer challenge, an anonymous token, the OCI index with `disktype`
// annotations, one-layer manifests, and blobs.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { settleBackground } from '../../src/core/background.js';
import { machineImageForInit, startMachineImageFetch } from '../../src/core/steps/machine-image.js';
import { fetchMachineImage, MACHINE_IMAGE_FILE } from '../../src/tools/machine-image.js';
import { parseBearerChallenge } from '../../src/tools/registry.js';
import { RecordingReporter, ScriptedRunner, testContext } from './support/scripted.js';

const TOKEN = 'anonymous-pull-token';
const REPOSITORY = '/quay.io/v2/podman/machine-os';

interface Disk {
  arch: string;
  diskType: string;
  title: string;
  content: Buffer;
}

interface RegistryOptions {
  disks?: Disk[];
  /** Serves this content for every blob instead of the disk it names. */
  tamperedBlob?: Buffer;
  /** Serves a manifest whose content differs from its digest. */
  tamperedManifest?: boolean;
  /** Sends the first half of every blob, then holds the rest until the test releases it. */
  holdBlobs?: Promise<void>;
}

interface Registry {
  mirror: string;
  requests: Array<{ path: string; authorization?: string }>;
  close(): Promise<void>;
}

function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

function disk(arch: string, diskType: string, extension = 'raw.zst'): Disk {
  const title = `podman-machine.${arch}.${diskType}.${extension}`;
  return { arch, diskType, title, content: Buffer.from(`disk ${title}\n`) };
}

const ALL_DISKS = [disk('x86_64', 'applehv'), disk('aarch64', 'applehv'), disk('x86_64', 'qemu', 'qcow2.zst'), disk('aarch64', 'qemu', 'qcow2.zst')];

/** Starts a registry that requires the anonymous token flow for every /v2/ request. */
async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const disks = options.disks ?? ALL_DISKS;
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, Buffer>();
  const entries: object[] = [];

  for (const item of disks) {
    const blobDigest = `sha256:${sha256(item.content)}`;
    blobs.set(blobDigest, item.content);
    const manifest = Buffer.from(JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      layers: [{ mediaType: 'application/zstd', digest: blobDigest, size: item.content.length, annotations: { 'org.opencontainers.image.title': item.title } }],
    }));
    const manifestDigest = `sha256:${sha256(manifest)}`;
    manifests.set(manifestDigest, options.tamperedManifest ? Buffer.concat([manifest, Buffer.from(' ')]) : manifest);
    entries.push({ digest: manifestDigest, platform: { architecture: item.arch, os: 'linux' }, annotations: { disktype: item.diskType } });
  }
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries }));

  const requests: Registry['requests'] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
    requests.push({ path: `${path}${query.size ? `?${query.toString()}` : ''}`, authorization: request.headers.authorization });

    if (path === '/quay.io/v2/auth') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ token: TOKEN }));
      return;
    }
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      response.writeHead(401, {
        'WWW-Authenticate': 'Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:podman/machine-os:pull"',
      });
      response.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }

    let body: Buffer | undefined;
    if (path === `${REPOSITORY}/manifests/5.8`) body = index;
    else if (path.startsWith(`${REPOSITORY}/manifests/`)) body = manifests.get(path.slice(`${REPOSITORY}/manifests/`.length));
    else if (path.startsWith(`${REPOSITORY}/blobs/`)) {
      const blob = blobs.get(path.slice(`${REPOSITORY}/blobs/`.length));
      body = blob && options.tamperedBlob ? options.tamperedBlob : blob;
    }
    if (!body) {
      response.writeHead(404);
      response.end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      return;
    }
    response.writeHead(200, { 'Content-Length': body.length });
    if (path.includes('/blobs/') && options.holdBlobs) {
      const half = Math.floor(body.length / 2);
      response.write(body.subarray(0, half));
      void options.holdBlobs.then(() => response.end(body.subarray(half)));
    } else {
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    mirror: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let directory: string;
let registry: Registry | undefined;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'machine-image-test-'));
});

afterEach(async () => {
  await registry?.close();
  registry = undefined;
  rmSync(directory, { recursive: true, force: true });
});

function request(mirror: string, arch: 'x86_64' | 'aarch64' = 'x86_64') {
  return { tag: '5.8', arch, diskType: 'applehv', directory, mirror, timeoutMs: 10_000 };
}

describe('fetchMachineImage', () => {
  it('downloads the applehv disk of the architecture', async () => {
    registry = await startRegistry();
    const reporter = new RecordingReporter();

    const image = await fetchMachineImage(request(registry.mirror, 'aarch64'), reporter);

    expect(image.title).toBe('podman-machine.aarch64.applehv.raw.zst');
    expect(image.path).toBe(join(directory, MACHINE_IMAGE_FILE));
    expect(readFileSync(image.path, 'utf8')).toBe('disk podman-machine.aarch64.applehv.raw.zst\n');
    expect(image.digest).toBe(`sha256:${sha256(readFileSync(image.path))}`);
    expect(reporter.lines.join('\n')).toContain('Downloading the machine image podman-machine.aarch64.applehv.raw.zst from quay.io/podman/machine-os:5.8');
  });

  it('fetches one anonymous token and sends it', async () => {
    registry = await startRegistry();

    await fetchMachineImage(request(registry.mirror), new RecordingReporter());

    const tokenRequests = registry.requests.filter((entry) => entry.path.startsWith('/quay.io/v2/auth'));
    expect(tokenRequests.map((entry) => entry.path)).toEqual([
      '/quay.io/v2/auth?service=quay.io&scope=repository%3Apodman%2Fmachine-os%3Apull',
    ]);
    const authorized = registry.requests.filter((entry) => entry.authorization === `Bearer ${TOKEN}`).map((entry) => entry.path);
    expect(authorized.some((path) => path.includes('/manifests/sha256:'))).toBe(true);
    expect(authorized.some((path) => path.includes('/blobs/sha256:'))).toBe(true);
  });

  it('rejects a blob with another digest', async () => {
    registry = await startRegistry({ tamperedBlob: Buffer.from('not the disk\n') });

    const fetching = fetchMachineImage(request(registry.mirror), new RecordingReporter());

    await expect(fetching).rejects.toThrow(/Checksum mismatch for podman-machine\.x86_64\.applehv\.raw\.zst: expected SHA-256/);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('rejects a manifest with another digest', async () => {
    registry = await startRegistry({ tamperedManifest: true });

    await expect(fetchMachineImage(request(registry.mirror), new RecordingReporter())).rejects.toThrow(
      /The manifest quay\.io\/podman\/machine-os@sha256:[a-f0-9]{64} has the digest sha256:[a-f0-9]{64}, not sha256:/,
    );
  });

  it('names what the index offers when no disk matches', async () => {
    registry = await startRegistry({ disks: [disk('x86_64', 'qemu', 'qcow2.zst')] });

    await expect(fetchMachineImage(request(registry.mirror), new RecordingReporter())).rejects.toThrow(
      'quay.io/podman/machine-os:5.8 has no applehv disk for linux/x86_64; it offers qemu for linux/x86_64.',
    );
  });

  it('rejects a disk that is not .raw.zst', async () => {
    registry = await startRegistry({ disks: [disk('x86_64', 'applehv', 'raw.gz')] });

    await expect(fetchMachineImage(request(registry.mirror), new RecordingReporter())).rejects.toThrow(
      'is "podman-machine.x86_64.applehv.raw.gz", not a zstd-compressed raw disk (.raw.zst).',
    );
  });

  it('reports a missing tag with its URL', async () => {
    registry = await startRegistry();

    await expect(fetchMachineImage({ ...request(registry.mirror), tag: '9.9' }, new RecordingReporter())).rejects.toThrow(
      'GET https://quay.io/v2/podman/machine-os/manifests/9.9 failed: HTTP 404 Not Found.',
    );
  });
});

describe('parseBearerChallenge', () => {
  it('reads realm, service and scope', () => {
    expect(parseBearerChallenge('Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:podman/machine-os:pull"')).toEqual({
      realm: 'https://quay.io/v2/auth',
      service: 'quay.io',
      scope: 'repository:podman/machine-os:pull',
    });
  });

  it('reads only the Bearer challenge of several', () => {
    expect(parseBearerChallenge('Bearer realm="https://quay.io/v2/auth",service="quay.io", Basic realm="other"')?.realm).toBe('https://quay.io/v2/auth');
    expect(parseBearerChallenge('Basic realm="other", Bearer realm="https://quay.io/v2/auth",service="quay.io"')).toEqual({
      realm: 'https://quay.io/v2/auth',
      service: 'quay.io',
      scope: undefined,
    });
  });

  it('rejects other schemes and a missing realm', () => {
    expect(parseBearerChallenge('Basic realm="registry"')).toBeUndefined();
    expect(parseBearerChallenge('Bearer service="quay.io"')).toBeUndefined();
    expect(parseBearerChallenge(null)).toBeUndefined();
  });
});

describe('machine image fetched during the install', () => {
  function macContext(mirror: string, inputs: Record<string, string> = {}) {
    return testContext(new ScriptedRunner([]), inputs, {
      platform: {
        os: 'darwin',
        arch: 'x64',
        env: { SETUP_PODMAN_K3D_DOWNLOAD_MIRROR: mirror },
        stateDir: join(directory, 'state'),
        cacheDir: join(directory, 'cache'),
      },
      facts: {},
    });
  }

  it('gives init the file it downloaded into the cache', async () => {
    registry = await startRegistry();
    const context = macContext(registry.mirror);

    await startMachineImageFetch(context, '5.8.5');
    const image = await machineImageForInit(context);

    expect(image).toBe(join(directory, 'cache', 'machine-image', MACHINE_IMAGE_FILE));
    expect(readFileSync(image ?? '', 'utf8')).toBe('disk podman-machine.x86_64.applehv.raw.zst\n');
  });

  it('downloads into the state directory with cache false', async () => {
    registry = await startRegistry();
    const context = macContext(registry.mirror, { cache: 'false' });

    await startMachineImageFetch(context, '5.8.5');

    expect(await machineImageForInit(context)).toBe(join(directory, 'state', 'machine-image', MACHINE_IMAGE_FILE));
  });

  it('leaves the download to init when it fails', async () => {
    registry = await startRegistry({ disks: [disk('aarch64', 'applehv')] });
    const context = macContext(registry.mirror);

    await startMachineImageFetch(context, '5.8.5');
    const image = await machineImageForInit(context);

    expect(image).toBeUndefined();
    expect(context.reporter.lines).toContain(
      'warning: The machine image could not be downloaded ahead, so podman machine init downloads it: ' +
        'quay.io/podman/machine-os:5.8 has no applehv disk for linux/x86_64; it offers applehv for linux/aarch64.',
    );
  });

  it('stops the download when the run ends first', async () => {
    let release = () => {};
    registry = await startRegistry({ holdBlobs: new Promise<void>((resolve) => (release = resolve)) });
    const context = macContext(registry.mirror);

    const imageDirectory = join(directory, 'cache', 'machine-image');

    await startMachineImageFetch(context, '5.8.5');
    await waitFor(() => existsSync(imageDirectory) && readdirSync(imageDirectory).some((name) => name.endsWith('.partial')));
    await settleBackground(context);
    release();

    expect(context.facts.machineImageFile).toBeUndefined();
    expect(readdirSync(imageDirectory)).toEqual([]);
  });

  it('starts nothing for an existing machine', async () => {
    registry = await startRegistry();
    const home = join(directory, 'home');
    mkdirSync(join(home, '.config', 'containers', 'podman', 'machine', 'applehv'), { recursive: true });
    writeFileSync(join(home, '.config', 'containers', 'podman', 'machine', 'applehv', 'podman-machine-default.json'), '{}');
    const context = macContext(registry.mirror);
    context.platform.home = home;

    await startMachineImageFetch(context, '5.8.5');

    expect(context.facts.background).toBeUndefined();
    expect(registry.requests).toEqual([]);
  });

  it('starts nothing on Linux', async () => {
    const context = testContext(new ScriptedRunner([]), {}, { facts: {} });

    await startMachineImageFetch(context, '5.8.5');

    expect(context.facts.background).toBeUndefined();
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
