import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { registryKeys } from './api';
import type { SavedSearchQuery } from './entry-types';

/** The signed-in user's saved searches, by name. */
export function useSavedSearches() {
  return useQuery({
    queryKey: registryKeys.savedSearches(),
    queryFn: () => unwrap(api.GET('/api/v1/saved-searches')),
    select: (data) => data.items,
  });
}

function useRefreshSavedSearches() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: registryKeys.savedSearches() });
}

/** Saves the current filters under a name (409 `saved_search_name_taken` when the name is in use). */
export function useCreateSavedSearch() {
  const refresh = useRefreshSavedSearches();
  return useMutation({
    mutationFn: (body: { name: string; query: SavedSearchQuery }) => unwrap(api.POST('/api/v1/saved-searches', { body })),
    onSuccess: refresh,
  });
}

/** Renames a saved search and/or replaces its filters. */
export function useUpdateSavedSearch() {
  const refresh = useRefreshSavedSearches();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; query?: SavedSearchQuery }) =>
      unwrap(api.PUT('/api/v1/saved-searches/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Deletes a saved search. */
export function useDeleteSavedSearch() {
  const refresh = useRefreshSavedSearches();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
