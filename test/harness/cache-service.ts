// The GitHub Actions cache service on 127.0.0.1, in the form @actions/cache 6.x speaks when
// ACTIONS_CACHE_URL is set and ACTIONS_CACHE_SERVICE_V2 is not (its "v1" protocol, in
// node_modules/@actions/cache/lib/internal/cacheHttpClient.js):
//   GET   _apis/artifactcache/cache?keys=K1,K2&version=V   200 {cacheKey, archiveLocation} or 204
//   POST  _apis/artifactcache/caches {key, version, cacheSize}   201 {cacheId}, 409 when the key exists
//   PATCH _apis/artifactcache/caches/ID  (Content-Range: bytes START-END/*)   one chunk of the archive
//   POST  _apis/artifactcache/caches/ID {size}   commits the entry once every byte arrived
//   GET   archives/ID   the archive (archiveLocation)
// Like the service, a key matches exactly or as a prefix, and only within the same version (a hash
// of the paths and the compression). Entries live in memory for the life of the server.
// NOTE: github.com runners set ACTIONS_CACHE_SERVICE_V2, so @actions/cache speaks its v2 protocol
// (Twirp calls and Azure Blob storage URLs) there. Only the v1 path, which GHES uses, runs here.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheServiceEntry {
  key: string;
  version: string;
  size: number;
  committed: boolean;
}

export interface CacheService {
  /** The value for ACTIONS_CACHE_URL, with the trailing slash that @actions/cache expects. */
  url: string;
  /** Committed entries, oldest first. */
  entries(): CacheServiceEntry[];
  /** Every request, as `METHOD path`, oldest first. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export interface CacheServiceOptions {
  /** Milliseconds to wait before sending an archive, by the entry's key (for the speed benchmark). */
  restoreDelayMs?: (key: string) => number;
  /** Milliseconds to wait before committing an entry, by its key. */
  saveDelayMs?: (key: string) => number;
}

interface StoredEntry extends CacheServiceEntry {
  id: number;
  chunks: Array<{ start: number; data: Buffer }>;
  archive?: Buffer;
}

const API = '/_apis/artifactcache/';
/** The ACTIONS_RUNTIME_TOKEN that runs send; @actions/cache sends it as a Bearer token. */
export const CACHE_SERVICE_TOKEN = 'harness-runtime-token';

export async function startCacheService(options: CacheServiceOptions = {}): Promise<CacheService> {
  const stored: StoredEntry[] = [];
  const requests: string[] = [];
  let url = '';

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${request.method ?? 'GET'} ${path}`);
    handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, { message: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    if (address.pathname.startsWith(API) && request.headers.authorization !== `Bearer ${CACHE_SERVICE_TOKEN}`) {
      return sendJson(response, 401, { message: 'missing or wrong ACTIONS_RUNTIME_TOKEN' });
    }

    if (method === 'GET' && address.pathname === `${API}cache`) {
      const keys = (address.searchParams.get('keys') ?? '').split(',').filter(Boolean);
      const version = address.searchParams.get('version') ?? '';
      const found = lookup(stored, keys, version);
      if (!found) return sendEmpty(response, 204);
      return sendJson(response, 200, { cacheKey: found.key, scope: 'refs/heads/main', archiveLocation: `${url}archives/${found.id}` });
    }

    if (method === 'GET' && address.pathname === `${API}caches`) {
      return sendJson(response, 200, { totalCount: 0, artifactCaches: [] });
    }

    if (method === 'POST' && address.pathname === `${API}caches`) {
      const body = JSON.parse((await readBody(request)).toString('utf8')) as { key: string; version: string };
      if (stored.some((entry) => entry.key === body.key && entry.version === body.version)) {
        return sendJson(response, 409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${body.key}, Version: ${body.version}` });
      }
      const entry: StoredEntry = { id: stored.length + 1, key: body.key, version: body.version, size: 0, committed: false, chunks: [] };
      stored.push(entry);
      return sendJson(response, 201, { cacheId: entry.id });
    }

    const entryMatch = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(address.pathname);
    const entry = entryMatch ? stored.find((candidate) => candidate.id === Number(entryMatch[1])) : undefined;
    if (entryMatch && !entry) return sendJson(response, 404, { message: `No cache entry ${entryMatch[1]}` });

    if (method === 'PATCH' && entry) {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(request.headers['content-range'] ?? '');
      if (!range) return sendJson(response, 400, { message: `invalid Content-Range: ${request.headers['content-range']}` });
      const data = await readBody(request);
      if (data.length !== Number(range[2]) - Number(range[1]) + 1) return sendJson(response, 400, { message: 'chunk length does not match Content-Range' });
      entry.chunks.push({ start: Number(range[1]), data });
      return sendEmpty(response, 204);
    }

    if (method === 'POST' && entry) {
      const { size } = JSON.parse((await readBody(request)).toString('utf8')) as { size: number };
      const archive = assemble(entry.chunks, size);
      if (!archive) return sendJson(response, 400, { message: `the uploaded chunks do not add up to ${size} bytes` });
      await delay(options.saveDelayMs?.(entry.key) ?? 0);
      Object.assign(entry, { archive, size, committed: true, chunks: [] });
      return sendEmpty(response, 204);
    }

    const archiveMatch = /^\/archives\/(\d+)$/.exec(address.pathname);
    const archived = archiveMatch ? stored.find((candidate) => candidate.id === Number(archiveMatch[1]) && candidate.committed) : undefined;
    if (method === 'GET' && archived?.archive) {
      await delay(options.restoreDelayMs?.(archived.key) ?? 0);
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': archived.archive.length });
      response.end(archived.archive);
      return;
    }

    sendJson(response, 404, { message: `no route for ${method} ${address.pathname}` });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url,
    requests,
    entries: () => stored.filter((entry) => entry.committed).map(({ key, version, size, committed }) => ({ key, version, size, committed })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Finds the newest committed entry of `version` whose key equals a key, else starts with one, in key order. */
function lookup(stored: StoredEntry[], keys: string[], version: string): StoredEntry | undefined {
  const candidates = stored.filter((entry) => entry.committed && entry.version === version).reverse();
  for (const key of keys) {
    const found = candidates.find((entry) => entry.key === key) ?? candidates.find((entry) => entry.key.startsWith(key));
    if (found) return found;
  }
  return undefined;
}

/** Joins the chunks when they cover 0..size-1 without a gap; undefined otherwise. */
function assemble(chunks: Array<{ start: number; data: Buffer }>, size: number): Buffer | undefined {
  const archive = Buffer.alloc(size);
  let covered = 0;
  for (const chunk of [...chunks].sort((a, b) => a.start - b.start)) {
    if (chunk.start !== covered || chunk.start + chunk.data.length > size) return undefined;
    chunk.data.copy(archive, chunk.start);
    covered += chunk.data.length;
  }
  return covered === size ? archive : undefined;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

function sendEmpty(response: ServerResponse, status: number): void {
  response.writeHead(status);
  response.end();
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
