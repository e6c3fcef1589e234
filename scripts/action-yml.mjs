// Prints the inputs and outputs sections of action.yml from the tables in src/core/inputs.ts,
// so a new input is declared once. Usage: node scripts/action-yml.mjs > /tmp/sections.yml
// (then paste the output over the inputs and outputs of action.yml)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'inputs-'));
try {
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/core/inputs.ts', '-o', out, '--quiet', '--transpile-only'], { stdio: 'inherit' });
  const { INPUTS, OUTPUTS } = await import(join(out, 'index.js'));
  const quote = (text) => `'${text.replace(/'/g, "''")}'`;
  const lines = ['inputs:'];
  for (const input of INPUTS) {
    lines.push(`  ${input.name}:`, `    description: ${quote(input.description)}`, '    required: false', `    default: ${quote(input.default)}`);
  }
  lines.push('', 'outputs:');
  for (const output of OUTPUTS) lines.push(`  ${output.name}:`, `    description: ${quote(output.description)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
