// Small helpers shared by the k3d stand-in's commands.

import { createServer } from 'node:net';

/** Returns a free TCP port on `host` (by binding port 0 once), like k3d's GetFreePort; callers probe on 127.0.0.1. */
export function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Writes rows as liggitt/tabwriter does for k3d: each column padded to its widest cell plus 3 spaces. */
export function printTable(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  for (const row of rows) {
    const line = row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] + 3))).join('');
    process.stdout.write(`${line}\n`);
  }
}

/** Exits 0 when the reader of stdout goes away (`| head`) instead of crashing with a stack trace. */
export function exitQuietlyOnClosedStdout() {
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
