import { describe, expect, it } from 'vitest';

import { parseConfig } from '../../src/core/config.js';
import { InputErrors } from '../../src/core/errors.js';
import { INPUTS } from '../../src/core/inputs.js';
import { clusterStep } from '../../src/core/steps/cluster.js';
import { ScriptedRunner, testContext } from './support/scripted.js';

// Values a shell would treat as code. Every input either rejects them with a clear error or
// passes them on as one argv element, byte for byte, because no command line is built as a string.
const HOSTILE = [
  'with space',
  `it's "quoted"`,
  'a;rm -rf /',
  '$(touch /tmp/pwned)',
  '`id`',
  'line\nbreak',
  '$HOME',
  'x'.repeat(5000),
  'ünïcödé-名前',
  '--help',
];

/** Inputs whose accepted values are passed to k3d as arguments of their own. */
const PASSED_THROUGH = new Set(['k3d-args', 'k3d-config']);

/** Inputs whose accepted values are only opened as files, never run or passed to a command. */
const FILE_LISTS = new Set(['verify-docs']);

describe('hostile input values', () => {
  for (const input of INPUTS) {
    for (const value of HOSTILE) {
      it(`${input.name} = ${JSON.stringify(value.slice(0, 30))}`, async () => {
        let config;
        try {
          config = parseConfig({ [input.name]: value });
        } catch (error) {
          expect(error).toBeInstanceOf(InputErrors);
          expect((error as Error).message).toContain(`'${input.name}'`);
          return;
        }

        const lines = value.split('\n').map((line) => line.trim()).filter(Boolean);
        if (FILE_LISTS.has(input.name)) {
          expect(config.verifyDocs).toEqual(lines);
          return;
        }

        // Accepted: the value must reach k3d's argv literally, one element per line.
        expect(PASSED_THROUGH.has(input.name), `${input.name} accepted ${JSON.stringify(value)}`).toBe(true);
        const runner = new ScriptedRunner([
          { argv: ['k3d', 'cluster', 'list'], result: { stdout: '[]' } },
          { argv: ['k3d', 'cluster', 'create'], result: {} },
        ]);
        await clusterStep.run(testContext(runner, { [input.name]: value, 'api-port': '6550' }));
        const create = runner.calls.find((call) => call.argv[2] === 'create');
        for (const line of lines) expect(create?.argv).toContain(line);
        expect(config).toBeDefined();
      });
    }
  }
});
