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
/** The files that hold scenarios: the runtime half, then the cluster half. */
const testFiles = ['scenarios.test.ts', 'cluster-scenarios.test.ts'].map((file) => join(harnessDir, file));

// Each scenario test's name starts with its id and a colon, for example `intel-cold: ...`.
const scenarioFiles = new Map();
for (const testFile of testFiles) {
  for (const match of readFileSync(testFile, 'utf8').matchAll(/\bit\(\s*'([a-z0-9-]+):/g)) {
    if (scenarioFiles.has(match[1])) throw new Error(`Scenario ${match[1]} is defined twice: in ${scenarioFiles.get(match[1])} and ${testFile}`);
    scenarioFiles.set(match[1], testFile);
  }
}
const requested = process.argv[2];
const usage = `Usage: npm run simulate -- SCENARIO\nScenarios: ${[...scenarioFiles.keys()].join(', ')}\n`;

// Without a scenario, or with --help, the usage is what was asked for; an unknown name is an error.
if (!requested || requested === '--help' || requested === '-h') {
  process.stdout.write(usage);
  process.exit(0);
}
if (!scenarioFiles.has(requested)) {
  process.stderr.write(`Unknown scenario: ${requested}\n${usage}`);
  process.exit(2);
}

const vitest = join(repositoryRoot, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', scenarioFiles.get(requested), '-t', `${requested}:`], {
  cwd: repositoryRoot,
  stdio: 'inherit',
  env: { ...process.env, SETUP_PODMAN_K3D_SIMULATE: '1' },
});
process.exit(result.status ?? 1);
