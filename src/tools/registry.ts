// Reads from an OCI distribution registry (the /v2/ HTTP API): manifests by tag or digest, with
// the anonymous Bearer token flow that quay.io and Docker Hub use for public repositories.

import { createHash } from 'node:crypto';

import { SetupError } from '../core/errors.js';
import { mirrored } from './download.js';
import { optionalRecord } from './json.js';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  annotations?: Record<string, string>;
  platform?: { architecture?: string; os?: string };
}

export interface RegistryRepository {
  /** Registry host, for example `quay.io`. */
  host: string;
  /** Repository path, for example `podman/machine-os`. */
  name: string;
  /** Replaces the registry host, as in download.ts; used for mirrors and for tests. */
  mirror?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A session with one repository; it keeps the token of the first 401 challenge. */
export class RegistryClient {
  private token: string | undefined;

  constructor(readonly repository: RegistryRepository) {}

  /** Returns the URL of a blob, for a download that sends authorizationHeaders(). */
  blobUrl(digest: string): string {
    return this.url(`blobs/${digest}`);
  }

  authorizationHeaders(): Record<string, string> {
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }

  /** Fetches an index (manifest list) by tag or digest. */
  async index(reference: string): Promise<{ manifests: Descriptor[] }> {
    const body = await this.manifestBody(reference, [OCI_INDEX, DOCKER_MANIFEST_LIST].join(', '));
    const parsed = parseJson(body, this.describe(reference)) as { manifests?: unknown };
    if (!Array.isArray(parsed.manifests)) {
      throw new SetupError(`${this.describe(reference)} is not an image index: it has no "manifests" list.`);
    }
    return { manifests: parsed.manifests as Descriptor[] };
  }

  /** Fetches an image manifest by digest and checks that its content has that digest. */
  async manifest(digest: string): Promise<{ layers: Descriptor[] }> {
    const body = await this.manifestBody(digest, OCI_MANIFEST);
    const actual = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    if (actual !== digest) {
      throw new SetupError(`The manifest ${this.describe(digest)} has the digest ${actual}, not ${digest}.`, {
        hint: 'Retry the job; if it fails again, the registry or its mirror serves other content than it names.',
      });
    }
    const parsed = parseJson(body, this.describe(digest)) as { layers?: unknown };
    if (!Array.isArray(parsed.layers)) {
      throw new SetupError(`${this.describe(digest)} is not an image manifest: it has no "layers" list.`);
    }
    return { layers: parsed.layers as Descriptor[] };
  }

  private async manifestBody(reference: string, accept: string): Promise<Buffer> {
    const response = await this.get(this.url(`manifests/${reference}`), accept);
    return Buffer.from(await response.arrayBuffer());
  }

  /** GETs a registry URL; on a 401 with a Bearer challenge it fetches an anonymous token once and retries. */
  private async get(url: string, accept: string): Promise<Response> {
    let response = await this.fetch(url, { Accept: accept, ...this.authorizationHeaders() });
    if (response.status === 401 && this.token === undefined) {
      const challenge = parseBearerChallenge(response.headers.get('www-authenticate'));
      await response.body?.cancel();
      if (!challenge) {
        throw new SetupError(`${url} requires authentication with a scheme other than Bearer.`, {
          hint: 'Only public images that allow anonymous pulls are supported here.',
        });
      }
      this.token = await this.fetchToken(challenge);
      response = await this.fetch(url, { Accept: accept, ...this.authorizationHeaders() });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SetupError(`GET ${url} failed: HTTP ${response.status} ${response.statusText}.`, {
        hint: `Check that ${this.repository.host}/${this.repository.name} exists and can be pulled anonymously.`,
      });
    }
    return response;
  }

  private async fetchToken(challenge: BearerChallenge): Promise<string> {
    const realm = new URL(challenge.realm);
    if (challenge.service) realm.searchParams.set('service', challenge.service);
    realm.searchParams.set('scope', challenge.scope ?? `repository:${this.repository.name}:pull`);

    const response = await this.fetch(realm.toString(), { Accept: 'application/json' });
    if (!response.ok) {
      await response.body?.cancel();
      throw new SetupError(`The token request to ${challenge.realm} failed: HTTP ${response.status} ${response.statusText}.`);
    }
    const parsed = parseJson(Buffer.from(await response.arrayBuffer()), `the token from ${challenge.realm}`) as {
      token?: unknown;
      access_token?: unknown;
    };
    const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new SetupError(`The token response of ${challenge.realm} contains no token.`);
    }
    return token;
  }

  private fetch(url: string, headers: Record<string, string>): Promise<Response> {
    const signals = [AbortSignal.timeout(this.repository.timeoutMs)];
    if (this.repository.signal) signals.push(this.repository.signal);
    return fetch(mirrored(url, this.repository.mirror), { headers, signal: AbortSignal.any(signals), redirect: 'follow' });
  }

  private url(path: string): string {
    return `https://${this.repository.host}/v2/${this.repository.name}/${path}`;
  }

  private describe(reference: string): string {
    const separator = reference.startsWith('sha256:') ? '@' : ':';
    return `${this.repository.host}/${this.repository.name}${separator}${reference}`;
  }
}

export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
}

/**
 * Parses `Bearer realm="…",service="…",scope="…"` from a WWW-Authenticate header. Only the Bearer
 * challenge's own parameters count, when the header lists other challenges too.
 */
export function parseBearerChallenge(header: string | null): BearerChallenge | undefined {
  const start = /(?:^|,)\s*Bearer\s+/i.exec(header ?? '');
  if (!start || header === null) return undefined;

  const parameters: Record<string, string> = {};
  const pair = /\s*([a-zA-Z_]+)="([^"]*)"\s*(?:,|$)/y;
  pair.lastIndex = start.index + start[0].length;
  for (let match = pair.exec(header); match; match = pair.exec(header)) {
    if (match[1] && match[2] !== undefined) parameters[match[1].toLowerCase()] = match[2];
  }
  if (!parameters.realm) return undefined;
  return { realm: parameters.realm, service: parameters.service, scope: parameters.scope };
}

function parseJson(body: Buffer, subject: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    // Invalid JSON gets the same message as a JSON value that is not an object.
  }
  const record = optionalRecord(parsed);
  if (!record) throw new SetupError(`${subject} is not a JSON object.`);
  return record;
}
