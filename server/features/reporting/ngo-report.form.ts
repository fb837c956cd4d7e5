/**
 * Form 05, the NGO periodic report (Decree 58/2022 Art. 21(5); brief §8.2 — field list unconfirmed, the form
 * text was not seen): programs, projects and non-project aid carried out with amounts committed and disbursed by
 * currency and province, the field, Vietnamese partners, beneficiaries, staff (foreign / Vietnamese), difficulties,
 * next year's plan and a contact person. Drafts may be incomplete; completeness is checked at submission.
 */
import { z } from 'zod';
import type { Executor } from '../../platform/db/client';
import { getReportingSettings } from '../settings/settings.service';
import type { AidLineInput } from './aid-lines.repo';
import { registerReportForm, type ContentIssue, type FormContext, type ReportFormHandler } from './report-forms';
import { AID_KINDS } from './reporting.tables';
import * as repo from './reports.repo';

const text = (max: number) => z.string().trim().max(max);
/** Amounts: finite and not negative (z.number() already refuses NaN). */
const amount = z.number().finite().min(0).max(1e15);

export const ngoAidLineSchema = z.object({
  provinceCode: text(10).describe('One of the 34 provinces, or a pre-2025 code (rolled up to its successor)'),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'ISO 4217 code (3 letters)'),
  committed: amount,
  disbursed: amount,
});

export const ngoAidItemSchema = z.object({
  kind: z.enum(AID_KINDS),
  titleVi: text(500).default(''),
  titleEn: text(500).nullish(),
  fieldCodes: z.array(text(50)).max(20).default([]),
  vietnamesePartners: z.array(z.object({ name: text(300), province: text(10).nullish() })).max(50).default([]),
  lines: z.array(ngoAidLineSchema).max(200).default([]),
  beneficiaries: z.object({ description: text(2000).default(''), count: z.number().int().min(0).nullish() }).default({ description: '' }),
});

export const ngoReportContentSchema = z.object({
  items: z.array(ngoAidItemSchema).max(200).default([]),
  staff: z.object({ foreign: z.number().int().min(0), vietnamese: z.number().int().min(0) }).nullish(),
  difficulties: text(8000).default(''),
  nextYearPlan: text(8000).default(''),
  contact: z.object({ name: text(200).default(''), title: text(200).nullish(), email: text(200).nullish(), phone: text(50).nullish() }).nullish(),
});

export type NgoReportContent = z.infer<typeof ngoReportContentSchema>;

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const issue = (path: string, code: string, severity: ContentIssue['severity'], messageVi: string, messageEn: string): ContentIssue => ({ path, code, severity, messageVi, messageEn });

async function registryOf(db: Executor, ctx: FormContext) {
  const organizationId = ctx.obligation.organizationId;
  return organizationId ? repo.selectNgoRegistryFacts(db, organizationId) : null;
}

