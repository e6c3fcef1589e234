// JSONPath templates of the kubectl stand-in, for `-o jsonpath=TEMPLATE` and `--sort-by`. They
// follow client-go v0.33's util/jsonpath with missing keys allowed, as kubectl's printers and sorter
// use it. Text outside braces is printed as is. Inside braces go `.field` (`\.` escapes a dot, `*`
// is every value), `['key']`, `[N]`, `[-N]`, `[start:end]`, `[*]`, filters such as
// `[?(@.type=="Ready")]` with == != < > <= >= or a bare path for "exists", numbers, quoted strings
// (`{"\n"}`), and `{range EXPR}`...`{end}`. A missing key gives no value, an index out of range
// fails. Not supported, and rejected with a message naming the stand-in: recursive descent (`..`)
// and unions (`[0,1]`).

/** An error of the template, with client-go's wording. */
export class JsonPathError extends Error {}

const TERMINATORS = new Set([' ', '\t', '\r', '\n', '.', ',', '[', ']', '$', '@', '{', '}']);
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/;

/** Decodes a quoted string as Go's strconv.Unquote does, also for single quotes. */
function unquote(quoted) {
  const quote = quoted[0];
  const body = quoted.slice(1, -1);
  const escapes = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v', '/': '/' };
  let text = '';
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char !== '\\') {
      text += char;
      continue;
    }
    const next = body[(index += 1)];
    if (next === 'u' || next === 'x') {
      const width = next === 'u' ? 4 : 2;
      const hex = body.slice(index + 1, index + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new JsonPathError(`unquote string ${quoted} error invalid syntax`);
      text += String.fromCharCode(parseInt(hex, 16));
      index += width;
    } else if (next in escapes && (next !== "'" || quote === "'") && (next !== '"' || quote === '"')) {
      text += escapes[next];
    } else {
      throw new JsonPathError(`unquote string ${quoted} error invalid syntax`);
    }
  }
  return text;
}

/** Parses the inside of one `{...}` into client-go's node list: fields, arrays, filters, texts, numbers, identifiers. */
function parseAction(text) {
  const nodes = [];
  let position = 0;
  while (position < text.length) {
    const rest = text.slice(position);
    const char = text[position];
    if (rest.startsWith('[?(')) {
      position = parseFilter(text, position, nodes);
    } else if (rest.startsWith('..')) {
      throw new JsonPathError('the kubectl stand-in does not support recursive descent (..) in jsonpath');
    } else if (char === ' ' || char === '@' || char === '$') {
      position += 1;
    } else if (char === '\r' || char === '\n') {
      throw new JsonPathError('unclosed action');
    } else if (char === '[') {
      const close = text.indexOf(']', position);
      if (close === -1) throw new JsonPathError('unterminated array');
      nodes.push(...parseArray(text.slice(position + 1, close)));
      position = close + 1;
    } else if (char === '"' || char === "'") {
      let end = position + 1;
      while (end < text.length && !(text[end] === char && text[end - 1] !== '\\')) end += 1;
      if (end >= text.length) throw new JsonPathError('unterminated quoted string');
      nodes.push({ kind: 'text', text: unquote(text.slice(position, end + 1)) });
      position = end + 1;
    } else if (char === '.') {
      let end = position + 1;
      while (end < text.length && !TERMINATORS.has(text[end])) end += text[end] === '\\' ? 2 : 1;
      const name = text.slice(position + 1, end);
      nodes.push(name === '*' ? { kind: 'wildcard' } : { kind: 'field', name: name.replace(/\\/g, '') });
      position = end;
    } else if (/[-+\d]/.test(char)) {
      const match = /^[-+]?[\d.]*/.exec(rest)?.[0] ?? '';
      const value = Number(match);
      if (match === '' || Number.isNaN(value)) throw new JsonPathError(`cannot parse number ${match}`);
      nodes.push({ kind: 'number', value });
      position += match.length;
    } else if (/[\p{L}\p{N}_]/u.test(char)) {
      let end = position;
      while (end < text.length && !TERMINATORS.has(text[end])) end += 1;
      const name = text.slice(position, end);
      nodes.push(name === 'true' || name === 'false' ? { kind: 'bool', value: name === 'true' } : { kind: 'identifier', name });
      position = end;
    } else {
      const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      throw new JsonPathError(`unrecognized character in action: U+${code} '${char}'`);
    }
  }
  return nodes;
}

