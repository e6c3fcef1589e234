#!/usr/bin/env node
// Runs one scenario of the simulated macOS runner and prints what a user would see on the real
// runner: main's and post's log, the outputs, GITHUB_ENV, GITHUB_PATH, the step summary and each
// fake tool call. The scenario's files stay in a temp directory, whose path is printed at the end.
// Usage: npm run simulate -- SCENARIO   (without SCENARIO it lists the scenarios)

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const harnessDir = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = join(harnessDir, '..', '..');
const testFile = join(harnessDir, 'scenarios.test.ts');

// Each scenario test's name starts with its id and a colon, for example `intel-cold: ...`.
const scenarios = [...readFileSync(testFile, 'utf8').matchAll(/\bit\(\s*'([a-z0-9-]+):/g)].map((match) => match[1]);
const requested = process.argv[2];

if (!requested || !scenarios.includes(requested)) {
  if (requested) process.stderr.write(`Unknown scenario: ${requested}\n`);
  process.stderr.write(`Usage: npm run simulate -- SCENARIO\nScenarios: ${scenarios.join(', ')}\n`);
  process.exit(requested ? 2 : 1);
}

const vitest = join(repositoryRoot, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', testFile, '-t', `${requested}:`], {
  cwd: repositoryRoot,
  stdio: 'inherit',
  env: { ...process.env, SETUP_PODMAN_K3D_SIMULATE: '1' },
});
process.exit(result.status ?? 1);
