// The Platform port on the running Node process.

import { statfs } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Platform } from '../ports.js';

export interface PlatformDirectories {
  stateDir: string;
  toolDir: string;
  cacheDir: string;
}

export function processPlatform(directories: PlatformDirectories): Platform {
  return {
    os: process.platform,
    arch: process.arch,
    env: process.env,
    home: homedir(),
    tmpDir: process.env.TMPDIR || tmpdir(),
    stateDir: directories.stateDir,
    toolDir: directories.toolDir,
    cacheDir: directories.cacheDir,
    uid: process.getuid?.() ?? 0,
    isCi: process.env.CI === 'true' || process.env.GITHUB_ACTIONS === 'true',
    async freeBytes(path) {
      const stats = await statfs(path);
      return stats.bavail * stats.bsize;
    },
    kill(pid, signal) {
      try {
        process.kill(pid, signal);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Returns the user's cache directory for this tool: ~/Library/Caches on macOS, $XDG_CACHE_HOME or
 * ~/.cache elsewhere.
 */
export function userCacheDir(): string {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'setup-podman-k3d');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'setup-podman-k3d');
}
