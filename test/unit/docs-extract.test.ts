import { describe, expect, it } from 'vitest';

import { extractBlocks, firstCommand, transcriptCommands } from '../../src/docs/extract.js';

/** Joins lines with newlines, so each test shows its markdown line by line with known numbers. */
const md = (...lines: string[]): string => lines.join('\n');

describe('extractBlocks', () => {
  it('reads bash, sh and shell blocks', () => {
    const blocks = extractBlocks(
      'docs/x.md',
      md(
        '# Title', // 1
        '', // 2
        '```bash', // 3
        'echo one', // 4
        '```', // 5
        '```sh', // 6
        'echo two', // 7
        '```', // 8
        '```shell', // 9
        'echo three', // 10
        'echo four', // 11
        '```', // 12
      ),
    );
    expect(blocks.map((block) => block.line)).toEqual([3, 6, 9]);
    expect(blocks.map((block) => block.language)).toEqual(['bash', 'sh', 'shell']);
    expect(blocks.map((block) => block.script)).toEqual(['echo one\n', 'echo two\n', 'echo three\necho four\n']);
    expect(blocks.every((block) => block.file === 'docs/x.md')).toBe(true);
    expect(blocks.every((block) => !block.skipped)).toBe(true);
  });

  it('takes the first word of the info string', () => {
    const blocks = extractBlocks('a.md', md('```bash title="check socket"', 'test -S /x', '```', '``` sh', 'true', '```', '```BASH', 'date', '```'));
    expect(blocks.map((block) => block.language)).toEqual(['bash', 'sh', 'bash']);
    expect(blocks[0]?.script).toBe('test -S /x\n');
  });

  it('ignores non-shell blocks', () => {
    const blocks = extractBlocks(
      'a.md',
      md('```yaml', 'run: echo no', '```', '```', 'plain fence', '```', '```bashrc', 'nope', '```', '```ts', 'const x = 1;', '```', '```bash', 'echo yes', '```'),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.script).toBe('echo yes\n');
    expect(blocks[0]?.line).toBe(13);
  });

  it('reads tilde fences and longer fences', () => {
    const blocks = extractBlocks('a.md', md('~~~bash', 'echo tilde', '~~~', '', '`````sh', 'echo five', '```', 'echo still inside', '`````'));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.script).toBe('echo tilde\n');
    expect(blocks[1]?.line).toBe(5);
    expect(blocks[1]?.script).toBe('echo five\n```\necho still inside\n');
  });

  it('closes a fence only with its own character', () => {
    const blocks = extractBlocks('a.md', md('~~~bash', 'echo a', '```', 'echo b', '~~~~'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.script).toBe('echo a\n```\necho b\n');
  });

  it('treats fences nested in a longer fence as content', () => {
    const blocks = extractBlocks(
      'a.md',
      md(
        '````markdown', // 1
        'Example of a doc:', // 2
        '```bash', // 3
        'rm -rf /should-not-run', // 4
        '```', // 5
        '````', // 6
        '```bash', // 7
        'echo after', // 8
        '```', // 9
      ),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.line).toBe(7);
    expect(blocks[0]?.script).toBe('echo after\n');
  });

  it('runs an unclosed fence to the end', () => {
    const blocks = extractBlocks('a.md', md('text', '```bash', 'echo a', 'echo b'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.script).toBe('echo a\necho b\n');
  });

  it('does not open a fence on inline code', () => {
    const blocks = extractBlocks('a.md', md('```bash` is inline', 'echo not a block', '```bash', 'echo block', '```'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.line).toBe(3);
  });

  it('removes the fence indentation from content', () => {
    const blocks = extractBlocks('a.md', md('1. Check:', '', '   ```bash', '   if true; then', '     echo in list', '   fi', '   ```'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.line).toBe(3);
    expect(blocks[0]?.script).toBe('if true; then\n  echo in list\nfi\n');
  });

  it('counts lines across CRLF line endings', () => {
    const blocks = extractBlocks('a.md', 'one\r\ntwo\r\n```bash\r\necho crlf\r\n```\r\n');
    expect(blocks[0]?.line).toBe(3);
    expect(blocks[0]?.script).toBe('echo crlf\n');
  });

  it('leaves out blocks without commands', () => {
    const blocks = extractBlocks('a.md', md('```bash', '', '```', '```console', 'output only', '```'));
    expect(blocks).toEqual([]);
  });

  it('keeps hostile text unchanged', () => {
    const text = `echo "it's \$(whoami); \`id\`" ; printf '%s\\n' "\$HOME" && echo \\\\`;
    const blocks = extractBlocks('a.md', md('```bash', text, '```'));
    expect(blocks[0]?.script).toBe(`${text}\n`);
  });
});

describe('console blocks', () => {
  it('runs only $ lines', () => {
    const blocks = extractBlocks(
      'docs/y.md',
      md(
        'Intro', // 1
        '```console', // 2
        '$ docker version --format json', // 3
        '{"Client":{}}', // 4
        '$ kubectl get nodes', // 5
        'NAME STATUS', // 6
        '# a comment line of output', // 7
        '$not a command', // 8
        '```', // 9
      ),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.line).toBe(2);
    expect(blocks[0]?.language).toBe('console');
    expect(blocks[0]?.script).toBe('docker version --format json\nkubectl get nodes\n');
  });

  it('keeps continuation lines', () => {
    const commands = transcriptCommands(['$ docker run --rm \\', '    --name x \\', '    alpine echo hi', 'hi', '$ echo done', 'done']);
    expect(commands).toEqual(['docker run --rm \\', '    --name x \\', '    alpine echo hi', 'echo done']);
  });

  it('ignores a backslash on an output line', () => {
    const commands = transcriptCommands(['$ echo a', 'C:\\', '$ echo b']);
    expect(commands).toEqual(['echo a', 'echo b']);
  });

  it('ends a continuation at the block end', () => {
    const blocks = extractBlocks('a.md', md('```console', '$ echo a \\', '```', '```bash', 'echo b', '```'));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.script).toBe('echo a \\\n');
    expect(blocks[1]?.script).toBe('echo b\n');
  });
});

describe('skip marker', () => {
  it('marks the next block skipped', () => {
    const blocks = extractBlocks(
      'a.md',
      md(
        '<!-- verify-docs: skip -->', // 1
        '', // 2
        '', // 3
        '```bash', // 4
        'podman machine inspect', // 5
        '```', // 6
        '```bash', // 7
        'echo runs', // 8
        '```', // 9
      ),
    );
    expect(blocks.map((block) => [block.line, block.skipped])).toEqual([
      [4, true],
      [7, false],
    ]);
  });

  it('needs the marker as nearest line', () => {
    const blocks = extractBlocks('a.md', md('<!-- verify-docs: skip -->', 'Some prose.', '```bash', 'echo runs', '```'));
    expect(blocks[0]?.skipped).toBe(false);
  });

  it('accepts spacing variants of the marker', () => {
    const blocks = extractBlocks('a.md', md('  <!--verify-docs:skip-->', '```console', '$ echo x', '```'));
    expect(blocks[0]?.skipped).toBe(true);
  });

  it('stops at an intervening block', () => {
    const blocks = extractBlocks('a.md', md('<!-- verify-docs: skip -->', '```yaml', 'a: 1', '```', '```bash', 'echo runs', '```'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.skipped).toBe(false);
  });

  it('ignores other comments', () => {
    const blocks = extractBlocks('a.md', md('<!-- verify-docs: run -->', '```bash', 'echo runs', '```'));
    expect(blocks[0]?.skipped).toBe(false);
  });
});

describe('firstCommand', () => {
  it('returns the first non-blank line', () => {
    const [block] = extractBlocks('a.md', md('```bash', '', '  docker version', 'kubectl get nodes', '```'));
    expect(block).toBeDefined();
    if (block) expect(firstCommand(block)).toBe('docker version');
  });
});
