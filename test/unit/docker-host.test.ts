// The DOCKER_HOST step's proof against an API socket served in this process: the ping must come
// from Podman, and `docker ps` through DOCKER_HOST must succeed.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dockerHostStep } from '../../src/core/steps/docker-host.js';
import { ScriptedRunner, testContext } from './support/scripted.js';

let directory: string;
let server: Server | undefined;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'docker-host-'));
});

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  rmSync(directory, { recursive: true, force: true });
});

/** Serves `GET /_ping` on a unix socket with the `Server` header that Podman or Docker sends. */
async function serveApi(serverHeader: string): Promise<string> {
  const socketPath = join(directory, 'api.sock');
  server = createServer((request, response) => {
    if (request.url === '/_ping') {
      response.writeHead(200, { Server: serverHeader, 'Content-Type': 'text/plain' });
      response.end('OK');
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server?.listen(socketPath, resolve));
  return socketPath;
}

function context(socketPath: string, dockerPs: { exitCode: number; stderr?: string }) {
  const runner = new ScriptedRunner([{ argv: ['docker', 'ps', '--quiet', '--latest'], result: dockerPs }]);
  const setup = testContext(runner, {}, { facts: { socketPath, versions: { docker: '28.5.2' } } });
  return { setup, runner };
}

describe('DOCKER_HOST step', () => {
  it('names the Podman that the ping reports', async () => {
    const socketPath = await serveApi('Libpod/5.8.5 (linux)');
    const { setup, runner } = context(socketPath, { exitCode: 0 });

    const outcome = await dockerHostStep.run(setup);

    expect(outcome.detail).toBe(`DOCKER_HOST=unix://${socketPath}; docker 28.5.2 reaches Podman 5.8.5`);
    expect(setup.environment.variables.DOCKER_HOST).toBe(`unix://${socketPath}`);
    expect(runner.calls[0]?.env).toEqual({ DOCKER_HOST: `unix://${socketPath}`, DOCKER_CONTEXT: undefined });
  });

  it('rejects a socket that Docker Engine serves', async () => {
    const socketPath = await serveApi('Docker/28.5.2 (linux)');
    const { setup, runner } = context(socketPath, { exitCode: 0 });

    await expect(dockerHostStep.run(setup)).rejects.toThrow(
      `DOCKER_HOST=unix://${socketPath} reaches a server that is not Podman (Server: Docker/28.5.2 (linux)).`,
    );
    expect(runner.calls).toEqual([]);
  });

  it('quotes the Docker CLI when it cannot connect', async () => {
    const socketPath = await serveApi('Libpod/5.8.5 (linux)');
    const stderr = 'Cannot connect to the Docker daemon at unix:///elsewhere.sock. Is the docker daemon running?';
    const { setup } = context(socketPath, { exitCode: 1, stderr });

    await expect(dockerHostStep.run(setup)).rejects.toThrow(`The Docker CLI cannot reach Podman through DOCKER_HOST=unix://${socketPath}: ${stderr}`);
  });

  it('reports a socket that does not respond', async () => {
    const socketPath = join(directory, 'missing.sock');
    const { setup } = context(socketPath, { exitCode: 0 });

    await expect(dockerHostStep.run(setup)).rejects.toThrow(`The Podman API at ${socketPath} does not respond (ENOENT).`);
  });
});
