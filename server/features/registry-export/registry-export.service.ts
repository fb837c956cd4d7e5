import { vnDateOf } from '../../../common/dates';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { appendAudit } from '../audit/audit.service';
import { searchOrganizations, type SearchRequest } from '../organizations/organizations-search.service';
import { presentListItems } from '../organizations/organizations.presenter';
import { COUNTRIES } from '../reference/seed/countries';
import { PROVINCES } from '../reference/seed/provinces';
import { CERTIFICATE_TYPE_LABELS } from '../registry-import/registry-import.columns';
import { selectFieldNames } from './registry-export.repo';
import { buildExportCsv, buildExportXlsx, truncationNote, type ExportRow } from './registry-export.writer';

/** The most organisations one export holds. */
export const EXPORT_ROW_CAP = 20_000;
const PAGE = 500;
const STATUS_LABELS: Record<string, string> = { valid: 'Còn hiệu lực', expired: 'Hết hiệu lực', suspended: 'Bị đình chỉ', terminated: 'Chấm dứt', revoked: 'Bị thu hồi' };
const COUNTRY_NAMES = new Map(COUNTRIES.map((c) => [c.code, c.nameVi]));
const PROVINCE_NAMES = new Map(PROVINCES.map((p) => [p.code, p.nameVi]));

/** A finished export file. */
export interface ExportFile {
  body: Buffer;
  fileName: string;
  contentType: string;
  rows: number;
  total: number;
  truncated: boolean;
}

/**
 * Exports the current look-up to XLSX or CSV: exactly the rows the search shows this actor (same filters, sort
 * and province scope, through searchOrganizations page by page), at most `cap` (20,000) — a capped file says so
 * in its last row. Exporting is audited (the file holds representatives' names).
 */
export async function exportOrganizations(
  deps: Pick<Deps, 'db' | 'clock'>,
  ctx: Pick<RequestContext, 'actor' | 'requestId' | 'ip'>,
  request: Omit<SearchRequest, 'cursor' | 'limit'>,
  format: 'xlsx' | 'csv',
  cap = EXPORT_ROW_CAP,
): Promise<ExportFile> {
  const fieldNames = await selectFieldNames(deps.db);
  const rows: ExportRow[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const result = await searchOrganizations(deps, ctx.actor, { ...request, cursor, limit: Math.min(PAGE, cap - rows.length) });
    if (!cursor) total = result.total ?? 0;
    for (const item of presentListItems(result)) {
      const c = item.certificate;
      rows.push({
        registryCode: item.registryCode,
        nameOriginal: item.nameOriginal,
        nameEn: item.nameEn,
        nameVi: item.nameVi,
        abbreviation: item.abbreviation,
        country: COUNTRY_NAMES.get(item.countryCode) ?? item.countryCode,
        certificateType: c ? CERTIFICATE_TYPE_LABELS[c.type].vi : null,
        certificateNumber: c?.number ?? null,
        status: c ? (STATUS_LABELS[c.status] ?? c.status) : null,
        validFrom: c?.validFrom ?? null,
        validTo: c?.validTo ?? null,
        provinces: item.provinceCodes.map((code) => PROVINCE_NAMES.get(code) ?? code).join('; '),
        fields: item.fieldCodes.map((code) => fieldNames.get(code) ?? code).join('; '),
        representative: item.representativeName,
      });
    }
    cursor = result.nextCursor ?? undefined;
  } while (cursor && rows.length < cap);
  const truncated = rows.length < total;
  const note = truncated ? truncationNote(rows.length, total) : null;
  await appendAudit(deps.db, ctx, { action: 'registry.export', entityType: 'organization', after: { format, filters: request, rows: rows.length, total } });
  return {
    body: format === 'xlsx' ? await buildExportXlsx(rows, note) : buildExportCsv(rows, note),
    fileName: `ingo-registry-${vnDateOf(deps.clock.now())}.${format}`,
    contentType: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    rows: rows.length,
    total,
    truncated,
  };
}
