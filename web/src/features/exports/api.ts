import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

/** An export job as the server reports it (status, progress, then the download link). */
export type ExportJob = paths['/api/v1/exports/{id}']['get']['responses'][200]['content']['application/json'];

/** Query keys of the exports feature. */
export const exportKeys = {
  all: ['exports'] as const,
  job: (id: string) => [...exportKeys.all, id] as const,
};

/** True while the job still runs (the hook keeps polling). */
export const isExportRunning = (job: Pick<ExportJob, 'status'> | undefined) => job?.status === 'queued' || job?.status === 'running';

/** Starts a background export: POST /exports → 202 with the job. */
export function useStartExport() {
  return useMutation({
    mutationFn: (body: { kind: string; params: Record<string, unknown> }) => unwrap(api.POST('/api/v1/exports', { body })),
  });
}

/** Follows an export job, polling every second until it is done or failed. */
export function useExportJob(id: string | null) {
  return useQuery({
    queryKey: exportKeys.job(id ?? ''),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/v1/exports/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (query) => (isExportRunning(query.state.data) || !query.state.data ? 1000 : false),
  });
}
