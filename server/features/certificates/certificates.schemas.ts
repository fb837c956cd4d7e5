import { z } from 'zod';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, DECISION_STATUSES, LEGAL_BASES, PERSON_ROLES, VERSION_KINDS } from '../../../common/registry';
import { isoDateSchema } from '../../platform/http/schemas';

const text = (max: number) => z.string().trim().min(1).max(max).overwrite((s) => s.normalize('NFC').replace(/\s+/g, ' '));
const provinceCodeSchema = z.string().regex(/^\d{2}$/, 'two-digit province code');
/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

/** A person attached to an NGO (representative, head of office, staff). Personal data: internal only. */
export const personInputSchema = z
  .object({
    id: z.uuid().optional().describe('Set to edit an existing person (PATCH); absent to add one'),
    role: z.enum(PERSON_ROLES),
    fullName: text(200),
    nationality: countryCodeSchema.nullish(),
    dateOfBirth: isoDateSchema.nullish(),
    gender: z.enum(['female', 'male', 'other']).nullish(),
    passportNumber: text(50).nullish(),
    passportExpiresOn: isoDateSchema.nullish(),
    address: text(500).nullish(),
    fromDate: isoDateSchema.nullish(),
    toDate: isoDateSchema.nullish(),
  })
  .meta({ id: 'PersonEntry' });

/** A province of a certificate: a current code, or a name as written on the certificate (old names are mapped). */
export const areaInputSchema = z
  .object({
    provinceCode: provinceCodeSchema.optional().describe('One of the 34 current provinces'),
    name: text(100).optional().describe('Province name as written on the certificate, e.g. "Thừa Thiên Huế" (mapped to today’s province)'),
  })
  .refine((a) => a.provinceCode || a.name, { message: 'provinceCode or name is required' });

/** Recording an existing (possibly legacy) certificate from paper records. */
export const recordCertificateBodySchema = z
  .object({
    type: z.enum(CERTIFICATE_TYPES),
    number: text(50),
    issuedOn: isoDateSchema,
    validFrom: isoDateSchema.optional().describe('Defaults to the issue date'),
    validTo: isoDateSchema,
    decisionStatus: z.enum(DECISION_STATUSES).default('in_force'),
    decisionNumber: text(100).nullish(),
    officeCityCode: provinceCodeSchema.nullish(),
    officeAddress: text(500).nullish(),
    isAtPartyOrStatePremises: z.boolean().default(false).describe('Declared: the office is at Party/State/socio-political premises (refused, Decree 58/2022 Art. 8)'),
    representativePersonId: z.uuid().nullish(),
    representative: personInputSchema.omit({ id: true, role: true }).optional().describe('Creates the representative / head of office'),
    areas: z.array(areaInputSchema).min(1).max(34),
    fields: z.array(z.string().min(1).max(50)).min(1).max(20),
  })
  .meta({ id: 'RecordCertificateRequest' });

/** Recording an amendment, supplement, re-issue or extension of a certificate (MOFA data entry). */
export const addVersionBodySchema = z
  .object({
    kind: z.enum(['amended', 'supplemented', 'reissued', 'extended']),
    effectiveOn: isoDateSchema,
    decisionNumber: text(100).nullish(),
    note: text(1000).nullish(),
    changes: z
      .object({
        number: text(50).optional(),
        validTo: isoDateSchema.optional().describe('Only for an extension'),
        areas: z.array(areaInputSchema).min(1).max(34).optional(),
        fields: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
        officeCityCode: provinceCodeSchema.optional(),
        officeAddress: text(500).optional(),
        isAtPartyOrStatePremises: z.boolean().optional(),
        representativePersonId: z.uuid().optional(),
        representative: personInputSchema.omit({ id: true, role: true }).optional(),
      })
      .default({}),
  })
  .meta({ id: 'AddCertificateVersionRequest' });

/** A status decision of MOFA on a certificate (Decree 58/2022 Art. 7, Chapter IV). */
export const recordDecisionBodySchema = z
  .object({
    decisionStatus: z.enum(DECISION_STATUSES).describe("'in_force' lifts a suspension"),
    effectiveOn: isoDateSchema,
    decisionNumber: text(100),
    reason: text(2000).nullish(),
    proposedBy: text(300).nullish().describe('Proposing agency, e.g. Bộ Công an'),
  })
  .meta({ id: 'RecordCertificateDecisionRequest' });

/** One changed field between two versions (arrays as added/removed sets). */
export const fieldChangeSchema = z
  .union([
    z.object({ field: z.string(), kind: z.literal('changed'), before: z.unknown(), after: z.unknown() }),
    z.object({ field: z.string(), kind: z.literal('set'), added: z.array(z.unknown()), removed: z.array(z.unknown()) }),
  ])
  .meta({ id: 'FieldChange' });

/** An area of a certificate: today’s province, the old province and the name as written. */
export const areaSchema = z
  .object({ provinceCode: z.string(), legacyProvinceCode: z.string().nullable(), nameAsWritten: z.string().nullable() })
  .meta({ id: 'CertificateArea' });

/** One entry of a certificate’s version chain. */
export const versionSchema = z
  .object({
    versionNo: z.number().int(),
    kind: z.enum(VERSION_KINDS),
    effectiveOn: z.string(),
    decisionNumber: z.string().nullable(),
    note: z.string().nullable(),
    diff: z.array(fieldChangeSchema).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CertificateVersion' });

/** A status decision as the registry shows it. */
export const decisionSchema = z
  .object({
    decisionStatus: z.enum(DECISION_STATUSES),
    effectiveOn: z.string(),
    decisionNumber: z.string(),
    reason: z.string().nullable(),
    proposedBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CertificateDecision' });

/** A certificate as the internal registry shows it. */
export const certificateSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    type: z.enum(CERTIFICATE_TYPES),
    legalBasis: z.enum(LEGAL_BASES),
    number: z.string(),
    issuedOn: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    decisionStatus: z.enum(DECISION_STATUSES),
    status: z.enum(CERTIFICATE_STATUSES).describe('Derived from the decision and valid_to on statusDate'),
    officeCityCode: z.string().nullable(),
    officeAddress: z.string().nullable(),
    representative: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    currentVersion: z.number().int(),
    areas: z.array(areaSchema),
    fields: z.array(z.string()),
    versions: z.array(versionSchema),
    decisions: z.array(decisionSchema),
    abilities: z
      .object({ canAddVersion: z.boolean(), allowedDecisions: z.array(z.enum(DECISION_STATUSES)) })
      .describe('What the caller may do next (the UI shows actions from this, never from copied rules)'),
  })
  .meta({ id: 'Certificate' });
