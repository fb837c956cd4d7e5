import type { NgoReportContent } from './types';

/** Committed and disbursed sums of one currency. */
export interface CurrencyTotal {
  currency: string;
  committed: number;
  disbursed: number;
}

const valid = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/**
 * Totals of a Form 05 per currency (amounts in different currencies are never added together), sorted by
 * currency code. Lines without a currency yet are left out; empty or invalid amounts count as 0.
 */
export function totalsByCurrency(content: Pick<NgoReportContent, 'items'> | null | undefined): CurrencyTotal[] {
  const sums = new Map<string, CurrencyTotal>();
  for (const item of content?.items ?? []) {
    for (const line of item?.lines ?? []) {
      const currency = (line?.currency ?? '').trim().toUpperCase();
      if (!currency) continue;
      const total = sums.get(currency) ?? { currency, committed: 0, disbursed: 0 };
      total.committed += valid(line.committed);
      total.disbursed += valid(line.disbursed);
      sums.set(currency, total);
    }
  }
  return [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Formats an amount with its ISO code: VND with '.' thousands and no decimals, others with up to 2 decimals. */
export function formatAmount(amount: number, currency: string, language: 'vi' | 'en'): string {
  const locale = language === 'vi' || currency === 'VND' ? 'vi-VN' : 'en-US';
  const digits = currency === 'VND' ? 0 : 2;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(amount)} ${currency}`;
}

/** The issues of one path (e.g. `items.0.lines.1.provinceCode`), for showing warnings next to a line. */
export function issuesAt<T extends { path: string }>(issues: readonly T[], prefix: string): T[] {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}

/** Currencies offered in the editor (any other ISO 4217 code may be typed). */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'AUD', 'CHF', 'KRW', 'VND', 'CAD', 'SEK', 'NOK', 'DKK'];
