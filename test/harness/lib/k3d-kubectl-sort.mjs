// `kubectl get --sort-by=FIELD` as kubectl v1.33 sorts (staging/src/k8s.io/kubectl/pkg/cmd/get/
// sorter.go). FIELD is a relaxed JSONPath such as `.lastTimestamp` or `{.metadata.name}`. Objects
// without the field come first. Two numbers compare by value, two quantities ("250m", "1Gi") by
// amount, other strings in natural order (runs of digits by value), so RFC 3339 timestamps sort
// by time. A table is sorted only when it has two or more rows; a list (-o json, -o name) is
// sorted whenever it has objects. Both fail when no object has the field.

import { KubectlFailure } from './k3d-kubectl-connect.mjs';
import { JsonPathError, findResults, parseTemplate, relaxedJsonPathExpression } from './k3d-kubectl-jsonpath.mjs';

/** Multipliers of the Kubernetes quantity suffixes. */
const QUANTITY_SUFFIXES = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** Returns the amount of a quantity string such as "250m" or "1Gi", or undefined for any other string. */
function quantity(text) {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]?)$/.exec(text);
  return match ? Number(match[1]) * QUANTITY_SUFFIXES[match[2]] : undefined;
}

/**
 * Compares two strings in natural order: runs of digits compare by value (ignoring leading
 * zeros, then the run with fewer zeros first), other characters by code unit, and a digit sorts
 * before any other character.
 */
export function naturalCompare(left, right) {
  let i = 0;
  let j = 0;
  const isDigit = (char) => char >= '0' && char <= '9';
  while (i < left.length && j < right.length) {
    const leftDigit = isDigit(left[i]);
    const rightDigit = isDigit(right[j]);
    if (leftDigit !== rightDigit) return leftDigit ? -1 : 1;
    if (!leftDigit) {
      if (left[i] !== right[j]) return left[i] < right[j] ? -1 : 1;
      i += 1;
      j += 1;
      continue;
    }
    const leftStart = i;
    const rightStart = j;
    while (left[i] === '0') i += 1;
    while (right[j] === '0') j += 1;
    const leftValueStart = i;
    const rightValueStart = j;
    while (i < left.length && isDigit(left[i])) i += 1;
    while (j < right.length && isDigit(right[j])) j += 1;
    const leftValue = left.slice(leftValueStart, i);
    const rightValue = right.slice(rightValueStart, j);
    if (leftValue.length !== rightValue.length) return leftValue.length < rightValue.length ? -1 : 1;
    if (leftValue !== rightValue) return leftValue < rightValue ? -1 : 1;
    const leftZeros = leftValueStart - leftStart;
    const rightZeros = rightValueStart - rightStart;
    if (leftZeros !== rightZeros) return leftZeros < rightZeros ? -1 : 1;
  }
  return (left.length - i) - (right.length - j);
}

/** Compares two field values found by the sort field. */
function compareValues(left, right) {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'string' && typeof right === 'string') {
    const leftAmount = quantity(left);
    const rightAmount = quantity(right);
    if (leftAmount !== undefined && rightAmount !== undefined) return leftAmount - rightAmount;
    return naturalCompare(left, right);
  }
  // NOTE: kubectl exits with "unsortable type" for booleans, maps and lists, but the stand-in
  // compares their JSON text instead.
  return naturalCompare(JSON.stringify(left), JSON.stringify(right));
}

/** Returns the template kubectl sorts by, or throws its error for an invalid --sort-by value. */
function sortTemplate(sortBy, forTable) {
  let field;
  try {
    field = relaxedJsonPathExpression(sortBy);
  } catch (error) {
    if (!(error instanceof JsonPathError)) throw error;
    // A table sorter falls back to the value as given, but a list sorter fails.
    if (!forTable) throw new KubectlFailure(`error: ${error.message}\n`);
    field = sortBy;
  }
  try {
    parseTemplate(field);
  } catch (error) {
    if (!(error instanceof JsonPathError)) throw error;
    throw new KubectlFailure(`error: ${forTable ? 'sorting error: ' : ''}${error.message}\n`);
  }
  return field;
}

/**
 * Returns `objects` sorted by the --sort-by value `sortBy`. `forTable` applies the rules of a table
 * (sorted only from two rows up) instead of those of a list. Throws KubectlFailure with kubectl's
 * message when no object has the field.
 */
export function sortObjects(objects, sortBy, forTable) {
  if (objects.length < (forTable ? 2 : 1)) return objects;
  const field = sortTemplate(sortBy, forTable);
  let keyed;
  try {
    keyed = objects.map((object) => ({ object, values: findResults(field, object) }));
  } catch (error) {
    if (error instanceof JsonPathError) throw new KubectlFailure(`error: ${error.message}\n`);
    throw error;
  }
  if (!keyed.some((entry) => entry.values.length > 0)) {
    throw new KubectlFailure(`error: couldn't find any field with path ${JSON.stringify(field)} in the list of objects\n`);
  }
  return keyed
    .sort((left, right) => {
      if (left.values.length === 0) return right.values.length === 0 ? 0 : -1;
      if (right.values.length === 0) return 1;
      return compareValues(left.values[0], right.values[0]);
    })
    .map((entry) => entry.object);
}