/** Parses the inside of `[...]`: `*`, `'key'`, an index or a slice. */
function parseArray(inside) {
  const text = inside === '*' ? ':' : inside;
  if (text.includes(',')) throw new JsonPathError('the kubectl stand-in does not support unions ([a,b]) in jsonpath');
  const key = /^'([^']*)'$/.exec(text);
  if (key) return parseAction(`.${key[1]}`);
  const slice = SLICE.exec(text);
  if (!slice) throw new JsonPathError(`invalid array index ${text}`);
  const [, start, end] = slice;
  const params = [start, end?.slice(1)].map((part) => (part === undefined || part === '' ? undefined : Number(part)));
  // `[N]` selects one element: its end is derived as N+1.
  if (end === undefined && params[0] !== undefined) return [{ kind: 'array', start: params[0], end: params[0] + 1, endDerived: true }];
  return [{ kind: 'array', start: params[0], end: params[1] }];
}

/** Parses `[?(LEFT OP RIGHT)]` or `[?(PATH)]` that starts at `position` into `nodes`, and returns the position after it. */
function parseFilter(text, position, nodes) {
  let index = position + 3;
  let quote;
  let closed = false;
  for (; index < text.length; index += 1) {
    const char = text[index];
    if ((char === '"' || char === "'") && text[index - 1] !== '\\') {
      if (quote === undefined) quote = char;
      else if (char === quote) quote = undefined;
    } else if (char === ')' && quote === undefined) {
      closed = true;
      break;
    }
  }
  if (!closed) throw new JsonPathError('unterminated filter');
  if (text[index + 1] !== ']') throw new JsonPathError('unclosed array expect ]');
  const inside = text.slice(position + 3, index);
  const comparison = FILTER.exec(inside);
  if (comparison) {
    nodes.push({ kind: 'filter', left: parseAction(comparison[1]), operator: comparison[2], right: parseAction(comparison[3]) });
  } else {
    nodes.push({ kind: 'filter', left: parseAction(inside), operator: 'exists', right: [] });
  }
  return index + 2;
}

/**
 * Parses a template into top-level parts: `{kind: 'text'}` for text outside braces and
 * `{kind: 'action', nodes}` for each `{...}`. Throws JsonPathError for a malformed template.
 */
