// Bundles the three entry points with ncc into dist/main, dist/post and dist/cli.
// Usage: node scripts/build.mjs [OUTPUT_ROOT]   (default: dist; tests build elsewhere to compare)
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRIES = { main: 'src/entry/main.ts', post: 'src/entry/post.ts', cli: 'src/entry/cli.ts' };
const root = process.argv[2] ?? 'dist';

for (const [name, entry] of Object.entries(ENTRIES)) {
  const out = join(root, name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
}

// The CLI bundle must start with a shebang to run as the `setup-podman-k3d` bin.
const cli = join(root, 'cli', 'index.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
