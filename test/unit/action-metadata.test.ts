import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { INPUTS, OUTPUTS } from '../../src/core/inputs.js';
import { outputsFrom } from '../../src/core/up.js';

interface ActionMetadata {
  runs: { using: string; main: string; post: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionMetadata;
const readme = readFileSync('README.md', 'utf8');

describe('action.yml', () => {
  it('runs the bundles on node24 with a post step', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' });
  });

  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(INPUTS.map((input) => input.name).sort());
  });

  it.each(INPUTS.map((input) => [input.name, input] as const))('declares input %s with its default', (name, input) => {
    expect(action.inputs[name]?.default ?? '').toBe(input.default);
    expect(action.inputs[name]?.description).toBe(input.description);
  });

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(OUTPUTS.map((output) => output.name).sort());
    const everyFact = outputsFrom({
      dockerHost: 'unix:///s',
      socketPath: '/s',
      machineProvider: 'native',
      versions: { podman: '5.8.5', k3d: 'v5.8.3' },
      cluster: { name: 'c', kubeconfigPath: '/k', apiServer: 'https://127.0.0.1:1', k3sVersion: 'v1' },
      diagnosticsFile: '/d',
      cacheHits: { downloads: true },
    });
    expect(Object.keys(everyFact).sort()).toEqual(OUTPUTS.map((output) => output.name).sort());
  });
});

describe('README', () => {
  it.each(INPUTS.map((input) => input.name))('documents input %s', (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it.each(OUTPUTS.map((output) => output.name))('documents output %s', (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it('documents nothing that action.yml does not declare', () => {
    const documented = [...readme.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);
    const declared = new Set([...Object.keys(action.inputs), ...Object.keys(action.outputs)]);
    expect(documented.filter((name) => !declared.has(name ?? ''))).toEqual([]);
  });
});
