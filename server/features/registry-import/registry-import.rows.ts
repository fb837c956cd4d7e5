import { isRepresentativeOfficeType, REP_OFFICE_CITY_CODES, type CertificateType, type LegalForm } from '../../../common/registry';
import { foldVietnamese } from '../../../common/text';
import { COUNTRIES } from '../reference/seed/countries';
import { resolveProvinceName } from '../reference/seed/province-names';
import { COLUMN_BY_KEY, certificateTypeOf, legalFormOf, type ImportColumnKey, type RowValues } from './registry-import.columns';
import { closest, provinceSuggestion, provinceNameOf } from './registry-import.names';

/** A problem of one row, tied to its column, in both languages. */
export interface ImportIssue {
  column: ImportColumnKey | null;
  code: string;
  severity: 'error' | 'warning';
  message: { vi: string; en: string };
}

/** A province of the certificate as resolved: today's unit, and the old unit when an old name was written. */
export interface ResolvedArea {
  provinceCode: string;
  legacyProvinceCode: string | null;
  nameAsWritten: string;
}

/** Identity fields of an organisation as the file gives them (absent = not given, never cleared). */
export interface OrganizationRecord {
  nameOriginal: string;
  nameEn: string;
  nameVi?: string;
  abbreviation?: string;
  countryCode: string;
  legalForm: LegalForm;
  homeRegistrationExpiresOn?: string;
  hqAddress?: string;
  email?: string;
  phone?: string;
  headName?: string;
}

/** The certificate of a row. */
export interface CertificateRecord {
  type: CertificateType;
  number: string;
  issuedOn: string;
  validFrom: string;
  validTo: string;
  areas: ResolvedArea[];
  fieldCodes: string[];
  officeCityCode: string | null;
  officeAddress: string | null;
  representative: { fullName: string; nationality: string | null; passportNumber: string | null } | null;
}

/** A row turned into typed values (null when it has errors). */
export interface RowRecord {
  organization: OrganizationRecord;
  certificate: CertificateRecord;
}

