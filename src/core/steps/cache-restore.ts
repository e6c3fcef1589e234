// Restores the caches before anything is downloaded: the release downloads at once, the machine
// image and the node images in the background (see restoreCaches).

import { restoreCaches } from '../cache.js';
import type { Step } from '../pipeline.js';

export const cacheRestoreStep: Step = {
  id: 'cache',
  title: 'Restore caches',
  deadlineMs: () => 10 * 60_000,
  skipReason: (context) => (context.config.cache ? undefined : 'cache is false'),

  async run(context) {
    const { background } = await restoreCaches(context);
    const hits = context.facts.cacheHits ?? {};
    const parts = Object.keys(hits)
      .filter((id) => !background.includes(id as never))
      .map((id) => `${id} ${hits[id] ? 'restored' : 'missed'}`);
    if (background.length > 0) parts.push(`${background.join(' and ')} restoring in the background`);
    return { changed: false, detail: parts.join('; ') || 'nothing to restore' };
  },
};
