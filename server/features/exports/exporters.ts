import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { vnDateOf } from '../../../common/dates';
import { DASHBOARD_CHARTS } from '../dashboards/dashboards.schemas';
import { getDashboardOverview, scopeOfActor } from '../dashboards/dashboards.service';
import { chartTable } from '../dashboards/dashboards.tables-out';
import { countAidNgos, selectAidByNgoPage } from './aid-by-ngo.repo';
import { registerExporter } from './exports.registry';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows read (and written) per page of the aid export; progress moves once per page. */
export const AID_EXPORT_PAGE = 1000;

/** A sheet name Excel accepts: no : \\ / ? * [ ], at most 31 characters. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' -').replace(/\s+/g, ' ').slice(0, 31).trim();

const langSchema = z.enum(['vi', 'en']).default('vi');

/** 'dashboard_xlsx': every table of the caller's (scoped) dashboard, one sheet each. */
registerExporter(
  'dashboard_xlsx',
  async (deps, params, actor, onProgress) => {
    const { lang } = z.object({ lang: langSchema }).parse(params ?? {});
    const overview = await getDashboardOverview(deps, actor);
    await onProgress(50);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'INGO Hub';
    for (const chart of DASHBOARD_CHARTS) {
      const table = chartTable(overview, chart, lang);
      if (!table) continue;
      const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.addRow(table.columns).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row);
      sheet.columns.forEach((column, i) => (column.width = i === 1 ? 36 : 18));
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return { buffer, fileName: `ingo-dashboard-${overview.asOf}.xlsx`, contentType: XLSX };
  },
  { permission: 'reports:read', params: z.object({ lang: langSchema.optional() }) },
);

const aidParams = z.object({ year: z.int().min(2000).max(2100), lang: langSchema.optional() });

/**
 * 'aid_by_ngo_xlsx': every NGO's current reported aid in a year (within the caller's dashboard scope), streamed
 * row by row with exceljs' WorkbookWriter (memory stays flat at 200,000 NGOs), progress once per 1,000 rows.
 */
registerExporter(
  'aid_by_ngo_xlsx',
  async (deps, params, actor, onProgress) => {
    const { year, lang = 'vi' } = aidParams.parse(params);
    const vi = lang === 'vi';
    const scope = await scopeOfActor(deps, actor);
    const total = await countAidNgos(deps.db, year, scope);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      out.on('end', resolve);
      out.on('error', reject);
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(vi ? `Viện trợ ${year}` : `Aid ${year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: vi ? 'Mã tổ chức' : 'Registry code', key: 'code', width: 16 },
      { header: vi ? 'Tên tiếng Anh' : 'English name', key: 'nameEn', width: 48 },
      { header: vi ? 'Tên tiếng Việt' : 'Vietnamese name', key: 'nameVi', width: 48 },
      { header: vi ? 'Quốc gia' : 'Country', key: 'country', width: 10 },
      { header: vi ? 'Số tỉnh' : 'Provinces', key: 'provinces', width: 10 },
      { header: vi ? 'Tiền tệ' : 'Currencies', key: 'currencies', width: 14 },
      { header: vi ? 'Cam kết (USD)' : 'Committed (USD)', key: 'committed', width: 18, style: { numFmt: '#,##0' } },
      { header: vi ? 'Giải ngân (USD)' : 'Disbursed (USD)', key: 'disbursed', width: 18, style: { numFmt: '#,##0' } },
    ];
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const page = await selectAidByNgoPage(deps.db, year, scope, after, AID_EXPORT_PAGE);
      for (const r of page) {
        sheet
          .addRow({ code: r.registryCode, nameEn: r.nameEn, nameVi: r.nameVi ?? '', country: r.countryCode, provinces: r.provinces, currencies: r.currencies, committed: r.committedUsd, disbursed: r.disbursedUsd })
          .commit();
      }
      done += page.length;
      if (total) await onProgress((done / total) * 100);
      if (page.length < AID_EXPORT_PAGE) break;
      after = page[page.length - 1]!.organizationId;
    }
    sheet.commit();
    await workbook.commit();
    await ended;
    return { buffer: Buffer.concat(chunks), fileName: `ingo-aid-by-ngo-${year}-${vnDateOf(deps.clock.now())}.xlsx`, contentType: XLSX };
  },
  { permission: 'reports:read', params: aidParams },
);
