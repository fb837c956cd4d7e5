import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import '../../../i18n';
import { isExportRunning } from '../../exports/api';
import { ExportButton } from '../../exports/export-button';
import type { DashboardOverview, PublicStatistics } from '../api';
import { DashboardCharts } from './dashboard-charts';

const counts = [{ code: '46', nameVi: 'Huế', nameEn: 'Hue', count: 3 }];
const publicData: PublicStatistics = {
  asOf: '2026-11-23',
  ngosByCountry: [{ code: 'US', nameVi: 'Hoa Kỳ', nameEn: 'United States', count: 3 }],
  ngosByField: [{ code: 'health', nameVi: 'Y tế', nameEn: 'Health', count: 2 }],
  ngosByProvince: counts,
  certificatesByStatus: [{ status: 'valid', count: 3 }],
  aidByYear: [{ year: 2025, committedUsd: 1000, disbursedUsd: 500 }],
};
const overview: DashboardOverview = {
  ...publicData,
  scope: { kind: 'all' },
  certificateExpiries: [
    { withinDays: 30, count: 0 },
    { withinDays: 90, count: 1 },
    { withinDays: 180, count: 2 },
  ],
  dossierTimeliness: [{ procedure: 'operation.issue', openOnTime: 1, openOverdue: 1, closedOnTime: 0, closedLate: 0 }],
  consultationTimeliness: { from: '2025-11-23', to: '2026-11-23', totals: { received: 2, onTime: 1, late: 1, missing: 0, pending: 0 }, byAgency: [] },
};

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{node}</MemoryRouter>
    </QueryClientProvider>,
  );

describe('DashboardCharts', () => {
  it('gives every internal chart a "Tải dữ liệu" CSV link to the scoped endpoint', () => {
    const html = render(<DashboardCharts data={overview} isPublic={false} />);
    for (const chart of ['ngosByProvince', 'ngosByCountry', 'ngosByField', 'aidByYear', 'certificatesByStatus', 'certificateExpiries', 'dossierTimeliness', 'consultationTimeliness']) {
      expect(html).toContain(`data-testid="chart-csv-${chart}"`);
      expect(html).toContain(`href="/api/v1/dashboards/overview/csv?chart=${chart}"`);
    }
    expect(html).toContain('Tải dữ liệu');
  });

  it('shows only the public charts on the public page, with the public CSV links', () => {
    const html = render(<DashboardCharts data={publicData} isPublic />);
    expect(html).toContain('href="/api/v1/public/statistics/csv?chart=ngosByCountry"');
    expect(html).not.toContain('chart-certificateExpiries');
    expect(html).not.toContain('chart-dossierTimeliness');
    expect(html).not.toContain('/api/v1/dashboards/');
  });
});

describe('ExportButton', () => {
  it('starts as a button and knows when a job still runs', () => {
    expect(render(<ExportButton kind="dashboard_xlsx" />)).toContain('Xuất Excel');
    expect(isExportRunning({ status: 'queued' })).toBe(true);
    expect(isExportRunning({ status: 'running' })).toBe(true);
    expect(isExportRunning({ status: 'done' })).toBe(false);
    expect(isExportRunning(undefined)).toBe(false);
  });
});
