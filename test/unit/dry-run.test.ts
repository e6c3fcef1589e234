import { describe, expect, it } from 'vitest';

import { DryRunRunner } from '../../src/adapters/dry-run-runner.js';
import { ScriptedRunner } from './support/scripted.js';

describe('DryRunRunner', () => {
  it('runs read-only commands and prints the others', async () => {
    const inner = new ScriptedRunner([{ argv: [], result: { stdout: 'real output' } }]);
    const printed: string[] = [];
    const runner = new DryRunRunner(inner, (line) => printed.push(line));

    const read = await runner.run({ argv: ['podman', 'machine', 'list'], timeoutMs: 1000, readOnly: true });
    const write = await runner.run({ argv: ['podman', 'machine', 'init', 'my machine'], timeoutMs: 1000, env: { A: '1' } });

    expect(read.stdout).toBe('real output');
    expect(write).toMatchObject({ exitCode: 0, stdout: '' });
    expect(inner.commands()).toEqual(['podman machine list']);
    expect(printed).toEqual(["[dry run] would run: A=1 podman machine init 'my machine'"]);
  });

  it('prints a detached start without starting it', async () => {
    const inner = new ScriptedRunner([]);
    const printed: string[] = [];
    const runner = new DryRunRunner(inner, (line) => printed.push(line));
    expect(await runner.spawnDetached({ argv: ['podman', 'system', 'service', '--time=0'], logFile: '/tmp/x.log' })).toBe(0);
    expect(printed[0]).toBe('[dry run] would start in the background: podman system service --time=0 (log /tmp/x.log)');
  });
});
