// A marked block of export lines in a shell's rc file: replaced in place when present, appended
// when not, and the file left untouched when the block already has the same lines.

import { copyFile, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { writeFileAtomic } from '../core/files.js';
import type { ShellName } from './shell.js';

export const BLOCK_START = '# >>> setup-podman-k3d >>>';
export const BLOCK_END = '# <<< setup-podman-k3d <<<';
const BLOCK_NOTE = '# Written by `setup-podman-k3d env --persist`; run it again to update this block.';

/** Returns the rc file each shell reads for interactive sessions. */
export function defaultRcFile(shell: ShellName, env: NodeJS.ProcessEnv, home = homedir()): string {
  if (shell === 'zsh') return join(env.ZDOTDIR || home, '.zshrc');
  if (shell === 'fish') return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'fish', 'config.fish');
  return join(home, '.bashrc');
}

/** Returns `content` with the block set to `lines`, replacing an existing block. */
export function withBlock(content: string, lines: readonly string[]): string {
  const block = [BLOCK_START, BLOCK_NOTE, ...lines, BLOCK_END].join('\n');
  const start = content.indexOf(BLOCK_START);
  const end = content.indexOf(BLOCK_END, start);
  if (start !== -1 && end !== -1) {
    return content.slice(0, start) + block + content.slice(end + BLOCK_END.length);
  }
  const separator = content === '' || content.endsWith('\n\n') ? '' : content.endsWith('\n') ? '\n' : '\n\n';
  return `${content}${separator}${block}\n`;
}

export type PersistResult = { changed: false } | { changed: true; backup: string | undefined };

/**
 * Writes the block into `path` atomically, keeping the file's mode. The previous content goes to
 * `PATH.setup-podman-k3d.bak` first, so the user can restore it.
 */
export async function persistBlock(path: string, lines: readonly string[]): Promise<PersistResult> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const updated = withBlock(existing ?? '', lines);
  if (updated === existing) return { changed: false };

  let backup: string | undefined;
  let mode = 0o644;
  if (existing !== undefined) {
    backup = `${path}.setup-podman-k3d.bak`;
    await copyFile(path, backup);
    mode = (await stat(path)).mode & 0o777;
  }
  await writeFileAtomic(path, updated, mode);
  return { changed: true, backup };
}
