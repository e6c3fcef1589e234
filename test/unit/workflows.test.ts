// The GitHub workflows and action.yml. `npm run lint:workflows` runs actionlint and the checks of
// .github/scripts/lint-workflows.mjs, and must pass. Every workflow must also set top-level
// permissions and a timeout on every job, and pin third-party actions to a full commit SHA with a
// version comment.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKFLOW_DIR = join(ROOT, '.github', 'workflows');
const LINT_SCRIPT = join(ROOT, '.github', 'scripts', 'lint-workflows.mjs');
const WORKFLOW_FILES = readdirSync(WORKFLOW_DIR)
  .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
  .sort();

/** `owner/repo[/path]@<40 hex digits>`: a ref that cannot move, unlike a tag or a branch. */
const PINNED_USES = /^[\w.-]+\/[\w.-]+(\/[^@]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\b/;

interface ParsedWorkflow {
  root: YamlNode | null;
  lines: string[];
  lineOf: (node: YamlNode) => number;
}

function parseWorkflow(text: string): ParsedWorkflow {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  expect(document.errors.map((error) => error.message)).toEqual([]);
  return {
    root: document.contents,
    lines: text.split('\n'),
    lineOf: (node) => (node.range ? lineCounter.linePos(node.range[0]).line : 0),
  };
}

function jobsOf(workflow: ParsedWorkflow): Array<{ id: string; job: YamlNode | null }> {
  const jobs = isMap(workflow.root) ? workflow.root.get('jobs', true) : undefined;
  if (!isMap(jobs)) return [];
  return jobs.items.map((pair) => ({ id: String(isScalar(pair.key) ? pair.key.value : pair.key), job: pair.value as YamlNode | null }));
}

/** Lists the rule violations of one workflow, one message each; an empty list means none. */
function ruleProblems(text: string): string[] {
  const workflow = parseWorkflow(text);
  const problems: string[] = [];
  if (!isMap(workflow.root) || !workflow.root.has('permissions')) problems.push('no top-level permissions');

  const jobs = jobsOf(workflow);
  if (jobs.length === 0) problems.push('no jobs');
  for (const { id, job } of jobs) {
    if (!isMap(job)) {
      problems.push(`job ${id} is not a mapping`);
      continue;
    }
    if (!job.has('timeout-minutes')) problems.push(`job ${id} has no timeout-minutes`);

    const usesNodes: YamlNode[] = [];
    const jobUses = job.get('uses', true);
    if (isScalar(jobUses)) usesNodes.push(jobUses);
    const steps = job.get('steps', true);
    for (const step of isSeq(steps) ? steps.items : []) {
      const stepUses = isMap(step) ? step.get('uses', true) : undefined;
      if (isScalar(stepUses)) usesNodes.push(stepUses);
    }

    for (const node of usesNodes) {
      const uses = String(isScalar(node) ? node.value : '');
      if (uses.startsWith('./') || uses.startsWith('docker://')) continue;
      const line = workflow.lineOf(node);
      if (!PINNED_USES.test(uses)) problems.push(`job ${id}, line ${line}: ${uses} is not pinned to a 40-hex commit SHA`);
      if (!VERSION_COMMENT.test(workflow.lines[line - 1] ?? '')) problems.push(`job ${id}, line ${line}: ${uses} has no "# vX.Y.Z" comment`);
    }
  }
  return problems;
}

function runLintScript(cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [LINT_SCRIPT], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('workflow lint', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'workflow-lint-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Creates a throwaway repository with this action.yml, stub bundles and the given workflow files. */
  function scratchRepo(name: string, workflows: Record<string, string>): string {
    const repo = join(scratch, name);
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    for (const bundle of ['main', 'post']) {
      mkdirSync(join(repo, 'dist', bundle), { recursive: true });
      writeFileSync(join(repo, 'dist', bundle, 'index.js'), '');
    }
    writeFileSync(join(repo, 'action.yml'), readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    for (const [file, text] of Object.entries(workflows)) writeFileSync(join(repo, '.github', 'workflows', file), text);
    return repo;
  }

  it('passes on the repository', { timeout: 90_000 }, () => {
    const result = spawnSync('npm', ['run', '--silent', 'lint:workflows'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain(`no problems in ${WORKFLOW_FILES.length} workflow file(s) and action.yml`);
  });

  it('reports invalid workflows', { timeout: 60_000 }, () => {
    const repo = scratchRepo('invalid', {
      'bad.yml': [
        'name: bad',
        'on: push',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  run:',
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 5',
        '    steps:',
        '      - id: setup',
        '        uses: ./',
        '        with:',
        '          clustr-name: typo',
        '      - run: echo "${{ steps.setup.outputs.kube-config }}"',
        '      - run: echo "${{ secret.TOKEN }}"',
        '',
      ].join('\n'),
    });
    const result = runLintScript(repo);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('.github/workflows/bad.yml:13:11: input "clustr-name" is not defined in action.yml');
    expect(result.stdout).toContain('.github/workflows/bad.yml:14:14: output "kube-config" of step "setup" is not defined in action.yml');
    expect(result.stdout).toMatch(/bad\.yml:15:\d+: undefined variable "secret"/);
  });

  it('reports invalid action metadata', { timeout: 60_000 }, () => {
    const repo = scratchRepo('metadata', {
      'ok.yml': 'name: ok\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: "true"\n',
    });
    const action = readFileSync(join(repo, 'action.yml'), 'utf8');
    writeFileSync(join(repo, 'action.yml'), action.replace('using: node24', 'using: node99'));
    const result = runLintScript(repo);
    expect(result.status, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/^action\.yml:\d+:\d+: runs\.using "node99" is invalid/m);
  });

  it('accepts hosted labels newer than actionlint', { timeout: 60_000 }, () => {
    const labels = ['macos-15-intel', 'macos-26-intel', 'macos-26'];
    const jobs = labels.map((label, index) => `  job${index}:\n    runs-on: ${label}\n    timeout-minutes: 5\n    steps:\n      - run: "true"\n`);
    const repo = scratchRepo('labels', { 'labels.yml': `name: labels\non: push\npermissions: {}\njobs:\n${jobs.join('')}` });
    const result = runLintScript(repo);
    expect(result.stdout).not.toContain('is unknown');
    expect(result.status, result.stdout).toBe(0);
  });
});

describe('workflow rules', () => {
  it('covers ci, e2e and docs', () => {
    expect(WORKFLOW_FILES).toEqual(expect.arrayContaining(['ci.yml', 'docs.yml', 'e2e.yml']));
  });

  it.each(WORKFLOW_FILES)('%s follows the rules', (file) => {
    expect(ruleProblems(readFileSync(join(WORKFLOW_DIR, file), 'utf8'))).toEqual([]);
  });

  it('rule checks catch violations', () => {
    const text = [
      'name: broken',
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v6',
      '      - uses: actions/setup-node@48b55a011bda9f5d6aeb4c2d9c7362e8dae4041e',
      '      - uses: ./',
      '',
    ].join('\n');
    expect(ruleProblems(text)).toEqual([
      'no top-level permissions',
      'job a has no timeout-minutes',
      'job a, line 7: actions/checkout@v6 is not pinned to a 40-hex commit SHA',
      'job a, line 7: actions/checkout@v6 has no "# vX.Y.Z" comment',
      'job a, line 8: actions/setup-node@48b55a011bda9f5d6aeb4c2d9c7362e8dae4041e has no "# vX.Y.Z" comment',
    ]);
  });
});
