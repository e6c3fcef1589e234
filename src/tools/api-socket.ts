// The Docker-compatible API that Podman serves on a unix socket, reached without any CLI.

import { request } from 'node:http';

export type PingResult = { ok: true; server?: string; podmanVersion?: string } | { ok: false; reason: string };

/**
 * Sends `GET /_ping` over the socket; Podman and Docker respond `OK` when the API is serving.
 * Podman also names itself in the `Server` header (`Libpod/5.8.5 (linux)`; Docker Engine sends
 * `Docker/28.5.2 (linux)`), which gives `podmanVersion`.
 */
export function pingSocket(socketPath: string, timeoutMs: number): Promise<PingResult> {
  return new Promise((resolve) => {
    const call = request({ socketPath, path: '/_ping', method: 'GET', timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200 || body.trim() !== 'OK') {
          resolve({ ok: false, reason: `HTTP ${response.statusCode}: ${body.trim().slice(0, 100)}` });
          return;
        }
        const header = response.headers.server;
        const server = Array.isArray(header) ? header[0] : header;
        const podmanVersion = /^Libpod\/(\S+)/.exec(server ?? '')?.[1];
        resolve({ ok: true, server, podmanVersion });
      });
    });
    call.on('timeout', () => {
      call.destroy();
      resolve({ ok: false, reason: `no response within ${timeoutMs} ms` });
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, reason: error.code ?? error.message }));
    call.end();
  });
}

/**
 * Time between pings while waiting. A fresh `podman system service` can respond within a few hundred
 * ms, so a long interval would add idle time, and a ping of a missing socket fails at once.
 */
const WAIT_POLL_INTERVAL_MS = 50;

/** Pings until the API responds or `deadlineMs` passes; returns the last failure reason on timeout. */
export async function waitForSocket(
  socketPath: string,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<PingResult> {
  const end = Date.now() + deadlineMs;
  let last: PingResult = { ok: false, reason: 'not tried' };
  while (Date.now() < end && !signal?.aborted) {
    last = await pingSocket(socketPath, Math.min(5000, Math.max(100, end - Date.now())));
    if (last.ok) return last;
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_INTERVAL_MS));
  }
  return last;
}
