import { describe, expect, it } from 'vitest';

import { awaitBackground } from '../../src/core/background.js';
import { CLUSTER_TOOLS, installStep } from '../../src/core/steps/install.js';
import { ScriptedRunner, testContext } from './support/scripted.js';

/** Version outputs of tools that satisfy every plan, so nothing is installed. */
const INSTALLED = [
  { argv: ['docker', '--version'], result: { stdout: 'Docker version 28.5.2, build ecc6942\n' } },
  { argv: ['podman', '--version'], result: { stdout: 'podman version 5.8.5\n' } },
  { argv: ['k3d', 'version', '-o', 'json'], result: { stdout: '{"k3d":"v5.8.3","k3s":"v1.31.5-k3s1"}\n' } },
  { argv: ['kubectl', 'version', '--client', '-o', 'json'], result: { stdout: '{"clientVersion":{"gitVersion":"v1.33.4"}}\n' } },
];

describe('install step checks', () => {
  it('checks each installed tool once', async () => {
    const runner = new ScriptedRunner(INSTALLED);
    const context = testContext(runner, {});

    const outcome = await installStep.run(context);
    await awaitBackground(context, CLUSTER_TOOLS);

    expect(outcome.changed).toBe(false);
    expect(runner.commands().sort()).toEqual([
      'docker --version',
      'k3d version -o json',
      'kubectl version --client -o json',
      'podman --version',
    ]);
    expect(context.facts.versions).toEqual({ docker: '28.5.2', podman: '5.8.5', k3d: '5.8.3', kubectl: '1.33.4' });
  });
});
