// The kubeconfig `k3d kubeconfig get NAME` prints, laid out as client-go's clientcmd writes it
// (keys in alphabetical order, `preferences: {}`), with cluster and context `k3d-NAME` and user
// `admin@k3d-NAME` as k3d v5 names them. The certificate and key blocks are random, made per
// cluster at create time, and their decoded text marks them as fakes for tests.

import { randomBytes } from 'node:crypto';

const PEM_LINE_LENGTH = 64;

/** Returns a PEM block of `label` whose payload decodes to a text marking it as a test fake. */
function fakePem(label, cluster, purpose) {
  const marker = `FAKE ${purpose} FOR TESTS, made by the k3d stand-in for cluster ${cluster}; not valid DER. `;
  const payload = Buffer.concat([Buffer.from(marker), randomBytes(96)]).toString('base64');
  const lines = payload.match(new RegExp(`.{1,${PEM_LINE_LENGTH}}`, 'g')) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Makes the CA certificate, client certificate and client key of a new cluster (PEM text). */
export function makeFakeCredentials(cluster) {
  return {
    caPem: fakePem('CERTIFICATE', cluster, 'CA CERTIFICATE'),
    clientCertPem: fakePem('CERTIFICATE', cluster, 'CLIENT CERTIFICATE'),
    clientKeyPem: fakePem('EC PRIVATE KEY', cluster, 'CLIENT KEY'),
  };
}

function base64(text) {
  return Buffer.from(text).toString('base64');
}

/** Returns the server URL k3d writes: https://HOST:PORT with the --api-port host (0.0.0.0 when omitted). */
export function serverUrl(record) {
  return `https://${record.apiHost}:${record.apiPort}`;
}

/** Renders the kubeconfig YAML of a cluster record, without the leading `---`. */
export function renderKubeconfig(record) {
  const context = `k3d-${record.name}`;
  const user = `admin@${context}`;
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${base64(record.credentials.caPem)}`,
    `    server: ${serverUrl(record)}`,
    `  name: ${context}`,
    'contexts:',
    '- context:',
    `    cluster: ${context}`,
    `    user: ${user}`,
    `  name: ${context}`,
    `current-context: ${context}`,
    'kind: Config',
    'preferences: {}',
    'users:',
    `- name: ${user}`,
    '  user:',
    `    client-certificate-data: ${base64(record.credentials.clientCertPem)}`,
    `    client-key-data: ${base64(record.credentials.clientKeyPem)}`,
    '',
  ].join('\n');
}
