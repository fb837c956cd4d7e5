import { DEFAULT_CONSULTATION_CONFIG, type ConsultationConfig } from '../../domain/consultation/consultees';
import { DEFAULT_REQUEST_CLOCK, missedDeadlineReading, type RequestClockSettings } from '../../domain/consultation/request-clock';
import { PROCEDURE_DEFAULTS, resolveProcedureSettings, type ProcedureSettings, type ProcedureSettingsOverride } from '../../domain/procedures/procedure-defaults';
import type { Executor } from '../../platform/db/client';
import { generateSigningKey, type SigningKeyPem } from '../../platform/security/signing';
import * as repo from './settings.repo';
import { resolveReportingSettings, type ReportingSettings, type ReportingSettingsOverride } from './reporting-settings';

/** Setting keys (one place). */
export const SETTING_KEYS = {
  /** Overrides of the unconfirmed procedure values (brief §3, §10): ProcedureSettingsOverride. */
  procedures: 'procedures',
  /** Overrides of the consultation configuration (field → ministries, province → focal unit): Partial<ConsultationConfig>. */
  consultation: 'consultation',
  /** Reporting calendar and USD rates (issue 7): ReportingSettingsOverride. */
  reporting: 'reporting',
  /** The Ed25519 key that signs certificate QR codes. */
  signingKey: 'security.certificate_signing_key',
} as const;

/** The procedure settings in force: the defaults with an administrator's overrides on top. */
export async function getProcedureSettings(db: Executor): Promise<ProcedureSettings> {
  const override = (await repo.selectSetting(db, SETTING_KEYS.procedures)) as ProcedureSettingsOverride | undefined;
  return override ? resolveProcedureSettings(override) : PROCEDURE_DEFAULTS;
}

/** Who is consulted for what (domain/consultation/consultees.ts): the defaults with an administrator's overrides. */
export async function getConsultationConfig(db: Executor): Promise<ConsultationConfig> {
  const override = (await repo.selectSetting(db, SETTING_KEYS.consultation)) as Partial<ConsultationConfig> | undefined;
  return override ? { ...DEFAULT_CONSULTATION_CONFIG, ...override } : DEFAULT_CONSULTATION_CONFIG;
}

/** The consultation configuration with the reply clock, as an administrator edits it (admin settings page). */
export type ConsultationSettings = ConsultationConfig & Pick<RequestClockSettings, 'replyWorkingDays' | 'reminderOffsets'>;

/** The reply clock of requests for opinion (working days to reply, reminder offsets, missed-deadline reading). */
export async function getConsultationClock(db: Executor): Promise<RequestClockSettings> {
  const override = (await repo.selectSetting(db, SETTING_KEYS.consultation)) as Partial<ConsultationSettings> | undefined;
  return {
    replyWorkingDays: override?.replyWorkingDays ?? DEFAULT_REQUEST_CLOCK.replyWorkingDays,
    reminderOffsets: override?.reminderOffsets ?? DEFAULT_REQUEST_CLOCK.reminderOffsets,
    onMissedDeadline: missedDeadlineReading(override?.onMissedDeadline),
  };
}

/** Stores the whole consultation configuration (the caller validates it and audits the change). */
export async function saveConsultationSettings(db: Executor, value: ConsultationSettings, updatedBy: string | null): Promise<void> {
  await repo.upsertSetting(db, SETTING_KEYS.consultation, value, updatedBy);
}

/** The reporting calendar (15 Dec / 18 Dec / 30 Nov / shift rule) and USD rates: defaults with the admin's override. */
export async function getReportingSettings(db: Executor): Promise<ReportingSettings> {
  return resolveReportingSettings((await repo.selectSetting(db, SETTING_KEYS.reporting)) as ReportingSettingsOverride | undefined);
}

/** Stores the reporting settings override (the caller audits the change). */
export async function saveReportingSettings(db: Executor, override: ReportingSettingsOverride, updatedBy: string | null): Promise<ReportingSettings> {
  await repo.upsertSetting(db, SETTING_KEYS.reporting, override, updatedBy);
  return resolveReportingSettings(override);
}

/**
 * The key that signs certificate verification codes: created on first use and kept in the database, so every API
 * process signs with the same key and verification survives restarts.
 */
export async function getSigningKey(db: Executor): Promise<SigningKeyPem> {
  const stored = (await repo.selectSetting(db, SETTING_KEYS.signingKey)) as SigningKeyPem | undefined;
  if (stored) return stored;
  return (await repo.insertSettingIfAbsent(db, SETTING_KEYS.signingKey, generateSigningKey())) as SigningKeyPem;
}
