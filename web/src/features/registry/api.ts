import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RegistrySearchQuery } from '../../api/types';
import type { paths } from '../../api/schema';
import type { RegistryFilters } from './registry-filters';

/** Query keys of the registry feature. */
export const registryKeys = {
  all: ['registry'] as const,
  searches: () => [...registryKeys.all, 'search'] as const,
  search: (filters: RegistryFilters) => [...registryKeys.searches(), filters] as const,
  /** Counts depend on the filters and the search text only, not on the sort order. */
  counts: (filters: RegistryFilters) => [...registryKeys.searches(), 'counts', countFilters(filters)] as const,
  /** Every day of one NGO's profile (invalidated after a change to that NGO). */
  profiles: (id: string) => [...registryKeys.all, 'profile', id] as const,
  profile: (id: string, asOf: string | undefined) => [...registryKeys.profiles(id), asOf ?? 'now'] as const,
  savedSearches: () => [...registryKeys.all, 'saved-searches'] as const,
};

const PAGE_SIZE = 20;

/** Query of GET /organizations/facets. */
type RegistryCountsQuery = NonNullable<paths['/api/v1/organizations/facets']['get']['parameters']['query']>;

/** The API query for the page's filters (empty values left out). */
export function toSearchQuery(filters: RegistryFilters, cursor: string | undefined): RegistrySearchQuery {
  const query: RegistrySearchQuery = { sort: filters.sort, limit: PAGE_SIZE };
  if (filters.q) query.q = filters.q;
  if (filters.province) query.province = filters.province;
  if (filters.field) query.field = filters.field;
  if (filters.country) query.country = filters.country;
  if (filters.type) query.type = filters.type;
  if (filters.status) query.status = filters.status;
  if (filters.expiringWithinDays !== undefined) query.expiringWithinDays = filters.expiringWithinDays;
  if (filters.legacy !== undefined) query.legacy = filters.legacy ? 'true' : 'false';
  if (cursor) query.cursor = cursor;
  return query;
}

/** The filters the counts depend on (the sort order does not change them). */
function countFilters(filters: RegistryFilters): RegistryFilters {
  const { sort: _sort, ...rest } = filters;
  return rest as RegistryFilters;
}

/** The API query of the counts: the look-up's filters and text, without sort, cursor or page size. */
export function toCountsQuery(filters: RegistryFilters): RegistryCountsQuery {
  const { sort: _sort, limit: _limit, cursor: _cursor, ...query } = toSearchQuery(filters, undefined);
  return query;
}

/**
 * The total and facet counts of the look-up: a request of its own, sent beside the first page, so the rows show
 * as soon as they are read. The previous counts stay on screen while new ones load.
 */
export function useRegistryCounts(filters: RegistryFilters) {
  return useQuery({
    queryKey: registryKeys.counts(filters),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/facets', { params: { query: toCountsQuery(filters) } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * The look-up: the first page, then further pages with the keyset cursor ("Load more").
 * The previous results stay on screen while new filters load.
 */
export function useRegistrySearch(filters: RegistryFilters) {
  return useInfiniteQuery({
    queryKey: registryKeys.search(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/organizations', { params: { query: toSearchQuery(filters, pageParam) } })),
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The internal profile of an NGO, now or as it stood on `asOf` (YYYY-MM-DD). */
export function useOrganizationProfile(id: string, asOf: string | undefined) {
  return useQuery({
    queryKey: registryKeys.profile(id, asOf),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id }, query: asOf ? { asOf } : {} } })),
    // Keep the page on screen while another day of the same NGO loads; never show another NGO's data.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });
}