export function parseTemplate(template) {
  const parts = [];
  let position = 0;
  while (position < template.length) {
    const open = template.indexOf('{', position);
    if (open === -1) {
      parts.push({ kind: 'text', text: template.slice(position) });
      break;
    }
    if (open > position) parts.push({ kind: 'text', text: template.slice(position, open) });
    let close = open + 1;
    let quote;
    for (; close < template.length; close += 1) {
      const char = template[close];
      if ((char === '"' || char === "'") && template[close - 1] !== '\\') {
        if (quote === undefined) quote = char;
        else if (char === quote) quote = undefined;
      } else if (char === '}' && quote === undefined) {
        break;
      }
    }
    if (close >= template.length) {
      // client-go reports what it meets first in the unclosed action, such as an unterminated array.
      parseAction(template.slice(open + 1));
      throw new JsonPathError('unclosed action');
    }
    parts.push({ kind: 'action', nodes: parseAction(template.slice(open + 1, close)) });
    position = close + 1;
  }
  return parts;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Returns Go's type name of a JSON value, for client-go's error messages. */
function goType(value) {
  if (Array.isArray(value)) return '[]interface {}';
  if (isObject(value)) return 'map[string]interface {}';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return typeof value;
}

function compare(left, right, operator) {
  const bothNumbers = typeof left === 'number' && typeof right === 'number';
  const bothStrings = typeof left === 'string' && typeof right === 'string';
  if (operator === '==' || operator === '!=') {
    if (!bothNumbers && !bothStrings && typeof left !== typeof right) throw new JsonPathError('incompatible types for comparison');
    return operator === '==' ? left === right : left !== right;
  }
  if (!bothNumbers && !bothStrings) throw new JsonPathError('invalid type for comparison');
  if (operator === '<') return left < right;
  if (operator === '>') return left > right;
  if (operator === '<=') return left <= right;
  if (operator === '>=') return left >= right;
  throw new JsonPathError(`unrecognized filter operator ${operator}`);
}

/** Applies one node to every current value, as client-go's walk does. */
function evaluateNode(node, values) {
  const results = [];
  switch (node.kind) {
    case 'text':
      return [node.text];
    case 'number':
    case 'bool':
      return values.map(() => node.value);
    case 'field':
      for (const value of values) if (isObject(value) && Object.hasOwn(value, node.name)) results.push(value[node.name]);
      return results;
    case 'wildcard':
      for (const value of values) {
        if (Array.isArray(value)) results.push(...value);
        else if (isObject(value)) results.push(...Object.keys(value).sort().map((key) => value[key]));
      }
      return results;
    case 'array':
      for (const value of values) {
        if (value === null || value === undefined) continue;
        if (!Array.isArray(value)) throw new JsonPathError(`${goType(value)} is not array or slice`);
        results.push(...sliceOf(value, node));
      }
      return results;
    case 'filter':
      for (const value of values) {
        if (!Array.isArray(value)) throw new JsonPathError(`${JSON.stringify(value)} is not array or slice and cannot be filtered`);
        results.push(...value.filter((element) => filterMatches(node, element)));
      }
      return results;
    case 'identifier':
      throw new JsonPathError(`unrecognized identifier ${node.name}`);
    default:
      throw new JsonPathError(`unexpected node ${node.kind}`);
  }
}

/**
 * Returns the elements `[start:end]` selects, with client-go's bounds checks. A third slice number
 * changes nothing, because client-go passes it to reflect's Slice3 as the capacity.
 */
function sliceOf(array, node) {
  let start = node.start ?? 0;
  let end = node.end ?? array.length;
  if (start < 0) start += array.length;
  // `[-1]` derives its end as 0, which client-go reads as the array's length.
  if (end < 0 || (end === 0 && node.endDerived)) end += array.length;
  if (end !== start) {
    if (start >= array.length || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${array.length}`);
    if (end > array.length) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${array.length}`);
  }
  return array.slice(start, Math.max(start, end));
}

function filterMatches(node, element) {
  const lefts = evaluateNodes(node.left, [element]);
  if (node.operator === 'exists') return lefts.length > 0;
  if (lefts.length !== 1) throw new JsonPathError('can only compare one element at a time');
  const rights = evaluateNodes(node.right, [element]);
  if (rights.length !== 1) throw new JsonPathError('can only compare one element at a time');
  return compare(lefts[0], rights[0], node.operator);
}

function evaluateNodes(nodes, values) {
  let current = values;
  for (const node of nodes) current = evaluateNode(node, current);
  return current;
}

/** Returns the values one `{...}` expression selects from `data`, for --sort-by. */
export function findResults(expression, data) {
  const parts = parseTemplate(expression);
  const action = parts.find((part) => part.kind === 'action');
  return action ? evaluateNodes(action.nodes, [data]) : [];
}

/**
 * Formats a number as kubectl prints it: an integer as the int64 of an API object, any other
 * value as Go's fmt %v prints a float64 (exponent form below 1e-4 and from 1e6 up).
 */
function formatNumber(value) {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent >= -4 && exponent < 6) return String(value);
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** Sorts object keys as Go's encoding/json does for maps, and escapes <, > and & as it does. */
function goJson(value) {
  const sortKeys = (item) => {
    if (Array.isArray(item)) return item.map(sortKeys);
    if (!isObject(item)) return item;
    return Object.fromEntries(Object.keys(item).sort().map((key) => [key, sortKeys(item[key])]));
  };
  return JSON.stringify(sortKeys(value)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Returns the text client-go's PrintResults writes for one value: maps and lists as JSON. */
function valueText(value) {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return String(value);
  return goJson(value);
}

/**
 * Runs `parts` from index `start` against `current`, appending text to `output`. Returns the
 * index of the `{end}` that closed the range being run, or undefined when the template ended or
 * a range without values stopped it, as client-go does.
 */
function runParts(parts, start, current, output, depth) {
  for (let index = start; index < parts.length; index += 1) {
    const part = parts[index];
    if (part.kind === 'text') {
      output.push(part.text);
      continue;
    }
    const [first, ...rest] = part.nodes;
    if (first?.kind === 'identifier' && first.name === 'end' && rest.length === 0) {
      if (depth === 0) throw new JsonPathError('not in range, nothing to end');
      return index;
    }
    if (first?.kind === 'identifier' && first.name === 'range') {
      const values = evaluateNodes(rest, [current]);
      let endIndex;
      for (const value of values) endIndex = runParts(parts, index + 1, value, output, depth + 1);
      if (endIndex === undefined) return undefined;
      index = endIndex;
      continue;
    }
    output.push(evaluateNodes(part.nodes, [current]).map(valueText).join(' '));
  }
  return undefined;
}

/** Executes a parsed template against `data` and returns the text kubectl prints, without a newline of its own. */
export function executeTemplate(parts, data) {
  const output = [];
  runParts(parts, 0, data, output, 0);
  return output.join('');
}

/**
 * Turns a --sort-by value into a template as kubectl's RelaxedJSONPathExpression does: `a.b`,
 * `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`.
 */
export function relaxedJsonPathExpression(expression) {
  if (expression === '') return expression;
  const match = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
  if (!match) {
    throw new JsonPathError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  }
  return `{.${match[1] || match[2]}}`;
}
