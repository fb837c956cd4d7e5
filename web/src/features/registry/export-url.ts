import type { RegistryFilters } from './registry-filters';

/** File formats of the register export. */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The address of the register export with the page's filters (the search's parameter names, no paging). A plain
 * GET link: the session cookie goes with it, and no CSRF header is needed.
 */
export function registryExportUrl(filters: RegistryFilters, format: ExportFormat): string {
  const params = new URLSearchParams({ format });
  const set = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  set('q', filters.q);
  set('province', filters.province);
  set('field', filters.field);
  set('country', filters.country);
  set('type', filters.type);
  set('status', filters.status);
  set('expiringWithinDays', filters.expiringWithinDays);
  set('legacy', filters.legacy);
  set('sort', filters.sort);
  return `/api/v1/organizations/export?${params.toString()}`;
}
