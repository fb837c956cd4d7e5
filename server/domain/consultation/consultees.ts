/**
 * Who COMINGO asks for an opinion on a complete dossier (brief §1.1, §1.2, §3): Decree 58/2022 Art. 11(2) (issue of
 * an operation certificate), Art. 12 (extension, same consultation), Art. 15(2) and 16(2) (representative office:
 * also the province of the office), Art. 13 and 17(3) (amend/supplement: only the agencies and provinces concerned
 * by the changed content; a re-issue for loss or damage changes nothing and consults no one — unconfirmed,
 * configuration). The parties per procedure come from the catalogue (`Procedure.consultedParties`); this module
 * turns them into concrete units for one dossier. Pure: the mapping field → ministry and province → focal unit is
 * configuration (`ConsultationConfig`), edited by administrators.
 */
import type { AmendChange, AmendKind, Bilingual, ConsultedParty } from '../procedures';
import type { MissedDeadlineReading } from './request-clock';

/** The dossier facts that decide the consultees. */
export interface ConsulteeDossier {
  readonly kind: 'issue' | 'extend' | 'amend';
  readonly certificateType: 'operation' | 'rep_office';
  readonly consultedParties: readonly ConsultedParty[];
  /** Current provinces (GSO codes) of the areas applied for. */
  readonly provinceCodes: readonly string[];
  readonly fieldCodes: readonly string[];
  /** Representative office city (01 Hà Nội, 48 Đà Nẵng, 79 TP Hồ Chí Minh). */
  readonly officeCityCode?: string | null;
  /** Units approving the NGO's aid (Decree 80/2020 Art. 7), when known. */
  readonly aidApprovingUnitCodes?: readonly string[];
  readonly amendKind?: AmendKind | null;
  readonly changeKinds?: readonly AmendChange[];
  /** For an amendment: provinces and fields the certificate had before, so only new or removed ones are "concerned". */
  readonly previousProvinceCodes?: readonly string[];
  readonly previousFieldCodes?: readonly string[];
}

/** A unit as the proposal needs it: merged ministries point to their successor (2025 reform, brief §9.4). */
export interface ConsulteeUnit {
  readonly code: string;
  readonly active: boolean;
  readonly successorCode?: string | null;
}

export interface ConsultationConfig {
  /** Line ministries per field code (several allowed); a field without an entry asks the officer to choose. */
  readonly fieldMinistries: Readonly<Record<string, readonly string[]>>;
  /** Focal unit per province code; default `PROV-<code>` (DOFA or the People's Committee office, Decree 45/2025). */
  readonly provinceFocalUnits?: Readonly<Record<string, string>>;
  /** Unit codes of the standing consultees. */
  readonly standing: { readonly mps: string; readonly mof: string; readonly moha: string; readonly sbv: string };
  /** Agencies concerned by each kind of change in an amendment (Art. 13, 17(3); unconfirmed, configuration). */
  readonly changeAgencies: Readonly<Record<AmendChange, readonly ('mps' | 'mof' | 'moha' | 'sbv')[]>>;
  /** What an agency's silence past its due day reads as (request-clock.ts `silenceAfterDeadline`); default 'no_reply'. */
  readonly onMissedDeadline?: MissedDeadlineReading;
}

export type ConsulteeReason =
  | { readonly kind: 'standing'; readonly party: 'mps' | 'mof' | 'moha' | 'sbv' }
  | { readonly kind: 'field'; readonly fieldCode: string }
  | { readonly kind: 'area'; readonly provinceCode: string }
  | { readonly kind: 'office'; readonly provinceCode: string }
  | { readonly kind: 'aid_approval' }
  | { readonly kind: 'change'; readonly change: AmendChange };

export interface ProposedConsultee {
  readonly unitCode: string;
  readonly reasons: readonly ConsulteeReason[];
}

export interface ConsulteeProposal {
  readonly consultees: readonly ProposedConsultee[];
  /** Fields with no line ministry configured: the officer must add one by hand. */
  readonly unmappedFields: readonly string[];
  readonly basis: Bilingual;
}

/**
 * Default line ministries after the 2025 mergers (brief §9.4, general knowledge — verify; administrators edit it):
 * MOLISA's social protection, children and disability went to Health, labour and gender to Home Affairs; MARD and
 * MONRE became Agriculture and Environment; CEMA became Ethnic and Religious Affairs.
 */
export const DEFAULT_FIELD_MINISTRIES: Readonly<Record<string, readonly string[]>> = {
  health: ['MOH'],
  education: ['MOET'],
  social_protection: ['MOH'],
  agriculture_rural: ['MAE'],
  environment_climate: ['MAE'],
  disaster_relief: ['MAE'],
  livelihoods: ['MAE'],
  science_technology: ['MOST'],
  culture: ['MOCST'],
  gender: ['MOHA'],
  disability: ['MOH'],
  children: ['MOH'],
  water_sanitation: ['MAE'],
  governance_capacity: ['MOHA'],
  ethnic_minorities: ['MERA'],
};

