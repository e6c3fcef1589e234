// A scanner for key material in what the product printed or wrote. It takes the client key and
// client certificate of a kubeconfig and searches captured text for three forms of each. These are
// the base64 value as the kubeconfig stores it, the decoded PEM text, and each base64 body line of
// the PEM that is at least 16 characters long.

import { readFile } from 'node:fs/promises';

import { parse as parseYaml } from 'yaml';

/** Body lines shorter than this are not searched for, because short strings match by chance. */
export const MIN_BODY_LINE_LENGTH = 16;

/** Kubeconfig fields whose values are base64 of PEM text. */
const KEY_FIELDS = ['client-key-data', 'client-certificate-data'] as const;

/** One form of a credential to search for. */
export interface SecretFragment {
  /** Where the credential came from and which form this is, for the failure message. */
  label: string;
  value: string;
}

/** Returns the forms of one base64-encoded PEM credential: the base64, the PEM text, and its long body lines. */
export function credentialFragments(label: string, base64Value: string): SecretFragment[] {
  const pem = Buffer.from(base64Value, 'base64').toString('utf8');
  if (!pem.includes('-----BEGIN ')) throw new Error(`${label} does not decode to PEM text`);

  const fragments: SecretFragment[] = [
    { label: `${label} (base64)`, value: base64Value },
    { label: `${label} (decoded PEM)`, value: pem },
  ];
  pem.split(/\r?\n/).forEach((line, index) => {
    if (line.length >= MIN_BODY_LINE_LENGTH && !line.startsWith('-----')) {
      fragments.push({ label: `${label} (PEM line ${index + 1})`, value: line });
    }
  });
  return fragments;
}

/** Returns the fragments of every client key and client certificate in a kubeconfig's text. */
export function kubeconfigSecretFragments(kubeconfigText: string, source: string): SecretFragment[] {
  const document: unknown = parseYaml(kubeconfigText.replace(/^---\s*\n/, ''));
  const users = isRecord(document) && Array.isArray(document.users) ? document.users : [];
  const fragments: SecretFragment[] = [];
  for (const entry of users) {
    const user = isRecord(entry) && isRecord(entry.user) ? entry.user : {};
    for (const field of KEY_FIELDS) {
      const value = user[field];
      if (typeof value === 'string' && value !== '') fragments.push(...credentialFragments(`${source} ${field}`, value));
    }
  }
  if (fragments.length === 0) throw new Error(`${source} has no client-key-data or client-certificate-data`);
  return fragments;
}

/** A captured text: a command's output, a log file, a summary. */
export interface Capture {
  label: string;
  text: string;
}

export interface Leak {
  capture: string;
  fragment: string;
  offset: number;
}

/** Finds every fragment in every capture. An empty result means no key material was found. */
export function findLeaks(captures: readonly Capture[], fragments: readonly SecretFragment[]): Leak[] {
  const leaks: Leak[] = [];
  for (const capture of captures) {
    for (const fragment of fragments) {
      const offset = capture.text.indexOf(fragment.value);
      if (offset >= 0) leaks.push({ capture: capture.label, fragment: fragment.label, offset });
    }
  }
  return leaks;
}

/** Formats leaks for an assertion message without repeating the secret itself. */
export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks.map((leak) => `${leak.fragment} found in ${leak.capture} at offset ${leak.offset}`).join('\n');
}

/**
 * Drops `::add-mask::VALUE` lines from an action step's stdout. The runner consumes these
 * commands to register secrets and never shows them, so their values are not a leak.
 */
export function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Collects captured texts of a test file, for one scan at its end. */
export class CaptureLog {
  private readonly entries: Capture[] = [];

  add(label: string, text: string): void {
    this.entries.push({ label, text });
  }

  /** Adds a file's text. A missing file adds an empty entry labelled `missing`. */
  async addFile(label: string, path: string): Promise<void> {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    this.entries.push({ label: `${label} (${path}${text === undefined ? ', missing' : ''})`, text: text ?? '' });
  }

  all(): readonly Capture[] {
    return this.entries;
  }

  /** Total characters captured, to show that the scan had text to search. */
  size(): number {
    return this.entries.reduce((total, entry) => total + entry.text.length, 0);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
