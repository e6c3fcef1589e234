// Quoting for the shells whose export lines `env` prints.

export type ShellName = 'bash' | 'zsh' | 'fish';
export const SHELLS: readonly ShellName[] = ['bash', 'zsh', 'fish'];

/** Single-quotes a value so every shell named here takes it literally. */
export function quoteForShell(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function formatArgvForShell(argv: readonly string[]): string {
  return argv.map(quoteForShell).join(' ');
}

/** Returns one line that sets and exports a variable in the given shell. */
export function exportLine(shell: ShellName, name: string, value: string): string {
  if (shell === 'fish') return `set -gx ${name} ${quoteFish(value)};`;
  return `export ${name}=${quoteForShell(value)}`;
}

/** fish takes no '\'' sequence inside single quotes; it escapes ' and \ with a backslash. */
function quoteFish(value: string): string {
  return `'${value.replace(/[\\']/g, (character) => `\\${character}`)}'`;
}