export const DEFAULT_CONSULTATION_CONFIG: ConsultationConfig = {
  fieldMinistries: DEFAULT_FIELD_MINISTRIES,
  standing: { mps: 'MPS', mof: 'MOF', moha: 'MOHA', sbv: 'SBV' },
  changeAgencies: {
    representative: ['mps'],
    office_address: ['mps'],
    areas: ['mps'],
    fields: ['mps'],
    name_or_legal_status: ['mps', 'mof'],
    headquarters_address: ['mps'],
    other: ['mps'],
  },
  onMissedDeadline: 'no_reply',
};

/** The unit that answers today for `code`: a merged ministry's successor (followed to the end), else itself. */
export function currentUnitCode(units: ReadonlyMap<string, ConsulteeUnit>, code: string): string {
  let current = code;
  for (let hops = 0; hops < 10; hops++) {
    const unit = units.get(current);
    if (!unit || unit.active || !unit.successorCode) return current;
    current = unit.successorCode;
  }
  return current;
}

/**
 * Proposes the consultees of one dossier, each with why it is asked; duplicates merge (the police asked as a
 * standing consultee and for a changed representative appear once, with both reasons). Order: standing
 * agencies, line ministries, aid approvers, provinces.
 */
export function proposeConsultees(dossier: ConsulteeDossier, config: ConsultationConfig, units: readonly ConsulteeUnit[]): ConsulteeProposal {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const found = new Map<string, ConsulteeReason[]>();
  const unmapped = new Set<string>();
  const add = (code: string, reason: ConsulteeReason) => {
    const unitCode = currentUnitCode(byCode, code);
    const reasons = found.get(unitCode) ?? [];
    if (!reasons.some((r) => JSON.stringify(r) === JSON.stringify(reason))) reasons.push(reason);
    found.set(unitCode, reasons);
  };
  const provinceUnit = (provinceCode: string) => config.provinceFocalUnits?.[provinceCode] ?? `PROV-${provinceCode}`;
  const addFields = (fieldCodes: readonly string[]) => {
    for (const fieldCode of fieldCodes) {
      const ministries = config.fieldMinistries[fieldCode] ?? [];
      if (!ministries.length) unmapped.add(fieldCode);
      for (const code of ministries) add(code, { kind: 'field', fieldCode });
    }
  };
  const reissue = dossier.amendKind === 'reissue_lost' || dossier.amendKind === 'reissue_damaged';
  const parties = new Set(dossier.consultedParties);

  for (const party of ['mps', 'mof', 'moha', 'sbv'] as const) {
    if (parties.has(party)) add(config.standing[party], { kind: 'standing', party });
  }
  if (parties.has('line_ministries')) addFields(dossier.fieldCodes);
  if (parties.has('aid_approving_agencies')) for (const code of dossier.aidApprovingUnitCodes ?? []) add(code, { kind: 'aid_approval' });
  if (parties.has('agencies_concerned_by_change') && !reissue) {
    for (const change of dossier.changeKinds ?? []) {
      for (const party of config.changeAgencies[change] ?? []) add(config.standing[party], { kind: 'change', change });
    }
    if (dossier.changeKinds?.includes('fields')) addFields(symmetricDifference(dossier.fieldCodes, dossier.previousFieldCodes ?? []));
  }
  if (parties.has('provinces_of_areas')) for (const code of dossier.provinceCodes) add(provinceUnit(code), { kind: 'area', provinceCode: code });
  if (parties.has('provinces_concerned_by_change') && !reissue) {
    if (dossier.changeKinds?.includes('areas')) {
      for (const code of symmetricDifference(dossier.provinceCodes, dossier.previousProvinceCodes ?? [])) add(provinceUnit(code), { kind: 'area', provinceCode: code });
    }
    if (dossier.changeKinds?.includes('office_address') && dossier.officeCityCode) add(provinceUnit(dossier.officeCityCode), { kind: 'office', provinceCode: dossier.officeCityCode });
  }
  if (parties.has('province_of_office') && dossier.officeCityCode) add(provinceUnit(dossier.officeCityCode), { kind: 'office', provinceCode: dossier.officeCityCode });

  return {
    consultees: [...found].map(([unitCode, reasons]) => ({ unitCode, reasons })),
    unmappedFields: [...unmapped],
    basis: basisOf(dossier),
  };
}

function symmetricDifference(now: readonly string[], before: readonly string[]): string[] {
  return [...now.filter((c) => !before.includes(c)), ...before.filter((c) => !now.includes(c))];
}

function basisOf(dossier: ConsulteeDossier): Bilingual {
  if (dossier.kind === 'amend') {
    const article = dossier.certificateType === 'operation' ? '13' : '17';
    return { vi: `Điều ${article} Nghị định 58/2022/NĐ-CP: lấy ý kiến cơ quan liên quan đến nội dung thay đổi`, en: `Decree 58/2022 Art. ${article}: consult the agencies concerned by the change` };
  }
  const article = dossier.certificateType === 'operation' ? (dossier.kind === 'issue' ? '11' : '12') : dossier.kind === 'issue' ? '15' : '16';
  return { vi: `Điều ${article} Nghị định 58/2022/NĐ-CP; Quyết định 3155/QĐ-BNG`, en: `Decree 58/2022 Art. ${article}; Decision 3155/QĐ-BNG` };
}
