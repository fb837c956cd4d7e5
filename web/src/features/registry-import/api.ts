import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** An import batch: status, progress, counts, file problems, abilities. */
export type RegistryImport = JsonOf<paths['/api/v1/registry-imports/{id}']['get']['responses'][200]>;
/** One checked row with its problems. */
export type RegistryImportRow = JsonOf<paths['/api/v1/registry-imports/{id}/rows']['get']['responses'][200]>['items'][number];
/** A problem of one row. */
export type RowIssue = RegistryImportRow['issues'][number];
/** Which rows the table shows. */
export type RowFilter = 'errors' | 'warnings' | 'all';

/** Query keys of the import feature. */
export const importKeys = {
  all: ['registryImport'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  batch: (id: string) => [...importKeys.all, 'batch', id] as const,
  rows: (id: string, only: RowFilter, status: string) => [...importKeys.all, 'rows', id, only, status] as const,
};

/** Where the browser downloads a template (a plain link: the session cookie goes with it). */
export const templateUrl = (format: 'xlsx' | 'csv') => `/api/v1/registry-imports/template?format=${format}`;
/** Where the browser uploads a file (multipart, field "file"). */
export const UPLOAD_URL = '/api/v1/registry-imports';
/** Largest file the server accepts. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** True while the server is still working on the batch (the page polls then). */
export const isBusy = (status: RegistryImport['status'] | undefined) => status === 'validating' || status === 'committing';

/** The recent batches. */
export function useRecentImports() {
  return useQuery({ queryKey: importKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/registry-imports')), select: (data) => data.items });
}

/** One batch, re-read every second while it is being checked or committed (progress bar). */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKeys.batch(id),
    queryFn: () => unwrap(api.GET('/api/v1/registry-imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (isBusy(query.state.data?.status) ? 1000 : false),
  });
}

/** The checked rows (errors, warnings or all), 100 at a time ("Load more"); read again when the status changes. */
export function useImportRows(batch: Pick<RegistryImport, 'id' | 'status'>, only: RowFilter) {
  const { id, status } = batch;
  return useInfiniteQuery({
    queryKey: importKeys.rows(id, only, status),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/registry-imports/{id}/rows', { params: { path: { id }, query: { only, limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !isBusy(status),
  });
}

function useBatchMutation(action: 'commit' | 'discard') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      action === 'commit'
        ? unwrap(api.POST('/api/v1/registry-imports/{id}/commit', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/registry-imports/{id}/discard', { params: { path: { id } } })),
    onSuccess: (batch) => {
      queryClient.setQueryData(importKeys.batch(batch.id), batch);
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
      if (action === 'commit') void queryClient.invalidateQueries({ queryKey: ['registry'] });
    },
    onError: (_error, id) => void queryClient.invalidateQueries({ queryKey: importKeys.batch(id) }),
  });
}

/** Commits a checked batch (all rows or none). */
export const useCommitImport = () => useBatchMutation('commit');
/** Discards a batch. */
export const useDiscardImport = () => useBatchMutation('discard');
