// Environment-doc verification: the shell blocks of markdown files, run against the live setup.
// The CLI's `verify-docs` command and the action's `verify-docs` input both call verifyDocs.

import { readFile } from 'node:fs/promises';

import { InputError, InputErrors } from '../core/errors.js';
import { extractBlocks, type DocBlock } from './extract.js';
import { runBlocks, type BlockResult, type DocsDeps, type RunOptions } from './run.js';

export { extractBlocks, firstCommand, type DocBlock } from './extract.js';
export { blockLocation, DEFAULT_TIMEOUT_MS, runBlocks, type BlockResult, type BlockStatus, type DocsDeps, type RunOptions } from './run.js';
export { summaryRows, type SummaryCell, type SummaryRow } from './summary.js';

export interface LoadedDocs {
  blocks: DocBlock[];
  /** Files that contain no bash, sh, shell or console block. */
  filesWithoutBlocks: string[];
}

export interface VerifyDocsOptions extends RunOptions {
  /** Name of the flag or input that gave the files, for error messages (default `FILE`). */
  inputName?: string;
}

export interface VerifyDocsReport extends LoadedDocs {
  /** False when any block failed or timed out. */
  ok: boolean;
  results: BlockResult[];
}

/**
 * Reads every file and extracts its blocks before anything runs. Raises InputErrors naming each
 * file that cannot be read.
 */
export async function loadDocs(files: readonly string[], inputName = 'FILE'): Promise<LoadedDocs> {
  if (files.length === 0) throw new InputError(inputName, '', 'at least one markdown file');

  const errors: InputError[] = [];
  const blocks: DocBlock[] = [];
  const filesWithoutBlocks: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      errors.push(new InputError(inputName, file, `a readable markdown file (${readFailure(error)})`));
      continue;
    }
    const found = extractBlocks(file, text);
    if (found.length === 0) filesWithoutBlocks.push(file);
    blocks.push(...found);
  }

  if (errors.length > 0) throw new InputErrors(errors);
  return { blocks, filesWithoutBlocks };
}

/** Runs the blocks of `files`, in the order given, and reports each one's result. */
export async function verifyDocs(deps: DocsDeps, files: readonly string[], options: VerifyDocsOptions = {}): Promise<VerifyDocsReport> {
  const loaded = await loadDocs(files, options.inputName);
  const results = await runBlocks(loaded.blocks, deps, options);
  const ok = results.every((result) => result.status === 'passed' || result.status === 'skipped');
  return { ...loaded, ok, results };
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
