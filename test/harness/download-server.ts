// A static HTTP server on 127.0.0.1 that takes the place of the release hosts. The product fetches
// `https://HOST/PATH` from `$SETUP_PODMAN_K3D_DOWNLOAD_MIRROR/HOST/PATH`, so a root directory laid
// out as `<tree>/<host>/<path>` serves one or more release trees, each under its own mirror URL
// (`http://127.0.0.1:PORT/<tree>`). It runs inside the test process; close() stops it. For the
// speed benchmark it can delay each response by its path and pace file bodies (ThrottleOptions).

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { Transform } from 'node:stream';

export interface ServedRequest {
  method: string;
  /** The decoded request path, `/<tree>/<host>/<path>`. */
  path: string;
  status: number;
}

export interface DownloadServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** The mirror URL of one release tree under the root directory. */
  mirror(tree: string): string;
  /** Every request served so far, oldest first. */
  readonly requests: readonly ServedRequest[];
  close(): Promise<void>;
}

/** Slow-network settings; without them every file is served at once at full speed. */
export interface ThrottleOptions {
  /** Milliseconds to wait before responding to a request, by its decoded path (`/<tree>/<host>/<path>`). */
  delayMs?: (path: string) => number;
  /** Bytes per second at which a file's body is sent. */
  bytesPerSecond?: number;
}

/** Starts serving files under `root` on 127.0.0.1 on a free port. */
export async function startDownloadServer(root: string, throttle: ThrottleOptions = {}): Promise<DownloadServer> {
  if (throttle.bytesPerSecond !== undefined && !(throttle.bytesPerSecond > 0)) {
    throw new Error(`bytesPerSecond must be a positive number, not ${throttle.bytesPerSecond}`);
  }
  const base = resolve(root);
  const requests: ServedRequest[] = [];

  const server = createServer((request, response) => {
    // Recorded when the status is written, before the body: a client that has read the whole
    // response then always finds its request in the list.
    const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
    (response as { writeHead: typeof writeHead }).writeHead = (status: number, ...rest: unknown[]) => {
      requests.push({ method: request.method ?? 'GET', path: decodedPath(request), status });
      return writeHead(status, ...rest);
    };
    const delay = throttle.delayMs?.(decodedPath(request)) ?? 0;
    const waited = delay > 0 ? new Promise((resolveDelay) => setTimeout(resolveDelay, delay)) : Promise.resolve();
    waited
      .then(() => serveFile(base, request, response, throttle.bytesPerSecond))
      .catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    mirror: (tree) => `${url}/${tree}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
      }),
  };
}

async function serveFile(base: string, request: IncomingMessage, response: ServerResponse, bytesPerSecond?: number): Promise<number> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, 'Method Not Allowed');

  const file = resolve(base, `.${decodedPath(request)}`);
  // A path with `..` that leaves the root gets 404, like any other file that is not there.
  if (!file.startsWith(base + sep)) return reply(response, 404, 'Not Found');

  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return reply(response, 404, 'Not Found');

  response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': info.size });
  if (request.method === 'HEAD') {
    response.end();
    return 200;
  }
  await new Promise<void>((resolveStream, rejectStream) => {
    const stream = createReadStream(file);
    stream.once('error', rejectStream);
    response.once('finish', resolveStream);
    if (bytesPerSecond === undefined) stream.pipe(response);
    else stream.pipe(paced(bytesPerSecond)).pipe(response);
  });
  return 200;
}

/** Passes each chunk on after the time it takes at `bytesPerSecond`. */
function paced(bytesPerSecond: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      setTimeout(() => callback(null, chunk), (chunk.length / bytesPerSecond) * 1000);
    },
  });
}

function reply(response: ServerResponse, status: number, text: string): number {
  response.writeHead(status, { 'Content-Type': 'text/plain' });
  response.end(`${text}\n`);
  return status;
}

function decodedPath(request: IncomingMessage): string {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