/** The field list (lĩnh vực) as configured today, to recognise codes and names. */
export interface FieldEntry {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** What interpreting rows needs to know: today's fields list and today's date (YYYY-MM-DD, Vietnam). */
export interface RowContext {
  fields: readonly FieldEntry[];
  today: string;
}

const COUNTRY_INDEX = new Map<string, string>();
for (const c of COUNTRIES) for (const name of [c.code, c.alpha3, c.nameEn, c.nameVi]) COUNTRY_INDEX.set(foldVietnamese(name), c.code);
const COUNTRY_NAMES = COUNTRIES.flatMap((c) => [c.nameVi, c.nameEn]);

/** The ISO code of a country written as an alpha-2/alpha-3 code or its Vietnamese/English name (null when unknown). */
export function countryCodeOf(text: string): string | null {
  return COUNTRY_INDEX.get(foldVietnamese(text)) ?? null;
}

/** Parses dd/mm/yyyy (also d/m/yyyy, with - or .) or yyyy-mm-dd into an ISO day; null when not a real date. */
export function parseVnDate(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = dmy ? [+dmy[3]!, +dmy[2]!, +dmy[1]!] : ymd ? [+ymd[1]!, +ymd[2]!, +ymd[3]!] : [0, 0, 0];
  if (!y || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Splits a list cell ("Huế; Quảng Nam") into its items. */
export function splitList(text: string, allowComma: boolean): string[] {
  return text
    .split(allowComma ? /[;\n,]/ : /[;\n]/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const PHONE = /^\+?[0-9 ().-]{6,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MAX_LENGTH: Partial<Record<ImportColumnKey, number>> = {
  name_original: 300, name_en: 300, name_vi: 300, abbreviation: 30, hq_address: 500, email: 200, head_name: 200,
  representative_name: 200, representative_passport: 50, certificate_number: 50, office_address: 500,
};

/**
 * Turns one row's cells into an organisation and its certificate, checking each cell on its own: required
 * values, lengths, e-mail/phone shapes, dd/mm/yyyy dates, country, legal form, certificate type, fields, and
 * province names (a pre-2025 name is accepted with a warning saying which province it became, brief §9.3).
 * Rules that need the register (matches, validity caps, one representative office) are checked by the plan.
 */
export function interpretRow(values: RowValues, context: RowContext): { record: RowRecord | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const error = (column: ImportColumnKey, code: string, vi: string, en: string) => issues.push({ column, code, severity: 'error', message: { vi, en } });
  const text = (key: ImportColumnKey): string | undefined => {
    const raw = values[key];
    if (!raw) {
      const c = COLUMN_BY_KEY.get(key)!;
      if (c.required) error(key, 'required', `Thiếu "${c.vi}".`, `"${c.en}" is required.`);
      return undefined;
    }
    const value = collapse(raw);
    const max = MAX_LENGTH[key];
    if (max && value.length > max) error(key, 'too_long', `Dài quá ${max} ký tự.`, `Longer than ${max} characters.`);
    return value;
  };
  const date = (key: ImportColumnKey): string | undefined => {
    const raw = text(key);
    if (raw === undefined) return undefined;
    const iso = parseVnDate(raw);
    if (!iso) error(key, 'invalid_date', `Ngày "${raw}" không hợp lệ; ghi theo dạng dd/mm/yyyy.`, `"${raw}" is not a valid date; write dd/mm/yyyy.`);
    return iso ?? undefined;
  };
  const country = (key: ImportColumnKey): string | undefined => {
    const raw = text(key);
    if (raw === undefined) return undefined;
    const code = countryCodeOf(raw);
    if (!code) {
      const hint = closest(raw, COUNTRY_NAMES);
      error(key, 'unknown_country', `Không nhận ra quốc gia "${raw}".${hint ? ` Có phải "${hint}"?` : ''}`, `Unknown country "${raw}".${hint ? ` Did you mean "${hint}"?` : ''}`);
    }
    return code ?? undefined;
  };

  const nameOriginal = text('name_original');
  const nameEn = text('name_en');
  const countryCode = country('country');
  const legalFormText = text('legal_form');
  const legalForm = legalFormText ? legalFormOf(legalFormText) : null;
  if (legalFormText && !legalForm) error('legal_form', 'unknown_legal_form', `Không nhận ra loại hình "${legalFormText}".`, `Unknown legal form "${legalFormText}".`);
  const email = text('email');
  if (email && !EMAIL.test(email)) error('email', 'invalid_email', 'Địa chỉ email không hợp lệ.', 'Invalid e-mail address.');
  const phone = text('phone');
  if (phone && !PHONE.test(phone)) error('phone', 'invalid_phone', 'Số điện thoại chỉ gồm số, dấu cách và + ( ) . - (6–30 ký tự).', 'A phone number has 6–30 digits, spaces or + ( ) . - only.');

  const typeText = text('certificate_type');
  const type = typeText ? certificateTypeOf(typeText) : null;
  if (typeText && !type) error('certificate_type', 'unknown_certificate_type', `Không nhận ra loại giấy đăng ký "${typeText}".`, `Unknown certificate type "${typeText}".`);
  const number = text('certificate_number');
  const issuedOn = date('issued_on');
  const validFrom = date('valid_from') ?? issuedOn;
  const validTo = date('valid_to');
  const homeRegistrationExpiresOn = date('home_registration_expires_on');
  if (issuedOn && issuedOn > context.today) error('issued_on', 'issued_in_future', 'Ngày cấp ở tương lai.', 'The issue date is in the future.');

  const areas: ResolvedArea[] = [];
  for (const name of splitList(text('areas') ?? '', true)) {
    const match = resolveProvinceName(name);
    if (!match) {
      const hint = provinceSuggestion(name);
      error('areas', 'unknown_province', `Không nhận ra tỉnh, thành phố "${name}".${hint ? ` Có phải "${hint}"?` : ''}`, `Unknown province "${name}".${hint ? ` Did you mean "${hint}"?` : ''}`);
      continue;
    }
    if (match.legacyCode) {
      const today = provinceNameOf(match.provinceCode);
      issues.push({
        column: 'areas',
        code: 'old_province_name',
        severity: 'warning',
        message: { vi: `"${name}" là tên tỉnh trước năm 2025; được ghi nhận thuộc ${today.vi} (vẫn lưu tên cũ).`, en: `"${name}" is a pre-2025 province name; mapped to ${today.en} (the old name is kept).` },
      });
    }
    if (!areas.some((a) => a.provinceCode === match.provinceCode && a.legacyProvinceCode === match.legacyCode)) {
      areas.push({ provinceCode: match.provinceCode, legacyProvinceCode: match.legacyCode, nameAsWritten: name });
    }
  }

  const fieldIndex = new Map<string, string>();
  for (const f of context.fields) for (const name of [f.code, f.nameVi, f.nameEn]) fieldIndex.set(foldVietnamese(name), f.code);
  const fieldCodes = new Set<string>();
  for (const name of splitList(text('fields') ?? '', false)) {
    const code = fieldIndex.get(foldVietnamese(name));
    if (code) fieldCodes.add(code);
    else {
      const hint = closest(name, context.fields.flatMap((f) => [f.nameVi, f.nameEn]));
      error('fields', 'unknown_field', `Lĩnh vực "${name}" không có trong danh mục.${hint ? ` Có phải "${hint}"?` : ''}`, `Unknown field "${name}".${hint ? ` Did you mean "${hint}"?` : ''}`);
    }
  }

  const officeCityText = text('office_city');
  const officeAddress = text('office_address') ?? null;
  let officeCityCode: string | null = null;
  if (type && isRepresentativeOfficeType(type)) {
    const city = officeCityText ? resolveProvinceName(officeCityText) : null;
    if (!officeCityText) error('office_city', 'office_city_required', 'Văn phòng đại diện phải ghi thành phố đặt trụ sở.', 'A representative office needs its city.');
    else if (!city || !(REP_OFFICE_CITY_CODES as readonly string[]).includes(city.provinceCode)) {
      error('office_city', 'office_city_not_allowed', 'Văn phòng đại diện chỉ được đặt tại Hà Nội, Đà Nẵng hoặc TP Hồ Chí Minh — Điều 8 Nghị định 58/2022.', 'A representative office may only be in Hà Nội, Đà Nẵng or Ho Chi Minh City — Decree 58/2022 Art. 8.');
    } else officeCityCode = city.provinceCode;
  } else if (type && (officeCityText || officeAddress)) {
    error(officeCityText ? 'office_city' : 'office_address', 'office_only_for_rep_office', 'Chỉ Văn phòng đại diện mới có thành phố, địa chỉ đặt trụ sở.', 'Only a representative office has an office city and address.');
  }

  const representativeName = text('representative_name');
  const nationality = country('representative_nationality') ?? null;
  const passportNumber = text('representative_passport') ?? null;
  if (!representativeName && (values.representative_nationality || values.representative_passport)) {
    error('representative_name', 'required', 'Ghi họ tên người đại diện khi có quốc tịch hoặc số hộ chiếu.', 'Give the representative’s name with the nationality or passport.');
  }
  const optional = { nameVi: text('name_vi'), abbreviation: text('abbreviation'), hqAddress: text('hq_address'), headName: text('head_name') };

  if (issues.some((i) => i.severity === 'error')) return { record: null, issues };
  const organization: OrganizationRecord = { nameOriginal: nameOriginal!, nameEn: nameEn!, countryCode: countryCode!, legalForm: legalForm! };
  for (const [key, value] of Object.entries({ ...optional, email, phone, homeRegistrationExpiresOn })) {
    if (value !== undefined) (organization as unknown as Record<string, string>)[key] = value;
  }
  return {
    record: {
      organization,
      certificate: {
        type: type!,
        number: number!,
        issuedOn: issuedOn!,
        validFrom: validFrom!,
        validTo: validTo!,
        areas,
        fieldCodes: [...fieldCodes].sort(),
        officeCityCode,
        officeAddress: officeCityCode ? officeAddress : null,
        representative: representativeName ? { fullName: representativeName, nationality, passportNumber } : null,
      },
    },
    issues,
  };
}

/** Keys that make two rows the same organisation or certificate. */
const numberKey = (s: string) => collapse(s).normalize('NFC').toLowerCase();

/**
 * Finds rows repeating an earlier row of the same file: the same certificate number, or the same English or
 * original name (folded: no case, no diacritics). The later row gets the error; the first one is kept.
 */
export function findDuplicatesInFile(rows: readonly { rowNo: number; values: RowValues }[]): Map<number, ImportIssue[]> {
  const numbers = new Map<string, number>();
  const names = new Map<string, number>();
  const out = new Map<number, ImportIssue[]>();
  const add = (rowNo: number, issue: ImportIssue) => out.set(rowNo, [...(out.get(rowNo) ?? []), issue]);
  for (const { rowNo, values } of rows) {
    if (values.certificate_number) {
      const key = numberKey(values.certificate_number);
      const first = numbers.get(key);
      if (first !== undefined) {
        add(rowNo, { column: 'certificate_number', code: 'duplicate_number_in_file', severity: 'error', message: { vi: `Trùng số giấy đăng ký với dòng ${first}.`, en: `Same certificate number as row ${first}.` } });
      } else numbers.set(key, rowNo);
    }
    const keys = [values.name_en, values.name_original].filter((v): v is string => Boolean(v)).map((v) => foldVietnamese(v));
    const first = keys.map((k) => names.get(k)).find((n) => n !== undefined);
    if (first !== undefined) {
      add(rowNo, { column: 'name_en', code: 'duplicate_name_in_file', severity: 'error', message: { vi: `Trùng tên tổ chức với dòng ${first}.`, en: `Same organisation name as row ${first}.` } });
    }
    for (const k of keys) if (!names.has(k)) names.set(k, rowNo);
  }
  return out;
}
