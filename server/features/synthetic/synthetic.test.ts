import { describe, expect, it } from 'vitest';
import { isRepresentativeOfficeType, REP_OFFICE_CITY_CODES } from '../../../common/registry';
import { diffCertificateSnapshots } from '../../domain/registry/certificate-diff';
import { isDecisionAllowed } from '../../domain/registry/status-decisions';
import { checkCertificateValidity } from '../../domain/registry/validity';
import { FIELDS } from '../reference/seed/fields';
import { resolveProvinceName } from '../reference/seed/province-names';
import { emptyRows, type SyntheticRows } from './synthetic-builder';
import { createContext, generateOrganization, SYNTHETIC_CODE_PREFIX } from './synthetic-history';
import { abbreviationOf } from './synthetic-names';
import { vnNormJs } from './synthetic-text';

const TODAY = '2026-11-23';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function generate(count: number, seed = 1): SyntheticRows {
  const ctx = createContext(seed, TODAY, FIELDS.map((f) => f.code), undefined, count);
  const rows = emptyRows();
  for (let i = 0; i < count; i++) generateOrganization(ctx, i, rows);
  return rows;
}

const rows = generate(1500);
const certificatesById = new Map(rows.certificates.map((c) => [c.id, c]));
const orgById = new Map(rows.organizations.map((o) => [o.id, o]));

