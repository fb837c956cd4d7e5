import type { RegistryImportRow, RowFilter, RowIssue } from './api';

/** One line of the issues table: a row's issue (or the row itself, when it has none). */
export interface IssueLine {
  key: string;
  rowNo: number;
  name: string | null;
  certificateNumber: string | null;
  action: RegistryImportRow['action'];
  organizationId: string | null;
  issue: RowIssue | null;
}

/**
 * Flattens checked rows into table lines: one line per issue of the kind shown (errors, or warnings), or for
 * "all rows" one line per issue plus one line for a row without any.
 */
export function issueLines(rows: readonly RegistryImportRow[], only: RowFilter): IssueLine[] {
  return rows.flatMap((row): IssueLine[] => {
    const base = { rowNo: row.rowNo, name: row.name, certificateNumber: row.certificateNumber, action: row.action, organizationId: row.organizationId };
    const issues = only === 'all' ? row.issues : row.issues.filter((i) => i.severity === (only === 'errors' ? 'error' : 'warning'));
    if (!issues.length) return only === 'all' ? [{ ...base, key: `${row.rowNo}`, issue: null }] : [];
    return issues.map((issue, i) => ({ ...base, key: `${row.rowNo}-${i}`, issue }));
  });
}
