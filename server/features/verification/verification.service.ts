import QRCode from 'qrcode';
import { vnDateOf } from '../../../common/dates';
import { hasPermission, type Actor } from '../../domain/access/policy';
import { certificateStatus } from '../../domain/registry/certificate-status';
import type { Deps } from '../../platform/deps';
import { renderPdf } from '../../platform/documents/pdf';
import type { RequestContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { signToken, verifyToken } from '../../platform/security/signing';
import { appendAudit } from '../audit/audit.service';
import { findCertificate } from '../certificates/certificates.service';
import { loadProfile } from '../organizations/organizations.service';
import { getSigningKey } from '../settings/settings.service';
import { certificateDocument } from './certificate-document';

type VerifyDeps = Pick<Deps, 'db' | 'clock' | 'config'>;

/**
 * The claims a certificate's QR code carries, signed with Ed25519: number, type, organisation (English name),
 * validity and version. They can be checked offline with the public key; the live status comes from the register.
 */
export interface CertificateClaims {
  /** certificate id */ c: string;
  /** number */ n: string;
  /** type */ t: string;
  /** organisation */ o: string;
  /** valid from / to */ f: string;
  u: string;
  /** version */ v: number;
}

/** The verification link of a certificate (what its QR code encodes). */
export async function verificationLinkOf(deps: VerifyDeps, claims: CertificateClaims): Promise<string> {
  const key = await getSigningKey(deps.db);
  const token = signToken({ ...claims }, key.privateKeyPem);
  return `${deps.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/verify/${token}`;
}

/** Loads a certificate its NGO or a registry reader may see, with its signed verification link. @throws NotFoundError */
async function loadWithLink(deps: VerifyDeps, actor: Actor, certificateId: string) {
  const row = await findCertificate(deps.db, certificateId);
  if (!row) throw new NotFoundError('certificate');
  const view = await loadProfile(deps, row.organizationId);
  if (!canDownload(actor, view.content.organization.unitId)) throw new NotFoundError('certificate');
  const content = view.content.certificates.find((c) => c.id === certificateId)!;
  const org = view.content.organization;
  const link = await verificationLinkOf(deps, { c: content.id, n: content.number, t: content.type, o: org.nameEn, f: content.validFrom, u: content.validTo, v: content.currentVersion });
  return { content, org, link };
}

/**
 * The verification link of a certificate (what its QR code encodes), for the NGO that holds it or a registry reader:
 * lets the web app offer "check this certificate" without reading the QR code. Same access rule as the PDF.
 * @throws NotFoundError
 */
export async function certificateVerificationLink(deps: VerifyDeps, actor: Actor, certificateId: string): Promise<{ url: string }> {
  return { url: (await loadWithLink(deps, actor, certificateId)).link };
}

/** The certificate PDF (original layout, QR code) for its NGO or a registry reader; access is audited. @throws NotFoundError */
export async function renderCertificatePdf(deps: VerifyDeps, ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>, certificateId: string): Promise<{ bytes: Buffer; fileName: string }> {
  const { content, org, link } = await loadWithLink(deps, ctx.actor, certificateId);
  const qr = await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const bytes = await renderPdf(certificateDocument(content, org, qr, link));
  await appendAudit(deps.db, ctx, { action: 'certificate.download_pdf', entityType: 'certificate', entityId: certificateId, after: { number: content.number, version: content.currentVersion } });
  return { bytes, fileName: `giay-dang-ky-${content.number.replace(/[^0-9A-Za-z]+/g, '-')}.pdf` };
}

/** The NGO that holds a certificate, and anyone who may read the registry. */
function canDownload(actor: Actor, ownerUnitId: string | null): boolean {
  if (hasPermission(actor, 'registry:read')) return true;
  return actor.role === 'ngo_representative' && actor.unitId !== null && actor.unitId === ownerUnitId;
}

/** What the public verification page shows. */
export interface VerificationResult {
  signatureValid: boolean;
  claims: CertificateClaims | null;
  /** The certificate as the register holds it today (null when the signature fails or it is unknown). */
  current: { number: string; type: string; organizationName: string; organizationId: string; validFrom: string; validTo: string; status: string; version: number; matchesClaims: boolean } | null;
}

/**
 * Verifies a certificate's QR token: the Ed25519 signature first (a changed byte fails), then the certificate's
 * status in the register today (valid, expired, suspended, terminated, revoked).
 */
export async function verifyCertificate(deps: VerifyDeps, token: string): Promise<VerificationResult> {
  const key = await getSigningKey(deps.db);
  const claims = verifyToken(token, key.publicKeyPem) as CertificateClaims | null;
  if (!claims || typeof claims.c !== 'string' || !/^[0-9a-f-]{36}$/.test(claims.c)) return { signatureValid: false, claims: null, current: null };
  const row = await findCertificate(deps.db, claims.c);
  if (!row) return { signatureValid: true, claims, current: null };
  const view = await loadProfile(deps, row.organizationId);
  const today = vnDateOf(deps.clock.now());
  return {
    signatureValid: true,
    claims,
    current: {
      number: row.number,
      type: row.type,
      organizationName: view.content.organization.nameEn,
      organizationId: row.organizationId,
      validFrom: row.validFrom,
      validTo: row.validTo,
      status: certificateStatus(row.decisionStatus, row.validTo, today),
      version: row.currentVersion,
      matchesClaims: row.number === claims.n && row.validTo === claims.u && row.validFrom === claims.f,
    },
  };
}

/** The public key that checks verification tokens offline (PEM). */
export async function verificationPublicKey(deps: Pick<Deps, 'db'>): Promise<string> {
  return (await getSigningKey(deps.db)).publicKeyPem;
}
