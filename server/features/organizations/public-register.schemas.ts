import { z } from 'zod';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES } from '../../../common/registry';

/**
 * Output of the public register (no login). Only public fields: names, abbreviation, country, certificate
 * type/number/status/validity, areas, fields, office city. Never any person data (issue 4 §4).
 */
export const publicQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Name (any language), abbreviation or certificate number'),
  province: z.string().regex(/^\d{2}$/).optional(),
  field: z.string().max(50).optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** The public part of a certificate. */
export const publicCertificateSchema = z
  .object({
    type: z.enum(CERTIFICATE_TYPES),
    number: z.string(),
    status: z.enum(CERTIFICATE_STATUSES),
    validFrom: z.string(),
    validTo: z.string(),
    officeCityCode: z.string().nullable(),
  })
  .meta({ id: 'PublicCertificate' });

/** One row of the public register. */
export const publicOrganizationSchema = z
  .object({
    id: z.uuid(),
    registryCode: z.string(),
    nameOriginal: z.string(),
    nameEn: z.string(),
    nameVi: z.string().nullable(),
    abbreviation: z.string().nullable(),
    countryCode: z.string(),
    certificate: publicCertificateSchema.nullable(),
    provinceCodes: z.array(z.string()),
    fieldCodes: z.array(z.string()),
  })
  .meta({ id: 'PublicOrganization' });

/** Response of the public register search. */
export const publicOrganizationListSchema = z
  .object({ items: z.array(publicOrganizationSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'PublicOrganizationList' });

/** An area: today’s province and, for old certificates, the name as written. */
export const publicAreaSchema = z
  .object({ provinceCode: z.string(), legacyProvinceCode: z.string().nullable(), nameAsWritten: z.string().nullable() })
  .meta({ id: 'PublicCertificateArea' });

/** The public profile of an NGO. */
export const publicOrganizationProfileSchema = publicOrganizationSchema
  .extend({ areas: z.array(publicAreaSchema), website: z.string().nullable() })
  .meta({ id: 'PublicOrganizationProfile' });
