import { DEFAULT_CONSULTATION_CONFIG, type ConsultationConfig } from '../../domain/consultation/consultees';
import { PROCEDURE_DEFAULTS, resolveProcedureSettings, type ProcedureSettings, type ProcedureSettingsOverride } from '../../domain/procedures/procedure-defaults';
import type { Executor } from '../../platform/db/client';
import { generateSigningKey, type SigningKeyPem } from '../../platform/security/signing';
import * as repo from './settings.repo';

/** Setting keys (one place). */
export const SETTING_KEYS = {
  /** Overrides of the unconfirmed procedure values (brief §3, §10): ProcedureSettingsOverride. */
  procedures: 'procedures',
  /** Overrides of the consultation configuration (field → ministries, province → focal unit): Partial<ConsultationConfig>. */
  consultation: 'consultation',
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

/**
 * The key that signs certificate verification codes: created on first use and kept in the database, so every API
 * process signs with the same key and verification survives restarts.
 */
export async function getSigningKey(db: Executor): Promise<SigningKeyPem> {
  const stored = (await repo.selectSetting(db, SETTING_KEYS.signingKey)) as SigningKeyPem | undefined;
  if (stored) return stored;
  return (await repo.insertSettingIfAbsent(db, SETTING_KEYS.signingKey, generateSigningKey())) as SigningKeyPem;
}
