import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { PublicSearchQuery } from '../../api/types';
import type { CertificateStatus } from '../../components/registry/registry-labels';

/** Filters of the public register (absent = no filter). */
export interface PublicFilters {
  q?: string;
  province?: string;
  field?: string;
  status?: CertificateStatus;
}

/** Query keys of the public register (kept apart from the internal registry's). */
export const publicRegisterKeys = {
  all: ['public-register'] as const,
  search: (filters: PublicFilters) => [...publicRegisterKeys.all, 'search', filters] as const,
  profile: (id: string) => [...publicRegisterKeys.all, 'profile', id] as const,
};

const PAGE_SIZE = 20;

/** The public register's results, page by page with the server's cursor. No login needed. */
export function usePublicSearch(filters: PublicFilters) {
  return useInfiniteQuery({
    queryKey: publicRegisterKeys.search(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const query: PublicSearchQuery = { limit: PAGE_SIZE };
      if (filters.q) query.q = filters.q;
      if (filters.province) query.province = filters.province;
      if (filters.field) query.field = filters.field;
      if (filters.status) query.status = filters.status;
      if (pageParam) query.cursor = pageParam;
      return unwrap(api.GET('/api/v1/public/organizations', { params: { query } }));
    },
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The public profile of an NGO (public fields only). */
export function usePublicOrganization(id: string) {
  return useQuery({
    queryKey: publicRegisterKeys.profile(id),
    queryFn: () => unwrap(api.GET('/api/v1/public/organizations/{id}', { params: { path: { id } } })),
  });
}
