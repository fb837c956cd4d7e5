import type { SavedSearchQuery } from './entry-types';
import { filtersFromParams, paramsFromFilters, type RegistryFilters } from './registry-filters';

/** The page's filters as a saved search keeps them (empty filters left out). */
export function savedQueryOf(filters: RegistryFilters): SavedSearchQuery {
  const query: SavedSearchQuery = { sort: filters.sort };
  if (filters.q) query.q = filters.q;
  if (filters.province) query.province = filters.province;
  if (filters.field) query.field = filters.field;
  if (filters.country) query.country = filters.country;
  if (filters.type) query.type = filters.type;
  if (filters.status) query.status = filters.status;
  if (filters.expiringWithinDays !== undefined) query.expiringWithinDays = filters.expiringWithinDays;
  if (filters.legacy !== undefined) query.legacy = filters.legacy;
  return query;
}

/**
 * The address parameters that apply a saved search (`?q=…&expiring=90`): the same reading as a typed address, so a
 * value the page no longer offers is ignored rather than sent.
 */
export function paramsOfSavedQuery(query: SavedSearchQuery): URLSearchParams {
  const filters: RegistryFilters = {
    q: query.q,
    province: query.province,
    field: query.field,
    country: query.country,
    type: query.type,
    status: query.status,
    expiringWithinDays: query.expiringWithinDays,
    legacy: query.legacy,
    sort: query.sort,
  };
  return paramsFromFilters(filtersFromParams(paramsFromFilters(filters)));
}

/** True when the page shows exactly the saved search's filters. */
export function isSavedQueryApplied(query: SavedSearchQuery, filters: RegistryFilters): boolean {
  return paramsOfSavedQuery(query).toString() === paramsFromFilters(filters).toString();
}
