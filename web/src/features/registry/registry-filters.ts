import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, type CertificateStatus, type CertificateType } from '../../../../common/registry';

/** Sort orders of the look-up. */
export const SORT_ORDERS = ['relevance', 'name', 'valid_to'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Choices of the "expiring within" filter, in days. */
export const EXPIRING_CHOICES = [30, 90, 180, 365] as const;

/** The look-up's filters as the page holds them (absent = no filter). Kept in the address so Back restores them. */
export interface RegistryFilters {
  q?: string;
  province?: string;
  field?: string;
  country?: string;
  type?: CertificateType;
  status?: CertificateStatus;
  expiringWithinDays?: number;
  legacy?: boolean;
  sort: SortOrder;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);

/** Reads the filters from the address (`?q=…&province=46`); unknown values are ignored. */
export function filtersFromParams(params: URLSearchParams): RegistryFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const type = params.get('type');
  const status = params.get('status');
  const sort = params.get('sort');
  const days = Number(params.get('expiring'));
  const legacy = params.get('legacy');
  return {
    q: text('q'),
    province: text('province'),
    field: text('field'),
    country: text('country'),
    type: isOneOf(CERTIFICATE_TYPES, type) ? type : undefined,
    status: isOneOf(CERTIFICATE_STATUSES, status) ? status : undefined,
    expiringWithinDays: Number.isInteger(days) && days > 0 ? days : undefined,
    legacy: legacy === 'true' ? true : legacy === 'false' ? false : undefined,
    sort: isOneOf(SORT_ORDERS, sort) ? sort : 'relevance',
  };
}

/** Writes the filters to address parameters, leaving out the empty ones and the default sort. */
export function paramsFromFilters(filters: RegistryFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  set('q', filters.q);
  set('province', filters.province);
  set('field', filters.field);
  set('country', filters.country);
  set('type', filters.type);
  set('status', filters.status);
  set('expiring', filters.expiringWithinDays);
  set('legacy', filters.legacy);
  if (filters.sort !== 'relevance') set('sort', filters.sort);
  return params;
}

/** True when any filter other than the search text and sort is set. */
export function hasActiveFilters(filters: RegistryFilters): boolean {
  const { q: _q, sort: _sort, ...rest } = filters;
  return Object.values(rest).some((value) => value !== undefined);
}
