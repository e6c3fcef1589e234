// `setup-podman-k3d status`: one line per link with its state and, for a broken link, the fix.
// It changes nothing; its exit code is 0 only when every link holds.

import { collectStatus, type LinkStatus } from '../../core/status.js';
import type { ParsedArgs } from '../args.js';
import { openSession } from '../session.js';
import { readLocalState } from '../state.js';

export const STATUS_FLAGS = { json: true } as const;

export async function statusCommand(args: ParsedArgs): Promise<number> {
  const session = openSession({ settings: args.settings, quiet: true });
  try {
    const saved = await readLocalState(session.stateDir);
    const clusterName = args.settings['cluster-name'] ? session.config.clusterName : saved?.clusterName;
    const links = await collectStatus(session.context, { clusterName, kubeconfig: saved?.kubeconfig });
    const healthy = links.every((link) => link.state !== 'broken');

    if (args.flags.json !== undefined) {
      process.stdout.write(`${JSON.stringify({ healthy, links }, null, 2)}\n`);
    } else {
      process.stdout.write(formatTable(links));
    }
    return healthy ? 0 : 1;
  } finally {
    session.close();
  }
}

export function formatTable(links: LinkStatus[]): string {
  const width = Math.max(...links.map((link) => link.link.length));
  const mark = { ok: '✓', broken: '✗', 'not applicable': '-' } as const;
  const lines = links.map((link) => {
    const fix = link.state === 'broken' && link.fix ? `\n  ${' '.repeat(width)}   fix: ${link.fix}` : '';
    return `${mark[link.state]} ${link.link.padEnd(width)}  ${link.detail}${fix}`;
  });
  return `${lines.join('\n')}\n`;
}
