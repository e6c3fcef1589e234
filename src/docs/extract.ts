// Finds the runnable shell blocks of a markdown document. Pure: text in, blocks out.

/** Info-string languages whose blocks run as bash scripts. */
const SCRIPT_LANGUAGES = new Set(['bash', 'sh', 'shell']);
/** Transcript blocks: only `$ ` lines are commands; the other lines are expected output. */
const TRANSCRIPT_LANGUAGE = 'console';

const SKIP_MARKER = /^<!--\s*verify-docs:\s*skip\s*-->$/;
const OPENING_FENCE = /^( *)(`{3,}|~{3,})(.*)$/;

export interface DocBlock {
  /** The markdown file as the caller named it. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** First word of the info string, in lower case: bash, sh, shell or console. */
  language: string;
  /** The commands, one a line, as bash reads them. */
  script: string;
  /** True when `<!-- verify-docs: skip -->` is the nearest non-blank line before the fence. */
  skipped: boolean;
}

interface Fence {
  line: number;
  indent: number;
  marker: string;
  info: string;
}

/**
 * Returns the shell blocks of `markdown` in document order: fenced blocks (``` or ~~~, three or more)
 * whose info string starts with bash, sh, shell or console. Other fenced blocks are passed over
 * whole, so a fence shown inside a longer fence is content, not a block. A fence without a closing
 * fence runs to the end of the document, as in CommonMark. A block with no commands is left out.
 *
 * NOTE: a fence may be indented by any number of spaces, so that blocks nested in list items are
 * found, which means an indented code block that shows a fence is read as a fence.
 */
export function extractBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: DocBlock[] = [];
  let previousNonBlank = '';

  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    const fence = parseOpeningFence(text, index + 1);
    if (!fence) {
      if (text.trim() !== '') previousNonBlank = text.trim();
      continue;
    }

    const body: string[] = [];
    let closing = index + 1;
    while (closing < lines.length && !isClosingFence(lines[closing] ?? '', fence.marker)) {
      body.push(removeIndent(lines[closing] ?? '', fence.indent));
      closing += 1;
    }

    const block = toBlock(file, fence, body, SKIP_MARKER.test(previousNonBlank));
    if (block) blocks.push(block);
    index = closing;
    previousNonBlank = (lines[closing] ?? '').trim();
  }
  return blocks;
}

/** Returns the first non-blank line of a block's script, for listing what would run. */
export function firstCommand(block: DocBlock): string {
  return block.script.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

/** Reads the commands of a `console` block: `$ ` lines, each with its `\` continuation lines. */
export function transcriptCommands(body: readonly string[]): string[] {
  const commands: string[] = [];
  for (let index = 0; index < body.length; index += 1) {
    const text = body[index] ?? '';
    if (!text.startsWith('$ ')) continue;

    commands.push(text.slice(2));
    // Bash joins a line that ends in a backslash with the next one, so the lines are kept as they are.
    let current = text;
    while (current.endsWith('\\') && index + 1 < body.length) {
      index += 1;
      current = body[index] ?? '';
      commands.push(current);
    }
  }
  return commands;
}

function toBlock(file: string, fence: Fence, body: readonly string[], skipped: boolean): DocBlock | undefined {
  const language = fence.info.split(/\s+/)[0]?.toLowerCase() ?? '';
  let commands: readonly string[];
  if (SCRIPT_LANGUAGES.has(language)) commands = body;
  else if (language === TRANSCRIPT_LANGUAGE) commands = transcriptCommands(body);
  else return undefined;

  const script = commands.join('\n');
  if (script.trim() === '') return undefined;
  return { file, line: fence.line, language, script: `${script}\n`, skipped };
}

function parseOpeningFence(text: string, line: number): Fence | undefined {
  const match = OPENING_FENCE.exec(text);
  if (!match) return undefined;
  const [, indent = '', marker = '', rest = ''] = match;
  // CommonMark: the info string of a backtick fence cannot contain a backtick (that is inline code).
  if (marker.startsWith('`') && rest.includes('`')) return undefined;
  return { line, indent: indent.length, marker, info: rest.trim() };
}

/** Checks for a closing fence: the opening fence's character, at least as many times, and nothing else. */
function isClosingFence(text: string, openingMarker: string): boolean {
  const trimmed = text.trim();
  const character = openingMarker[0] ?? '`';
  if (trimmed.length < openingMarker.length) return false;
  for (const char of trimmed) if (char !== character) return false;
  return true;
}

/** Removes up to `count` leading spaces, as CommonMark does for the content of an indented fence. */
function removeIndent(text: string, count: number): string {
  let removed = 0;
  while (removed < count && text[removed] === ' ') removed += 1;
  return text.slice(removed);
}
