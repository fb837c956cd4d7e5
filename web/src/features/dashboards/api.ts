import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

/** The scoped dashboard (GET /dashboards/overview). */
export type DashboardOverview = paths['/api/v1/dashboards/overview']['get']['responses'][200]['content']['application/json'];
/** The public statistics (GET /public/statistics). */
export type PublicStatistics = paths['/api/v1/public/statistics']['get']['responses'][200]['content']['application/json'];
/** A chart key the server can export as CSV. */
export type DashboardChart = NonNullable<paths['/api/v1/dashboards/overview/csv']['get']['parameters']['query']>['chart'];

/** Query keys of the dashboards feature. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  overview: () => [...dashboardKeys.all, 'overview'] as const,
  publicStatistics: () => [...dashboardKeys.all, 'public'] as const,
};

/** Download address of one chart's data (CSV, UTF-8 with BOM). */
export const chartCsvUrl = (chart: DashboardChart, isPublic: boolean) =>
  isPublic ? `/api/v1/public/statistics/csv?chart=${chart}` : `/api/v1/dashboards/overview/csv?chart=${chart}`;

/** The signed-in user's dashboard (scoped by the server). */
export function useDashboardOverview() {
  return useQuery({ queryKey: dashboardKeys.overview(), queryFn: () => unwrap(api.GET('/api/v1/dashboards/overview')), staleTime: 60_000 });
}

/** The public statistics (no login). */
export function usePublicStatistics() {
  return useQuery({ queryKey: dashboardKeys.publicStatistics(), queryFn: () => unwrap(api.GET('/api/v1/public/statistics')), staleTime: 5 * 60_000 });
}
