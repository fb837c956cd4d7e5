import type { z } from 'zod';
import { certificateStatus } from '../../domain/registry/certificate-status';
import type { SearchResult } from './organizations-search.service';
import type { ProfileView } from './organizations.service';
import { presentListItems } from './organizations.presenter';
import type { publicOrganizationListSchema, publicOrganizationProfileSchema, publicOrganizationSchema } from './public-register.schemas';

type PublicItem = z.infer<typeof publicOrganizationSchema>;

/** Picks the public fields of a look-up row, explicitly (nothing about people). */
function pickPublic(item: ReturnType<typeof presentListItems>[number]): PublicItem {
  const c = item.certificate;
  return {
    id: item.id,
    registryCode: item.registryCode,
    nameOriginal: item.nameOriginal,
    nameEn: item.nameEn,
    nameVi: item.nameVi,
    abbreviation: item.abbreviation,
    countryCode: item.countryCode,
    certificate: c ? { type: c.type, number: c.number, status: c.status, validFrom: c.validFrom, validTo: c.validTo, officeCityCode: c.officeCityCode } : null,
    provinceCodes: item.provinceCodes,
    fieldCodes: item.fieldCodes,
  };
}

/** The public register's result page. */
export function presentPublicList(result: SearchResult): z.infer<typeof publicOrganizationListSchema> {
  return { items: presentListItems(result).map(pickPublic), nextCursor: result.nextCursor };
}

/** The public profile of an NGO: identity and current certificate only. */
export function presentPublicProfile(view: ProfileView): z.infer<typeof publicOrganizationProfileSchema> {
  const { organization: o, certificates, currentCertificateId } = view.content;
  const c = certificates.find((x) => x.id === currentCertificateId);
  return {
    id: o.id,
    registryCode: o.registryCode,
    nameOriginal: o.nameOriginal,
    nameEn: o.nameEn,
    nameVi: o.nameVi,
    abbreviation: o.abbreviation,
    countryCode: o.countryCode,
    website: o.website,
    certificate: c
      ? { type: c.type, number: c.number, status: certificateStatus(c.decisionStatus, c.validTo, view.statusDate), validFrom: c.validFrom, validTo: c.validTo, officeCityCode: c.officeCityCode }
      : null,
    provinceCodes: c ? [...new Set(c.areas.map((a) => a.provinceCode))].sort() : [],
    fieldCodes: c ? c.fields : [],
    areas: c ? c.areas.map((a) => ({ provinceCode: a.provinceCode, legacyProvinceCode: a.legacyProvinceCode, nameAsWritten: a.nameAsWritten })) : [],
  };
}
