/** Pure helpers that shape the dashboard's API rows for the charts and the map. */

export interface NamedCount {
  code: string;
  nameVi: string | null;
  nameEn: string | null;
  count: number;
}

/** The label of a row in the current language; 'other' gets the translated "Others". */
export function rowLabel(row: Pick<NamedCount, 'code' | 'nameVi' | 'nameEn'>, language: string, otherLabel: string): string {
  if (row.code === 'other') return otherLabel;
  return (language === 'en' ? row.nameEn : row.nameVi) ?? row.nameVi ?? row.nameEn ?? row.code;
}

/** Rows as { label, value } for a bar chart, largest first (the server's order kept for ties). */
export function toBars(rows: readonly NamedCount[], language: string, otherLabel: string): { code: string; label: string; value: number }[] {
  return rows.map((r) => ({ code: r.code, label: rowLabel(r, language, otherLabel), value: r.count }));
}

/** Province rows as the map's `values` (code → count). */
export function toMapValues(rows: readonly Pick<NamedCount, 'code' | 'count'>[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.code, r.count]));
}

/** Sum of a consultation or dossier timeliness record's parts, for percentages. */
export function share(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

/** A compact amount for chart axes: 1.2 M, 350 K, 900. */
export function compactAmount(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
