import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { addCertificateVersion, recordCertificate, recordStatusDecision } from '../certificates/certificates.service';
import { createOrganization } from '../organizations/organizations.service';
import { findUnitByCode } from '../units/units.service';
import { DEMO_REGISTRY, type DemoCertificate } from './demo-registry-data';

const area = (value: string) => (/^\d{2}$/.test(value) ? { provinceCode: value } : { name: value });

function certificateInput(c: DemoCertificate) {
  return {
    type: c.type,
    number: c.number,
    issuedOn: c.issuedOn,
    validTo: c.validTo,
    decisionNumber: `${c.number.split('/')[0]}/QĐ-${c.type.startsWith('legacy_') ? 'UBPCP' : 'BNG'}`,
    officeCityCode: c.officeCityCode ?? null,
    officeAddress: c.officeAddress ?? null,
    representative: { ...c.representative },
    areas: c.areas.map(area),
    fields: c.fields,
  };
}

/**
 * Fills the registry with the demo NGOs through the registry services (so every record has its audit entries,
 * version chain and profile snapshots). Called by the demo seed on an empty database only.
 */
export async function seedDemoRegistry(deps: Pick<Deps, 'db' | 'clock'>, ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>): Promise<number> {
  for (const demo of DEMO_REGISTRY) {
    const { certificates, unitCode, partners = [], ...identity } = demo;
    const unit = unitCode ? await findUnitByCode(deps.db, unitCode) : null;
    const created = await createOrganization(deps, ctx, { ...identity, unitId: unit?.id ?? null, headNationality: identity.countryCode, partners, people: [] });
    for (const c of certificates) {
      const recorded = await recordCertificate(deps, ctx, created.organization.id, certificateInput(c));
      for (const v of c.versions ?? []) {
        await addCertificateVersion(deps, ctx, recorded.id, {
          kind: v.kind,
          effectiveOn: v.effectiveOn,
          decisionNumber: v.decisionNumber,
          changes: { ...v.changes, areas: v.changes.areas?.map(area) },
        });
      }
      for (const d of c.decisions ?? []) await recordStatusDecision(deps, ctx, recorded.id, d);
    }
  }
  return DEMO_REGISTRY.length;
}
