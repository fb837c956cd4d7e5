/**
 * A random idempotency key for one form (POST /my/dossiers, /dossiers/paper): a double click or a retry sends the
 * same key, so the server returns the dossier created the first time. Uses getRandomValues, which also exists on
 * plain-http pages where crypto.randomUUID does not.
 */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
