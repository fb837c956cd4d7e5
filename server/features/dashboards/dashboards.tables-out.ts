import { stringify } from 'csv-stringify/sync';
import type { DashboardChart, DashboardOverview } from './dashboards.schemas';

/** One chart's data as a plain table (header + rows), the shape both the CSV download and the XLSX sheets use. */
export interface ChartTable {
  chart: DashboardChart;
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

type Lang = 'vi' | 'en';
const t = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);
const nameOf = (lang: Lang, r: { code: string; nameVi: string | null; nameEn: string | null }) =>
  r.code === 'other' ? t(lang, 'Khác', 'Others') : ((lang === 'vi' ? r.nameVi : r.nameEn) ?? r.code);

/** The charts present in `data` (the public statistics carry a subset). */
export type ChartData = Partial<DashboardOverview> & Pick<DashboardOverview, 'asOf'>;

/** The table of one chart, with Vietnamese or English headers. Returns null when the chart is absent from `data`. */
export function chartTable(data: ChartData, chart: DashboardChart, lang: Lang): ChartTable | null {
  const counts = (rows: DashboardOverview['ngosByCountry'] | undefined, title: [string, string], column: [string, string]) =>
    rows
      ? { chart, title: t(lang, ...title), columns: [t(lang, 'Mã', 'Code'), t(lang, ...column), t(lang, 'Số tổ chức', 'NGOs')], rows: rows.map((r) => [r.code, nameOf(lang, r), r.count]) }
      : null;
  switch (chart) {
    case 'ngosByCountry':
      return counts(data.ngosByCountry, ['Tổ chức theo quốc gia', 'NGOs by country'], ['Quốc gia', 'Country']);
    case 'ngosByField':
      return counts(data.ngosByField, ['Tổ chức theo lĩnh vực', 'NGOs by field'], ['Lĩnh vực', 'Field']);
    case 'ngosByProvince':
      return counts(data.ngosByProvince, ['Tổ chức theo tỉnh, thành phố', 'NGOs by province'], ['Tỉnh, thành phố', 'Province']);
    case 'aidByYear':
      return data.aidByYear
        ? {
            chart,
            title: t(lang, 'Viện trợ theo năm (USD)', 'Aid by year (USD)'),
            columns: [t(lang, 'Năm báo cáo', 'Reporting year'), t(lang, 'Cam kết (USD)', 'Committed (USD)'), t(lang, 'Giải ngân (USD)', 'Disbursed (USD)')],
            rows: data.aidByYear.map((r) => [r.year, r.committedUsd, r.disbursedUsd]),
          }
        : null;
    case 'certificateExpiries':
      return data.certificateExpiries
        ? {
            chart,
            title: t(lang, 'Giấy đăng ký sắp hết hạn', 'Certificates expiring'),
            columns: [t(lang, 'Trong vòng (ngày)', 'Within (days)'), t(lang, 'Số giấy đăng ký', 'Certificates')],
            rows: data.certificateExpiries.map((r) => [r.withinDays, r.count]),
          }
        : null;
    case 'certificatesByStatus':
      return data.certificatesByStatus
        ? {
            chart,
            title: t(lang, 'Giấy đăng ký theo tình trạng', 'Certificates by status'),
            columns: [t(lang, 'Tình trạng', 'Status'), t(lang, 'Số giấy đăng ký', 'Certificates')],
            rows: data.certificatesByStatus.map((r) => [r.status, r.count]),
          }
        : null;
    case 'dossierTimeliness':
      return data.dossierTimeliness
        ? {
            chart,
            title: t(lang, 'Hồ sơ: đúng hạn và quá hạn', 'Dossiers: on time and overdue'),
            columns: [
              t(lang, 'Thủ tục', 'Procedure'),
              t(lang, 'Đang xử lý, trong hạn', 'Open, on time'),
              t(lang, 'Đang xử lý, quá hạn', 'Open, overdue'),
              t(lang, 'Đã giải quyết đúng hạn', 'Closed on time'),
              t(lang, 'Đã giải quyết trễ hạn', 'Closed late'),
            ],
            rows: data.dossierTimeliness.map((r) => [r.procedure, r.openOnTime, r.openOverdue, r.closedOnTime, r.closedLate]),
          }
        : null;
    case 'consultationTimeliness':
      return data.consultationTimeliness
        ? {
            chart,
            title: t(lang, 'Trả lời xin ý kiến', 'Consultation replies'),
            columns: [
              t(lang, 'Mã cơ quan', 'Agency code'),
              t(lang, 'Cơ quan', 'Agency'),
              t(lang, 'Đã nhận', 'Received'),
              t(lang, 'Đúng hạn', 'On time'),
              t(lang, 'Trễ hạn', 'Late'),
              t(lang, 'Không trả lời', 'Missing'),
              t(lang, 'Chưa đến hạn', 'Pending'),
            ],
            rows: data.consultationTimeliness.byAgency.map((r) => [r.unitCode, (lang === 'vi' ? r.nameVi : r.nameEn) ?? r.unitCode, r.received, r.onTime, r.late, r.missing, r.pending]),
          }
        : null;
  }
}

/** A chart table as CSV: UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly. */
export function chartCsv(table: ChartTable): Buffer {
  return Buffer.from('\uFEFF' + stringify([table.columns, ...table.rows]), 'utf8');
}
