// `setup-podman-k3d verify-docs FILE...`: runs the shell blocks of environment docs against the
// live setup and prints one line per block.

import { InputError } from '../../core/errors.js';
import { formatDuration } from '../../core/pipeline.js';
import { blockLocation, DEFAULT_TIMEOUT_MS, firstCommand, loadDocs, verifyDocs, type BlockResult, type DocBlock } from '../../docs/index.js';
import type { ParsedArgs } from '../args.js';
import { openSession } from '../session.js';

export const VERIFY_DOCS_FLAGS = { yes: true, timeout: false, json: true } as const;

/** One day, well inside the range of a Node.js timer. */
const MAX_TIMEOUT_SECONDS = 86_400;

export async function verifyDocsCommand(args: ParsedArgs): Promise<number> {
  const settingNames = Object.keys(args.settings);
  if (settingNames.length > 0) {
    throw new InputError(`--${settingNames[0]}`, args.settings[settingNames[0] ?? ''] ?? '', 'only --yes, --timeout and --json with verify-docs');
  }
  const timeoutMs = parseTimeout(args.flags.timeout);
  const json = args.flags.json !== undefined;
  const files = args.positionals;

  const session = openSession({ settings: {}, quiet: true });
  try {
    const { context } = session;
    const loaded = await loadDocs(files);
    for (const file of loaded.filesWithoutBlocks) process.stderr.write(`warning: ${file} has no bash, sh, shell or console block.\n`);

    const toRun = loaded.blocks.filter((block) => !block.skipped);
    if (toRun.length > 0 && !context.platform.isCi && args.flags.yes === undefined) {
      printPlan(loaded.blocks, json);
      process.stderr.write(
        `error: verify-docs would run ${toRun.length} shell block(s) on this machine; pass --yes to run them. ` +
          'In CI (CI=true or GITHUB_ACTIONS=true) they run without --yes.\n',
      );
      return 2;
    }

    const report = await verifyDocs(context, files, {
      timeoutMs,
      onResult: json ? undefined : (result) => process.stdout.write(formatResult(result, timeoutMs)),
    });

    if (json) {
      const blocks = report.results.map((result) => ({
        file: result.block.file,
        line: result.block.line,
        language: result.block.language,
        status: result.status,
        exitCode: result.exitCode ?? null,
        durationMs: Math.round(result.durationMs),
        output: result.outputTail,
      }));
      process.stdout.write(`${JSON.stringify({ ok: report.ok, blocks }, null, 2)}\n`);
    } else {
      process.stdout.write(`${countLine(report.results)}\n`);
    }
    return report.ok ? 0 : 1;
  } finally {
    session.close();
  }
}

/** Formats one result: a mark, file:line, the outcome, and the output tail of a failed block. */
export function formatResult(result: BlockResult, timeoutMs: number): string {
  const location = blockLocation(result.block);
  switch (result.status) {
    case 'passed':
      return `✓ ${location} (${formatDuration(result.durationMs)})\n`;
    case 'skipped':
      return `- ${location} skipped\n`;
    case 'timed out':
      return `✗ ${location} timed out after ${timeoutMs / 1000} s\n${indent(result.outputTail)}`;
    case 'failed':
      return `✗ ${location} exit ${result.exitCode ?? 'unknown'}\n${indent(result.outputTail)}`;
  }
}

function indent(lines: readonly string[]): string {
  return lines.map((line) => `    ${line}\n`).join('');
}

function countLine(results: readonly BlockResult[]): string {
  const counts = new Map<string, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const parts = ['passed', 'failed', 'timed out', 'skipped'].filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${status}`);
  return parts.length === 0 ? 'No blocks to run.' : parts.join(', ');
}

/** Lists what would run: file:line and the first line of each block, and the skipped blocks. */
function printPlan(blocks: readonly DocBlock[], json: boolean): void {
  if (json) {
    const plan = blocks.map((block) => ({ file: block.file, line: block.line, language: block.language, skipped: block.skipped, firstLine: firstCommand(block) }));
    process.stdout.write(`${JSON.stringify({ ok: false, refused: true, blocks: plan }, null, 2)}\n`);
    return;
  }
  process.stdout.write('Would run:\n');
  for (const block of blocks) {
    const location = blockLocation(block);
    process.stdout.write(block.skipped ? `- ${location} skipped\n` : `  ${location}  ${firstCommand(block)}\n`);
  }
}

function parseTimeout(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const text = String(value);
  const seconds = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new InputError('--timeout', text, `a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
  }
  return seconds * 1000;
}
