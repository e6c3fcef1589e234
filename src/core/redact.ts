// Removing secrets from text that leaves the process (logs, diagnostics files, error messages).

/** Lines of PEM key blocks and kubeconfig credential fields, whatever registered secrets miss. */
const CREDENTIAL_FIELD = /^(\s*(?:client-key-data|client-certificate-data|token|password):\s*)\S.*$/gm;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

export const REDACTED = '***';

/** Replaces every registered secret, credential field and private key block in `text`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longer secrets first, so a secret that contains a shorter one is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  return result.replace(CREDENTIAL_FIELD, `$1${REDACTED}`).replace(PRIVATE_KEY_BLOCK, REDACTED);
}
