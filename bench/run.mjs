// Entry of `npm run bench`: registers the TypeScript hooks (bench/ts-hooks.mjs), then runs
// bench/bench.ts. Node 20 cannot load TypeScript by itself.

import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
await import('./bench.ts');
