import type { NgoAidItem, NgoReportContent } from './types';

type Loose<T> = { [K in keyof T]?: unknown };

const amount = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const optional = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Turns the editor's form values into Form 05 content the server accepts as a draft: empty amounts become 0,
 * empty counts null, currency codes upper-case, lines without a province dropped, texts trimmed.
 */
export function toNgoContent(values: Loose<NgoReportContent> | undefined): NgoReportContent {
  const items = (Array.isArray(values?.items) ? values.items : []) as Loose<NgoAidItem>[];
  const staff = values?.staff as { foreign?: unknown; vietnamese?: unknown } | null | undefined;
  const contact = values?.contact as Record<string, unknown> | null | undefined;
  return {
    items: items.map((item) => {
      const beneficiaries = (item.beneficiaries ?? {}) as { description?: unknown; count?: unknown };
      return {
        kind: (item.kind as NgoAidItem['kind']) ?? 'project',
        titleVi: str(item.titleVi),
        titleEn: optional(item.titleEn),
        fieldCodes: Array.isArray(item.fieldCodes) ? (item.fieldCodes as string[]) : [],
        vietnamesePartners: (Array.isArray(item.vietnamesePartners) ? (item.vietnamesePartners as { name?: unknown; province?: unknown }[]) : [])
          .filter((p) => str(p?.name))
          .map((p) => ({ name: str(p.name), province: optional(p.province) })),
        lines: (Array.isArray(item.lines) ? (item.lines as Record<string, unknown>[]) : [])
          .filter((l) => str(l?.provinceCode))
          .map((l) => ({ provinceCode: str(l.provinceCode), currency: str(l.currency).toUpperCase() || 'USD', committed: amount(l.committed), disbursed: amount(l.disbursed) })),
        beneficiaries: { description: str(beneficiaries.description), count: count(beneficiaries.count) },
      };
    }),
    staff: staff && (typeof staff.foreign === 'number' || typeof staff.vietnamese === 'number') ? { foreign: amount(staff.foreign), vietnamese: amount(staff.vietnamese) } : null,
    difficulties: str(values?.difficulties),
    nextYearPlan: str(values?.nextYearPlan),
    contact: contact ? { name: str(contact.name), title: optional(contact.title), email: optional(contact.email), phone: optional(contact.phone) } : null,
  };
}
