// Versions of the tools on PATH, remembered between runs by the binary's real path, size and
// modification time. A run that finds everything in place then starts no tool only to ask for its
// version. An upgraded or replaced binary has another path, size or time, so it is asked again.
// Scripts are always asked: a version manager's shim (asdf, mise) or a wrapper such as
// podman-docker's `docker` stays the same file while the program it runs changes.

import { open, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { SetupContext } from './context.js';
import { writeFileAtomic } from './files.js';
import { optionalRecord } from '../tools/json.js';

const FILE_NAME = 'tool-versions.json';

/** The versions file of each context, read once; several tools update it at the same time. */
const loaded = new WeakMap<SetupContext, Promise<Record<string, string>>>();
/** The last write of each context's file, so writes happen one after another and the last has every entry. */
const writes = new WeakMap<SetupContext, Promise<void>>();

/**
 * Returns the version of `tool` on PATH: the remembered one when the binary is unchanged, else
 * what `query` reports, which is then remembered. Undefined when the tool is not on PATH.
 */
export async function toolVersion(
  context: SetupContext,
  tool: string,
  query: () => Promise<string | undefined>,
): Promise<string | undefined> {
  const path = await context.runner.which(tool);
  if (!path) return undefined;
  const identity = await binaryIdentity(tool, path);
  if (!identity) return query();

  const versions = await versionsOf(context);
  const remembered = versions[identity];
  if (remembered) return remembered;

  const version = await query();
  if (version && !context.runner.dryRun) {
    versions[identity] = version;
    // Losing the file only costs the next run one version query, so a failed write is ignored.
    const file = join(context.platform.stateDir, FILE_NAME);
    const write = (writes.get(context) ?? Promise.resolve()).then(() =>
      writeFileAtomic(file, `${JSON.stringify(versions, null, 2)}\n`, 0o600).catch(() => undefined),
    );
    writes.set(context, write);
    await write;
  }
  return version;
}

/**
 * Names a binary by its resolved path, size and modification time. Undefined for a script (it
 * starts with `#!`) and for a file that cannot be read.
 */
async function binaryIdentity(tool: string, path: string): Promise<string | undefined> {
  try {
    const target = await realpath(path);
    const info = await stat(target);
    if (await isScript(target)) return undefined;
    return `${tool} ${target} ${info.size} ${Math.round(info.mtimeMs)}`;
  } catch {
    return undefined;
  }
}

async function isScript(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer.toString('latin1') === '#!';
  } finally {
    await file.close();
  }
}

function versionsOf(context: SetupContext): Promise<Record<string, string>> {
  let versions = loaded.get(context);
  if (!versions) {
    versions = readFile(join(context.platform.stateDir, FILE_NAME), 'utf8').then(
      (text) => parseVersions(text),
      () => ({}),
    );
    loaded.set(context, versions);
  }
  return versions;
}

/** Reads the versions file; a damaged file counts as empty, so each tool is asked again. */
function parseVersions(text: string): Record<string, string> {
  let parsed: Record<string, unknown> | undefined;
  try {
    parsed = optionalRecord(JSON.parse(text));
  } catch {
    return {};
  }
  return Object.fromEntries(Object.entries(parsed ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
