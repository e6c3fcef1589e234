// Restores the caches before anything is downloaded.

import { restoreCaches } from '../cache.js';
import type { Step } from '../pipeline.js';

export const cacheRestoreStep: Step = {
  id: 'cache',
  title: 'Restore caches',
  deadlineMs: () => 10 * 60_000,
  skipReason: (context) => (context.config.cache ? undefined : 'cache is false'),

  async run(context) {
    const allHit = await restoreCaches(context);
    const hits = Object.entries(context.facts.cacheHits ?? {});
    const detail = hits.map(([id, hit]) => `${id} ${hit ? 'restored' : 'missed'}`).join(', ');
    return { changed: false, detail: allHit ? `all restored (${detail})` : detail || 'nothing to restore' };
  },
};
