import { describe, expect, it } from 'vitest';
import type { CertificateVerification } from './api';
import { asCertificateStatus, STATUS_STYLE, tokenFromInput, verdictOf } from './verification-status';

const current = (status: string, matchesClaims = true): CertificateVerification['current'] => ({
  number: '015/2026/GĐKHĐ-BNG',
  type: 'operation',
  organizationName: 'Mekong Kinderhilfe',
  organizationId: '00000000-0000-4000-8000-000000000001',
  validFrom: '2026-03-02',
  validTo: '2029-03-01',
  status,
  version: 1,
  matchesClaims,
});
const claims = { c: 'x', n: '015/2026/GĐKHĐ-BNG', t: 'operation', o: 'Mekong Kinderhilfe', f: '2026-03-02', u: '2029-03-01', v: 1 };

describe('verification verdict', () => {
  it('is valid only for a good signature, a valid status and an unchanged record', () => {
    expect(verdictOf({ signatureValid: true, claims, current: current('valid') })).toBe('valid');
    expect(verdictOf({ signatureValid: true, claims, current: current('valid', false) })).toBe('changed');
  });

  it('says "not in force" for every other register status', () => {
    for (const status of ['expired', 'suspended', 'terminated', 'revoked']) {
      expect(verdictOf({ signatureValid: true, claims, current: current(status) }), status).toBe('not_in_force');
    }
  });

  it('is invalid when the signature fails and unknown when the register has no such certificate', () => {
    expect(verdictOf({ signatureValid: false, claims: null, current: null })).toBe('invalid');
    expect(verdictOf({ signatureValid: true, claims, current: null })).toBe('unknown');
  });

  it('colours valid green, suspended amber and revoked or terminated red', () => {
    expect(STATUS_STYLE.valid.tag).toBe('green');
    expect(STATUS_STYLE.suspended.alert).toBe('warning');
    expect(STATUS_STYLE.revoked.alert).toBe('error');
    expect(STATUS_STYLE.terminated.tag).toBe('red');
    expect(asCertificateStatus('revoked')).toBe('revoked');
    expect(asCertificateStatus('lost')).toBeNull();
  });
});

describe('pasted verification input', () => {
  it('takes the token from a whole link or the token alone', () => {
    expect(tokenFromInput('https://ingo.gov.vn/verify?t=abc.def')).toBe('abc.def');
    expect(tokenFromInput('https://ingo.gov.vn/verify/INGO1.abc.def')).toBe('INGO1.abc.def');
    expect(tokenFromInput('  abc.def ')).toBe('abc.def');
    expect(tokenFromInput('   ')).toBeNull();
  });
});
