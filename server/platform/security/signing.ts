import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** An Ed25519 key pair as PEM text (kept in the settings table so every API process signs with the same key). */
export interface SigningKeyPem {
  publicKeyPem: string;
  privateKeyPem: string;
}

/** Makes a new Ed25519 key pair. */
export function generateSigningKey(): SigningKeyPem {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const PREFIX = 'INGO1';

/**
 * Signs a small JSON claim into a compact token `INGO1.<payload>.<signature>` (base64url; Ed25519). The token is
 * what a certificate's QR code carries: anyone holding the public key can check it offline, and changing one
 * byte of it makes the check fail.
 */
export function signToken(claims: Record<string, string | number | null>, privateKeyPem: string): string {
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  const signature = sign(null, Buffer.from(`${PREFIX}.${payload}`), createPrivateKey(privateKeyPem)).toString('base64url');
  return `${PREFIX}.${payload}.${signature}`;
}

/** Checks a token signed by signToken; returns its claims, or null when it is malformed or the signature fails. */
export function verifyToken(token: string, publicKey: string | KeyObject): Record<string, unknown> | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, payload, signature] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  const signatureBytes = Buffer.from(signature, 'base64url');
  // Only the canonical encoding counts: otherwise the unused low bits of the last character could change unnoticed.
  if (signatureBytes.toString('base64url') !== signature || Buffer.from(payload, 'base64url').toString('base64url') !== payload) return null;
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const ok = verify(null, Buffer.from(`${PREFIX}.${payload}`), key, signatureBytes);
  if (!ok) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
