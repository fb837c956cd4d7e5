import { describe, expect, it } from 'vitest';
import type { RegistryImportRow } from './api';
import { issueLines } from './import-issues';

const issue = (code: string, severity: 'error' | 'warning') => ({ column: 'areas', code, severity, message: { vi: code, en: code } });
const row = (rowNo: number, issues: RegistryImportRow['issues']): RegistryImportRow => ({
  rowNo, name: `Org ${rowNo}`, certificateNumber: `${rowNo}/A`, hasErrors: issues.some((i) => i.severity === 'error'), action: null, organizationId: null, issues,
});

describe('issueLines', () => {
  const rows = [row(2, [issue('unknown_province', 'error'), issue('old_province_name', 'warning')]), row(3, [])];

  it('shows one line per error, or per warning', () => {
    expect(issueLines(rows, 'errors').map((l) => `${l.rowNo}:${l.issue?.code}`)).toEqual(['2:unknown_province']);
    expect(issueLines(rows, 'warnings').map((l) => `${l.rowNo}:${l.issue?.code}`)).toEqual(['2:old_province_name']);
  });

  it('shows every row in "all", including rows without issues', () => {
    expect(issueLines(rows, 'all').map((l) => `${l.rowNo}:${l.issue?.code ?? '-'}`)).toEqual(['2:unknown_province', '2:old_province_name', '3:-']);
  });
});
