// Release downloads: retried on network errors and HTTP 5xx/429, verified by SHA-256 before the
// file appears at its destination.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { SetupError } from '../core/errors.js';
import type { Reporter } from '../ports.js';

/**
 * A base URL that replaces every download host, for mirrors and for tests that serve release
 * files from 127.0.0.1: `https://github.com/a/b` becomes `$MIRROR/github.com/a/b`.
 */
export const DOWNLOAD_MIRROR_VARIABLE = 'SETUP_PODMAN_K3D_DOWNLOAD_MIRROR';

const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 1000;

export interface DownloadRequest {
  url: string;
  destination: string;
  /** A file in `name  digest` form (sha256sum output) or holding only the digest. */
  checksumUrl?: string;
  /** A digest the caller pinned; used instead of a checksum file. */
  sha256?: string;
  mirror?: string;
  /** The file's name in messages; by default the last part of the URL, which for a registry blob is its digest. */
  name?: string;
  /** Request headers, for example a registry's Authorization. */
  headers?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
}

export function mirrored(url: string, mirror: string | undefined): string {
  if (!mirror) return url;
  const parsed = new URL(url);
  return `${mirror.replace(/\/+$/, '')}/${parsed.host}${parsed.pathname}${parsed.search}`;
}

/** Downloads, verifies and atomically places a file. Returns its SHA-256. */
export async function download(request: DownloadRequest, reporter: Reporter): Promise<string> {
  const fileName = request.name ?? basename(new URL(request.url).pathname);
  const expected = request.sha256 ?? (await expectedDigest(request, fileName, reporter));

  // A file from an earlier run (a restored cache) is used only when it still has the right digest.
  const existing = await sha256OfFile(request.destination);
  if (existing !== undefined && (expected === undefined || existing === expected)) {
    reporter.info(`Using the cached ${fileName} (SHA-256 ${existing}).`);
    return existing;
  }

  await mkdir(dirname(request.destination), { recursive: true });
  const partial = join(
    dirname(request.destination),
    `.${basename(request.destination)}.${randomBytes(6).toString('hex')}.partial`,
  );

  try {
    const actual = await withRetries(mirrored(request.url, request.mirror), request, reporter, (response) =>
      saveAndHash(response, partial),
    );
    if (expected === undefined) {
      reporter.warning(`${fileName}: its publisher gives no checksum to verify against; SHA-256 is ${actual}.`);
    } else if (actual !== expected) {
      throw new SetupError(
        `Checksum mismatch for ${fileName}: expected SHA-256 ${expected}, got ${actual}. Nothing was installed.`,
        { hint: 'Retry the job; if it fails again, the download or its mirror is not what its publisher released.' },
      );
    }
    await rename(partial, request.destination);
    return actual;
  } finally {
    await rm(partial, { force: true });
  }
}

async function expectedDigest(
  request: DownloadRequest,
  fileName: string,
  reporter: Reporter,
): Promise<string | undefined> {
  if (!request.checksumUrl) return undefined;
  const text = await withRetries(mirrored(request.checksumUrl, request.mirror), request, reporter, (response) =>
    response.text(),
  );
  const digest = findDigest(text, fileName);
  if (!digest) {
    throw new SetupError(`No SHA-256 for ${fileName} in ${request.checksumUrl}.`, {
      hint: 'Pin another version, or report the missing checksum to its publisher.',
    });
  }
  return digest;
}

/** Finds the digest for `fileName` in sha256sum output, or the only digest of a one-digest file. */
export function findDigest(text: string, fileName: string): string | undefined {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  for (const line of lines) {
    const match = /^([a-f0-9]{64})\s+\*?(.+)$/i.exec(line);
    if (match?.[2] && basename(match[2].trim()) === fileName) return match[1]?.toLowerCase();
  }
  if (lines.length === 1 && /^[a-f0-9]{64}$/i.test(lines[0] ?? '')) return lines[0]?.toLowerCase();
  return undefined;
}

async function sha256OfFile(path: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

async function saveAndHash(response: Response, path: string): Promise<string> {
  if (!response.body) throw new Error('empty response body');
  const hash = createHash('sha256');
  const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  source.on('data', (chunk: Buffer) => hash.update(chunk));
  await pipeline(source, createWriteStream(path, { mode: 0o600 }));
  return hash.digest('hex');
}

class RetryableError extends Error {}

async function withRetries<T>(
  url: string,
  request: DownloadRequest,
  reporter: Reporter,
  consume: (response: Response) => Promise<T>,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      const signals = [AbortSignal.timeout(request.timeoutMs)];
      if (request.signal) signals.push(request.signal);
      const response = await fetch(url, { headers: request.headers, signal: AbortSignal.any(signals), redirect: 'follow' });
      if (response.status === 429 || response.status >= 500) {
        throw new RetryableError(`HTTP ${response.status} ${response.statusText}`);
      }
      if (!response.ok) {
        throw new SetupError(`Download failed: HTTP ${response.status} ${response.statusText} for ${url}`, {
          hint: 'Check that the version you pinned exists for this platform.',
        });
      }
      return await consume(response);
    } catch (error) {
      if (error instanceof SetupError || request.signal?.aborted) throw error;
      lastError = error;
      if (attempt < ATTEMPTS) {
        const delay = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
        reporter.info(`Download of ${url} failed (${describe(error)}); attempt ${attempt + 1} of ${ATTEMPTS} in ${delay / 1000} s.`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
  throw new SetupError(`Download failed after ${ATTEMPTS} attempts: ${url}: ${describe(lastError)}`, {
    hint: 'Check the network, or set a mirror with ' + DOWNLOAD_MIRROR_VARIABLE + '.',
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
