// The kubeconfig k3d prints: parsed with the yaml package, checked, and its secrets listed.

import { parseDocument } from 'yaml';

import { asRecord, optionalRecord, optionalString } from './json.js';

export interface KubeconfigSummary {
  server: string;
  contexts: string[];
  currentContext: string | undefined;
  /** Base64 key and certificate values, and each line of their decoded PEM text. */
  secrets: string[];
}

const SECRET_FIELDS = ['client-key-data', 'client-certificate-data', 'token', 'password'];

/** Reads a kubeconfig (k3d prints it after a `---` line) and lists what must never be printed. */
export function parseKubeconfig(text: string): KubeconfigSummary {
  const document = parseDocument(text.replace(/^---\s*\n/, ''));
  if (document.errors.length > 0) throw new Error(`The kubeconfig is not valid YAML: ${document.errors[0]?.message ?? ''}`);
  const config = asRecord(document.toJS(), 'kubeconfig');

  const clusters = arrayOf(config.clusters);
  const server = optionalString(optionalRecord(clusters[0]?.cluster)?.server);
  if (!server) throw new Error('The kubeconfig names no cluster server');

  const secrets: string[] = [];
  for (const user of arrayOf(config.users)) {
    const fields = optionalRecord(user.user) ?? {};
    for (const field of SECRET_FIELDS) {
      const value = optionalString(fields[field]);
      if (value) secrets.push(...secretForms(value, field.endsWith('-data')));
    }
  }

  return {
    server,
    contexts: arrayOf(config.contexts).map((context) => optionalString(context.name) ?? ''),
    currentContext: optionalString(config['current-context']),
    secrets,
  };
}

/** Replaces every cluster's server URL, for example 0.0.0.0 with 127.0.0.1. */
export function replaceServer(text: string, server: string): string {
  const document = parseDocument(text.replace(/^---\s*\n/, ''));
  const clusters = document.get('clusters');
  if (clusters && typeof clusters === 'object' && 'items' in clusters) {
    const items = (clusters as { items: unknown[] }).items;
    items.forEach((_item, index) => document.setIn(['clusters', index, 'cluster', 'server'], server));
  }
  return document.toString();
}

/** Returns the value itself and, for base64 data, each line of the decoded text that is long enough to mask. */
function secretForms(value: string, isBase64: boolean): string[] {
  const forms = [value];
  if (!isBase64) return forms;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  for (const line of decoded.split(/\r?\n/)) {
    if (line.length >= 16 && !/^-----(BEGIN|END) /.test(line)) forms.push(line);
  }
  return forms;
}

function arrayOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((item: unknown) => asRecord(item, 'kubeconfig entry')) : [];
}
