// Bundles the three entry points with ncc into dist/main, dist/post and dist/cli.
// Usage: node scripts/build.mjs [OUTPUT_ROOT]   (default: dist; tests build elsewhere to compare)
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRIES = { main: 'src/entry/main.ts', post: 'src/entry/post.ts', cli: 'src/entry/cli.ts' };
const root = process.argv[2] ?? 'dist';
mkdirSync(root, { recursive: true });

// Each bundle is built beside its target and swapped in with renames, so a test that runs
// dist/ while a build is under way finds the old bundle or the new one, never none.
const staging = mkdtempSync(join(root, '.build-'));
try {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const out = join(staging, name);
    execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], {
      stdio: 'inherit',
    });
  }

  // The CLI bundle must start with a shebang to run as the `setup-podman-k3d` bin.
  const cli = join(staging, 'cli', 'index.js');
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);

  for (const name of Object.keys(ENTRIES)) {
    const target = join(root, name);
    const previous = join(staging, `${name}.previous`);
    try {
      renameSync(target, previous);
    } catch {
      // No earlier bundle to replace.
    }
    renameSync(join(staging, name), target);
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
