// Checks of the key material scanner that cluster-cli.test.ts and cluster-action.test.ts run over
// everything the product printed or wrote. A scanner that finds nothing proves nothing, so these
// tests plant a real EC private key and a certificate-shaped PEM and require the scanner to find
// each of their forms. They also check that the product's redact() removes every form the scanner
// looks for, so the two agree on what key material is.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { redact } from '../../src/core/redact.js';
import { parseKubeconfig } from '../../src/tools/kubeconfig.js';
import {
  CaptureLog,
  credentialFragments,
  findLeaks,
  kubeconfigSecretFragments,
  MIN_BODY_LINE_LENGTH,
  withoutMaskCommands,
  type SecretFragment,
} from '../support/secrets.js';

/** Wraps base64 text at 64 characters between PEM armor lines, as OpenSSL writes PEM. */
function pem(label: string, body: Buffer): string {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** Builds a kubeconfig laid out as k3d prints it, with a real EC key and a random certificate body. */
function plantedKubeconfig(): { text: string; keyPem: string; certPem: string } {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const keyPem = privateKey.export({ type: 'sec1', format: 'pem' }).toString();
  const certPem = pem('CERTIFICATE', randomBytes(300));
  const text = [
    '---',
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${base64(pem('CERTIFICATE', randomBytes(200)))}`,
    '    server: https://127.0.0.1:6550',
    '  name: k3d-planted',
    'contexts:',
    '- context:',
    '    cluster: k3d-planted',
    '    user: admin@k3d-planted',
    '  name: k3d-planted',
    'current-context: k3d-planted',
    'kind: Config',
    'preferences: {}',
    'users:',
    '- name: admin@k3d-planted',
    '  user:',
    `    client-certificate-data: ${base64(certPem)}`,
    `    client-key-data: ${base64(keyPem)}`,
    '',
  ].join('\n');
  return { text, keyPem, certPem };
}

function bodyLines(pemText: string): string[] {
  return pemText.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
}

describe('key material scanner', () => {
  const planted = plantedKubeconfig();
  const fragments = kubeconfigSecretFragments(planted.text, 'planted kubeconfig');
  const directories: string[] = [];

  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it('lists every form of both credentials', () => {
    const values = fragments.map((fragment) => fragment.value);
    expect(values).toContain(base64(planted.keyPem));
    expect(values).toContain(base64(planted.certPem));
    expect(values).toContain(planted.keyPem);
    expect(values).toContain(planted.certPem);
    for (const line of [...bodyLines(planted.keyPem), ...bodyLines(planted.certPem)]) {
      if (line.length >= MIN_BODY_LINE_LENGTH) expect(values).toContain(line);
    }
  });

  it('leaves out the CA certificate', () => {
    const caLine = /certificate-authority-data: (\S+)/.exec(planted.text)?.[1] ?? '';
    expect(caLine).not.toBe('');
    expect(fragments.map((fragment) => fragment.value)).not.toContain(caLine);
  });

  it('finds a planted key in each form', () => {
    const keyBodyLine = bodyLines(planted.keyPem)[1] ?? '';
    expect(keyBodyLine.length).toBeGreaterThanOrEqual(MIN_BODY_LINE_LENGTH);
    const captures = [
      { label: 'base64 in a log line', text: `debug: client-key-data ${base64(planted.keyPem)} end` },
      { label: 'decoded PEM in a dump', text: `## dump\n${planted.keyPem}## next` },
      { label: 'one body line', text: `node log: ${keyBodyLine}` },
      { label: 'clean output', text: 'Cluster readiness: 1 node Ready, kube-system deployments available' },
    ];

    const leaks = findLeaks(captures, fragments);
    const leakedCaptures = new Set(leaks.map((leak) => leak.capture));
    expect(leakedCaptures).toEqual(new Set(['base64 in a log line', 'decoded PEM in a dump', 'one body line']));
    expect(leaks.some((leak) => leak.capture === 'one body line' && leak.fragment.includes('PEM line'))).toBe(true);
  });

  it('finds a planted certificate in a file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'secrets-scan-'));
    directories.push(directory);
    const file = join(directory, 'diagnostics.txt');
    await writeFile(file, `## logs of k3d-planted-server-0\n${bodyLines(planted.certPem)[2] ?? ''}\n`);

    const captures = new CaptureLog();
    await captures.addFile('diagnostics file', file);
    const leaks = findLeaks(captures.all(), fragments);
    expect(leaks.length).toBe(1);
    expect(leaks[0]?.fragment).toContain('client-certificate-data (PEM line');
  });

  it('skips body lines shorter than the minimum', () => {
    // A 20-byte body gives one 28-character base64 line; the 1-byte tail gives a 4-character line.
    const short = credentialFragments('short', base64(pem('CERTIFICATE', randomBytes(20))));
    const tail = credentialFragments('tail', base64(pem('CERTIFICATE', randomBytes(49))));
    expect(short.filter((fragment) => fragment.label.includes('PEM line')).length).toBe(1);
    const tailLines = tail.filter((fragment) => fragment.label.includes('PEM line')).map((fragment) => fragment.value);
    expect(tailLines.length).toBe(1);
    expect(tailLines[0]?.length).toBe(64);
  });

  it('rejects a kubeconfig without client data', () => {
    const withoutUser = planted.text.replace(/^ {4}client-certificate-data: .*\n/m, '').replace(/^ {4}client-key-data: .*$/m, '    token: ""');
    expect(() => kubeconfigSecretFragments(withoutUser, 'tokenless kubeconfig')).toThrow(/has no client-key-data or client-certificate-data/);
  });

  it('drops add-mask commands only', () => {
    const stdout = [`::add-mask::${base64(planted.keyPem)}`, 'k3d cluster: changed', `::debug::${base64(planted.keyPem)}`].join('\n');
    const remaining = withoutMaskCommands(stdout);
    expect(remaining).not.toContain('::add-mask::');
    expect(findLeaks([{ label: 'debug line', text: remaining }], fragments).length).toBeGreaterThan(0);
  });

  it('agrees with the product redaction', () => {
    // The product registers the secrets of parseKubeconfig() and redacts text before it is printed.
    const secrets = parseKubeconfig(planted.text).secrets;
    const dump = `$ k3d kubeconfig get planted\n${planted.text}\n${planted.keyPem}\n${planted.certPem}`;
    const leaksBefore = findLeaks([{ label: 'raw dump', text: dump }], fragments);
    expect(leaksBefore.length).toBe(fragments.length);

    const redacted = redact(dump, secrets);
    const leaksAfter = findLeaks([{ label: 'redacted dump', text: redacted }], fragments);
    const described = leaksAfter.map((leak: { fragment: string }) => leak.fragment).join('\n');
    expect(leaksAfter, described).toEqual([]);
  });

  it('labels fragments without their values', () => {
    const labels = fragments.map((fragment: SecretFragment) => fragment.label).join('\n');
    expect(findLeaks([{ label: 'labels', text: labels }], fragments)).toEqual([]);
  });
});
