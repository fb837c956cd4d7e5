/**
 * The administrator's page for the consultation configuration (issue 6 §1: "the mapping field → ministry and
 * province → focal unit is configuration that an admin edits, with the 2025 ministry mergers and provinces without a
 * Department of Foreign Affairs handled"). Every unit code must name an active unit of the right kind — a ministry
 * merged in 2025 is refused with its successor named —, every field and province code must exist. Saved with an
 * audit entry holding the configuration before and after.
 */
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/client';
import type { RequestContext } from '../../platform/http/context';
import { AppError, type FieldError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { selectFields, selectProvinces } from '../reference/reference.repo';
import { selectUnits, type UnitRow } from '../units/units.repo';
import type { ConsultationSettingsBody } from './consultation-settings.schemas';
import { getConsultationClock, getConsultationConfig, saveConsultationSettings } from './settings.service';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

/** The configuration in force, with every one of the 34 provinces listed (default focal unit `PROV-<code>`). */
export async function getConsultationSettings(db: Executor): Promise<ConsultationSettingsBody> {
  const [config, clock, provinces] = await Promise.all([getConsultationConfig(db), getConsultationClock(db), selectProvinces(db)]);
  return {
    fieldMinistries: Object.fromEntries(Object.entries(config.fieldMinistries).map(([field, codes]) => [field, [...codes]])),
    provinceFocalUnits: Object.fromEntries(provinces.map((p) => [p.code, config.provinceFocalUnits?.[p.code] ?? `PROV-${p.code}`])),
    standing: { ...config.standing },
    changeAgencies: Object.fromEntries(Object.entries(config.changeAgencies).map(([change, parties]) => [change, [...parties]])) as ConsultationSettingsBody['changeAgencies'],
    onMissedDeadline: clock.onMissedDeadline,
    replyWorkingDays: clock.replyWorkingDays,
    reminderOffsets: [...clock.reminderOffsets],
  };
}

/** What the checks need to know about the reference data. */
export interface SettingsReference {
  units: readonly UnitRow[];
  provinceCodes: readonly string[];
  fieldCodes: readonly string[];
}

const vn = (isoDay: string) => isoDay.split('-').reverse().join('/');
const issue = (path: string, code: string, vi: string, en: string): FieldError => ({ path, code, message: { vi, en } });

/**
 * The per-entry problems of a configuration (empty when it can be saved). Pure: the reference data is passed in.
 * Central units (ministries, agencies) for fields and standing consultees; a province-kind unit of the same
 * province for a focal unit.
 */
export function checkConsultationSettings(body: ConsultationSettingsBody, ref: SettingsReference): FieldError[] {
  const byCode = new Map(ref.units.map((u) => [u.code, u]));
  const byId = new Map(ref.units.map((u) => [u.id, u]));
  const issues: FieldError[] = [];
  const checkUnit = (path: string, code: string, kinds: readonly string[], provinceCode?: string) => {
    const unit = byCode.get(code);
    if (!unit) return issues.push(issue(path, 'unknown_unit', `Không có đơn vị mã "${code}".`, `There is no unit with code "${code}".`));
    if (unit.activeTo !== null) {
      const successor = unit.successorId ? byId.get(unit.successorId) : undefined;
      return issues.push(
        successor
          ? issue(path, 'inactive_unit', `${unit.nameVi} (${code}) không còn hoạt động từ sau ngày ${vn(unit.activeTo)}; đơn vị kế thừa: ${successor.nameVi} (${successor.code}).`, `${unit.nameEn} (${code}) is no longer active since ${vn(unit.activeTo)}; its successor is ${successor.nameEn} (${successor.code}).`)
          : issue(path, 'inactive_unit', `${unit.nameVi} (${code}) không còn hoạt động từ sau ngày ${vn(unit.activeTo)}.`, `${unit.nameEn} (${code}) is no longer active since ${vn(unit.activeTo)}.`),
      );
    }
    if (!kinds.includes(unit.kind)) {
      return issues.push(
        kinds.includes('province')
          ? issue(path, 'wrong_unit_kind', `${unit.nameVi} (${code}) không phải đầu mối của tỉnh, thành phố.`, `${unit.nameEn} (${code}) is not a province’s focal unit.`)
          : issue(path, 'wrong_unit_kind', `${unit.nameVi} (${code}) không phải bộ, cơ quan ngang bộ hoặc cơ quan trung ương.`, `${unit.nameEn} (${code}) is not a ministry or central agency.`),
      );
    }
    if (provinceCode && unit.provinceCode && unit.provinceCode !== provinceCode) {
      issues.push(issue(path, 'other_province', `${unit.nameVi} (${code}) thuộc tỉnh, thành phố khác (mã ${unit.provinceCode}).`, `${unit.nameEn} (${code}) belongs to another province (code ${unit.provinceCode}).`));
    }
    return 0;
  };
  const central = ['ministry', 'agency'] as const;

  for (const [fieldCode, codes] of Object.entries(body.fieldMinistries)) {
    if (!ref.fieldCodes.includes(fieldCode)) issues.push(issue(`fieldMinistries.${fieldCode}`, 'unknown_field', `Không có lĩnh vực mã "${fieldCode}".`, `There is no field with code "${fieldCode}".`));
    codes.forEach((code, i) => checkUnit(`fieldMinistries.${fieldCode}.${i}`, code, central));
    if (new Set(codes).size !== codes.length) issues.push(issue(`fieldMinistries.${fieldCode}`, 'duplicate_unit', `Lĩnh vực "${fieldCode}" có đơn vị bị lặp.`, `Field "${fieldCode}" lists a unit twice.`));
  }
  for (const [provinceCode, code] of Object.entries(body.provinceFocalUnits)) {
    if (!ref.provinceCodes.includes(provinceCode)) {
      issues.push(issue(`provinceFocalUnits.${provinceCode}`, 'unknown_province', `Không có tỉnh, thành phố mã "${provinceCode}" trong 34 đơn vị hành chính cấp tỉnh hiện hành.`, `There is no province with code "${provinceCode}" among the 34 current provinces.`));
    } else checkUnit(`provinceFocalUnits.${provinceCode}`, code, ['province'], provinceCode);
  }
  for (const [party, code] of Object.entries(body.standing)) checkUnit(`standing.${party}`, code, central);
  if (new Set(body.reminderOffsets).size !== body.reminderOffsets.length) {
    issues.push(issue('reminderOffsets', 'duplicate_offset', 'Mốc nhắc hạn bị lặp.', 'A reminder day is listed twice.'));
  }
  return issues;
}

/**
 * Replaces the consultation configuration after checking every entry.
 * @throws AppError 422 `invalid_settings` with one message per invalid entry (details.fields).
 */
export async function updateConsultationSettings(deps: Pick<Deps, 'db'>, ctx: Ctx, body: ConsultationSettingsBody): Promise<ConsultationSettingsBody> {
  const [units, provinces, fields] = await Promise.all([selectUnits(deps.db, {}), selectProvinces(deps.db), selectFields(deps.db)]);
  const issues = checkConsultationSettings(body, { units, provinceCodes: provinces.map((p) => p.code), fieldCodes: fields.map((f) => f.code) });
  if (issues.length) {
    throw new AppError(422, 'invalid_settings', { vi: 'Cấu hình lấy ý kiến có mục chưa hợp lệ.', en: 'Some entries of the consultation configuration are invalid.' }, { fields: issues });
  }
  const before = await getConsultationSettings(deps.db);
  await deps.db.transaction(async (tx) => {
    await saveConsultationSettings(tx, body, ctx.actor.userId);
    await appendAudit(tx, ctx, { action: 'settings.consultation_updated', entityType: 'setting', entityId: 'consultation', before, after: body });
  });
  return getConsultationSettings(deps.db);
}
