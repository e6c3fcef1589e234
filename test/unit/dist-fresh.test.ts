import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

// Rebuilds the bundles from the sources and compares them with the committed dist/: a change to
// src/ without `npm run build` fails here.
describe('dist', () => {
  const out = mkdtempSync(join(tmpdir(), 'dist-check-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('matches a fresh build of src', { timeout: 180_000 }, () => {
    execFileSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'pipe' });
    for (const bundle of ['main', 'post', 'cli']) {
      const files = readdirSync(join(out, bundle)).sort();
      expect(readdirSync(join('dist', bundle)).sort(), `files of dist/${bundle}`).toEqual(files);
      for (const file of files) {
        const fresh = readFileSync(join(out, bundle, file), 'utf8');
        const committed = readFileSync(join('dist', bundle, file), 'utf8');
        expect(committed === fresh, `dist/${bundle}/${file} is stale: run npm run build`).toBe(true);
      }
    }
  });
});
