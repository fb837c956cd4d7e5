import { z } from 'zod';
import { AMEND_CHANGES } from '../../domain/procedures/procedure-types';

const unitCode = z.string().trim().min(1).max(50);
const standingParty = z.enum(['mps', 'mof', 'moha', 'sbv']);

/**
 * The consultation configuration an administrator edits (domain/consultation/consultees.ts `ConsultationConfig`,
 * plus the reply clock of request-clock.ts `RequestClockSettings`). Unit codes are `org_unit.code`; field codes are
 * `field.code`; province codes are the GSO codes of the 34 provinces.
 */
export const consultationSettingsSchema = z
  .object({
    fieldMinistries: z.record(z.string().max(50), z.array(unitCode).max(10)).describe('Line ministries (unit codes) per field code; an empty list lets the officer choose'),
    provinceFocalUnits: z.record(z.string().max(10), unitCode).describe('Focal unit per province code (default PROV-<code>: the DOFA or the People’s Committee office)'),
    standing: z.object({ mps: unitCode, mof: unitCode, moha: unitCode, sbv: unitCode }).describe('Unit codes of the standing consultees: police, finance, home affairs, State Bank'),
    changeAgencies: z.object(Object.fromEntries(AMEND_CHANGES.map((c) => [c, z.array(standingParty).max(4)])) as Record<(typeof AMEND_CHANGES)[number], z.ZodArray<typeof standingParty>>).describe('Standing agencies asked about each kind of amendment'),
    onMissedDeadline: z.enum(['no_reply', 'deemed_agreement']).describe('What an agency’s silence past its due day reads as: no_reply (default) or deemed_agreement (a note, never a reply)'),
    replyWorkingDays: z.number().int().min(1).max(30).describe('Working days an agency has to reply (Decree 58/2022 Art. 11(2): 10)'),
    reminderOffsets: z.array(z.number().int().min(-10).max(10)).max(6).describe('Reminders in working days from the due day: negative before, 0 on the day, positive after'),
  })
  .meta({ id: 'ConsultationSettings' });

export type ConsultationSettingsBody = z.infer<typeof consultationSettingsSchema>;
