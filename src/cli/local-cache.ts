// The Cache port for the local runner: the cache directory stays on disk between runs, so a
// restore only reports whether the entry's files are there, and a save has nothing to upload.

import { readdir } from 'node:fs/promises';

import type { Cache } from '../ports.js';

export const localCache: Cache = {
  async restore(paths, key) {
    for (const path of paths) {
      // A hidden file, such as the `.partial` file of an interrupted download, is no entry.
      const names = await readdir(path).catch(() => [] as string[]);
      if (!names.some((name) => !name.startsWith('.'))) return undefined;
    }
    return key;
  },
  async save() {
    return 'saved';
  },
};