/** Completeness and plausibility of a Form 05 (errors block the submission; warnings are kept with it). */
export async function checkNgoReport(db: Executor, ctx: FormContext, content: NgoReportContent): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  if (!content.staff) issues.push(issue('staff', 'required', 'error', 'Vui lòng nhập số nhân sự nước ngoài và Việt Nam.', 'Enter the numbers of foreign and Vietnamese staff.'));
  if (!content.contact?.name) issues.push(issue('contact.name', 'required', 'error', 'Vui lòng nhập người liên hệ.', 'Enter a contact person.'));
  const registry = await registryOf(db, ctx);
  const areas = new Set(registry?.areas ?? []);
  const codes = [...new Set(content.items.flatMap((i) => i.lines.map((l) => l.provinceCode)))];
  const provinces = await repo.selectProvinceCodes(db, codes);
  content.items.forEach((item, i) => {
    if (!item.titleVi) issues.push(issue(`items.${i}.titleVi`, 'required', 'error', 'Vui lòng nhập tên chương trình, dự án hoặc khoản viện trợ.', 'Enter the title of the program, project or aid.'));
    item.lines.forEach((line, j) => {
      const at = `items.${i}.lines.${j}`;
      if (!KNOWN_CURRENCIES.has(line.currency)) issues.push(issue(`${at}.currency`, 'unknown_currency', 'error', `Mã tiền tệ ${line.currency} không có trong ISO 4217.`, `Currency ${line.currency} is not an ISO 4217 code.`));
      const current = provinces.current.has(line.provinceCode) ? line.provinceCode : provinces.legacy.get(line.provinceCode);
      if (!current) issues.push(issue(`${at}.provinceCode`, 'unknown_province', 'error', `Mã tỉnh ${line.provinceCode} không tồn tại.`, `Province code ${line.provinceCode} does not exist.`));
      else if (registry && !areas.has(current))
        issues.push(issue(`${at}.provinceCode`, 'province_outside_areas', 'warning', `Tỉnh ${current} nằm ngoài địa bàn ghi trong giấy đăng ký: đã đánh dấu để kiểm tra.`, `Province ${current} is outside the areas of the certificate: flagged for review.`));
      if (line.disbursed > line.committed)
        issues.push(issue(`${at}.disbursed`, 'disbursed_above_committed', 'warning', 'Số giải ngân lớn hơn số cam kết.', 'The amount disbursed is larger than the amount committed.'));
    });
  });
  return issues;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One aid line per item line: field = the item's first field, country = the NGO's country, USD at the configured rate. */
export async function ngoAidLines(db: Executor, ctx: FormContext, content: NgoReportContent): Promise<AidLineInput[]> {
  const registry = await registryOf(db, ctx);
  if (!registry) return [];
  const { usdRates } = await getReportingSettings(db);
  const provinces = await repo.selectProvinceCodes(db, [...new Set(content.items.flatMap((i) => i.lines.map((l) => l.provinceCode)))]);
  return content.items.flatMap((item) =>
    item.lines.map((line) => {
      const isCurrent = provinces.current.has(line.provinceCode);
      const rate = usdRates[line.currency];
      return {
        organizationId: registry.id,
        countryCode: registry.countryCode,
        provinceCode: isCurrent ? line.provinceCode : (provinces.legacy.get(line.provinceCode) ?? line.provinceCode),
        legacyProvinceCode: isCurrent ? null : line.provinceCode,
        fieldCode: item.fieldCodes[0] ?? null,
        aidKind: item.kind,
        currency: line.currency,
        committed: line.committed,
        disbursed: line.disbursed,
        committedUsd: rate === undefined ? null : round2(line.committed * rate),
        disbursedUsd: rate === undefined ? null : round2(line.disbursed * rate),
      };
    }),
  );
}

/** A new Form 05 starts from the registry: one item over the certificate's areas and fields, with known partners. */
export async function prefillNgoReport(db: Executor, ctx: FormContext): Promise<NgoReportContent> {
  const registry = await registryOf(db, ctx);
  return {
    items: [
      {
        kind: 'project',
        titleVi: '',
        titleEn: null,
        fieldCodes: registry?.fields ?? [],
        vietnamesePartners: (registry?.partners ?? []).map((p) => ({ name: p.name, province: p.provinceCode })),
        lines: (registry?.areas ?? []).map((provinceCode) => ({ provinceCode, currency: 'USD', committed: 0, disbursed: 0 })),
        beneficiaries: { description: '', count: null },
      },
    ],
    staff: null,
    difficulties: '',
    nextYearPlan: '',
    contact: { name: '', title: null, email: null, phone: null },
  };
}

export const ngoReportForm: ReportFormHandler<NgoReportContent> = {
  form: 'ngo_annual',
  contentSchema: ngoReportContentSchema as unknown as z.ZodType<NgoReportContent>,
  prefill: prefillNgoReport,
  check: checkNgoReport,
  aidLines: ngoAidLines,
};

registerReportForm(ngoReportForm);
