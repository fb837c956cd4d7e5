import type { CertificateVerification } from './api';

/** The register's statuses of a certificate (derived on the server: decisions first, then the end date). */
export const CERTIFICATE_STATUSES = ['valid', 'expired', 'suspended', 'terminated', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** What the page concludes from a verification answer. */
export type Verdict =
  /** Genuine and in force today. */
  | 'valid'
  /** Genuine, but no longer in force (expired, suspended, terminated or revoked). */
  | 'not_in_force'
  /** Genuine signature, but the register's record differs from what the QR code says (a later version). */
  | 'changed'
  /** Genuine signature, yet the certificate is not in the register. */
  | 'unknown'
  /** The token was altered or not issued by MOFA. */
  | 'invalid';

/** The overall verdict: the signature first, then the live status and whether the record still matches. */
export function verdictOf(result: CertificateVerification): Verdict {
  if (!result.signatureValid) return 'invalid';
  if (!result.current) return 'unknown';
  if (result.current.status !== 'valid') return 'not_in_force';
  if (!result.current.matchesClaims) return 'changed';
  return 'valid';
}

/** Colours of each status, for a tag and for the big result banner (green valid, grey expired, amber suspended, red ended). */
export const STATUS_STYLE: Readonly<Record<CertificateStatus, { tag: string; alert: 'success' | 'info' | 'warning' | 'error' }>> = {
  valid: { tag: 'green', alert: 'success' },
  expired: { tag: 'default', alert: 'info' },
  suspended: { tag: 'orange', alert: 'warning' },
  terminated: { tag: 'red', alert: 'error' },
  revoked: { tag: 'red', alert: 'error' },
};

/** A known status, or null for a value this page does not know (shown as is). */
export function asCertificateStatus(status: string): CertificateStatus | null {
  return (CERTIFICATE_STATUSES as readonly string[]).includes(status) ? (status as CertificateStatus) : null;
}

/** The token from what a user pastes: the whole link (…/verify/<token>, or the older …/verify?t=<token>) or the token alone. */
export function tokenFromInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    const inPath = /^\/verify\/([^/]+)$/.exec(url.pathname)?.[1];
    return inPath ? decodeURIComponent(inPath) : url.searchParams.get('t');
  } catch {
    return text;
  }
}