describe('synthetic register generator', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    expect(JSON.stringify(generate(60, 5))).toBe(JSON.stringify(generate(60, 5)));
    expect(generate(5, 6).organizations.map((o) => o.nameEn)).not.toEqual(generate(5, 5).organizations.map((o) => o.nameEn));
  });

  it('writes about 2.5 certificate versions per NGO and a mix of statuses, types and legacy areas', () => {
    expect(rows.versions.length / rows.organizations.length).toBeGreaterThan(2.3);
    expect(rows.versions.length / rows.organizations.length).toBeLessThan(2.8);
    const statuses = new Set(rows.organizations.map((o) => {
      const c = o.currentCertificateId ? certificatesById.get(o.currentCertificateId)! : null;
      return !c ? 'none' : c.decisionStatus !== 'in_force' ? c.decisionStatus : c.validTo < TODAY ? 'expired' : 'valid';
    }));
    expect([...statuses].sort()).toEqual(['expired', 'none', 'revoked', 'suspended', 'terminated', 'valid']);
    expect(new Set(rows.certificates.map((c) => c.type)).size).toBe(5);
    expect(new Set(rows.versions.map((v) => v.kind))).toEqual(new Set(['issued', 'amended', 'supplemented', 'reissued', 'extended']));
    expect(rows.areas.some((a) => a.legacyProvinceCode && a.nameAsWritten)).toBe(true);
    expect(new Set(rows.organizations.map((o) => o.countryCode)).size).toBeGreaterThan(20);
  });

  it('names every NGO uniquely (folded like vn_norm), in several scripts, with SYN- registry codes', () => {
    const folded = rows.organizations.map((o) => vnNormJs(o.nameEn));
    expect(new Set(folded).size).toBe(folded.length);
    expect(rows.organizations.every((o) => o.registryCode.startsWith(SYNTHETIC_CODE_PREFIX))).toBe(true);
    const originals = rows.organizations.map((o) => o.nameOriginal);
    expect(originals.some((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(originals.some((n) => /\p{Script=Hangul}/u.test(n))).toBe(true);
    expect(originals.some((n) => / für /.test(n))).toBe(true);
    expect(originals.some((n) => / pour /.test(n))).toBe(true);
    expect(rows.organizations.filter((o) => o.nameVi).every((o) => /^(Quỹ|Hội|Tổ chức|Liên minh|Mạng lưới|Viện|Đối tác|Sáng kiến|Hội đồng|Hy vọng|Nhịp cầu|Bàn tay|Ánh sáng|Hạt giống|Trái tim|Tương lai|Nụ cười)/.test(o.nameVi!))).toBe(true);
    expect(abbreviationOf("Nordic Children's Health Foundation", "Nordic Children's Health Foundation")).toBe('NCHF');
  });

  it('keeps every certificate within the validity rules and representative offices in the three cities', () => {
    for (const c of rows.certificates) {
      const org = orgById.get(c.organizationId)!;
      const first = rows.versions.find((v) => v.certificateId === c.id && v.versionNo === 1)!.snapshot as { validTo: string };
      expect(checkCertificateValidity({ type: c.type, issuedOn: c.issuedOn, validFrom: c.validFrom!, validTo: first.validTo, homeRegistrationExpiresOn: org.homeRegistrationExpiresOn ?? null })).toEqual([]);
      if (isRepresentativeOfficeType(c.type)) expect(REP_OFFICE_CITY_CODES).toContain(c.officeCityCode);
      else expect(c.officeCityCode).toBeNull();
    }
  });

  it('chains versions 1…n with diffs computed by diffCertificateSnapshots, the last one equal to the certificate', () => {
    const byCertificate = groupBy(rows.versions, (v) => v.certificateId);
    const areas = groupBy(rows.areas, (a) => a.certificateId);
    const fields = groupBy(rows.fields, (f) => f.certificateId);
    for (const c of rows.certificates) {
      const chain = byCertificate.get(c.id)!;
      expect(chain.map((v) => v.versionNo)).toEqual(chain.map((_v, i) => i + 1));
      expect(chain[0]!.kind).toBe('issued');
      expect(chain[0]!.diff).toBeNull();
      for (let i = 1; i < chain.length; i++) {
        expect(chain[i]!.effectiveOn >= chain[i - 1]!.effectiveOn).toBe(true);
        expect(chain[i]!.diff).toEqual(diffCertificateSnapshots(chain[i - 1]!.snapshot as Record<string, unknown>, chain[i]!.snapshot as Record<string, unknown>));
        if (chain[i]!.kind !== 'extended') expect((chain[i]!.diff as { field: string }[]).map((d) => d.field)).not.toContain('validTo');
      }
      const last = chain[chain.length - 1]!.snapshot as Record<string, unknown>;
      expect(c.currentVersion).toBe(chain.length);
      expect(last.validTo).toBe(c.validTo);
      expect(last.number).toBe(c.number);
      expect(last.fields).toEqual(fields.get(c.id)!.map((f) => f.fieldCode));
      expect(last.areas).toEqual(areas.get(c.id)!.map(({ certificateId: _c, ...a }) => a));
      if (c.type.startsWith('legacy_')) expect(chain).toHaveLength(1);
    }
  });

  it('resolves every area written by name like the certificate service, one area per current province', () => {
    for (const a of rows.areas.filter((x) => x.nameAsWritten)) {
      const resolved = resolveProvinceName(a.nameAsWritten!)!;
      expect({ provinceCode: resolved.provinceCode, legacyProvinceCode: resolved.legacyCode }).toEqual({ provinceCode: a.provinceCode, legacyProvinceCode: a.legacyProvinceCode });
    }
    const keys = rows.areas.map((a) => `${a.certificateId}|${a.provinceCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('follows the allowed status transitions and ends each certificate on its latest decision', () => {
    const byCertificate = groupBy(rows.decisions, (d) => d.certificateId);
    expect(byCertificate.size).toBeGreaterThan(10);
    for (const [id, decisions] of byCertificate) {
      let status: 'in_force' | 'suspended' | 'terminated' | 'revoked' = 'in_force';
      for (const d of decisions) {
        expect(isDecisionAllowed(status, d.decisionStatus)).toBe(true);
        status = d.decisionStatus;
      }
      expect(certificatesById.get(id)!.decisionStatus).toBe(status);
    }
  });

  it('stores profile snapshots whose last state is the organisation as written', () => {
    const last = new Map(rows.snapshots.map((s) => [s.organizationId, s]));
    const certificatesOf = groupBy(rows.certificates, (c) => c.organizationId);
    for (const o of rows.organizations) {
      const content = last.get(o.id)!.snapshot as { currentCertificateId: string | null; organization: { peopleText: string; registryCode: string }; certificates: { id: string }[] };
      expect(content.currentCertificateId).toBe(o.currentCertificateId);
      expect(content.organization.peopleText).toBe(o.peopleText);
      expect(content.organization.registryCode).toBe(o.registryCode);
      expect(content.certificates.map((c) => c.id).sort()).toEqual((certificatesOf.get(o.id) ?? []).map((c) => c.id).sort());
    }
  });
});
