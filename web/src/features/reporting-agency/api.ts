import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ActionTaskQuery, AgencyReportContent, ConsolidationQuery, TaskUpdateBody } from './types';

/** Query keys of the agency reporting feature (agency report, action program, consolidation). */
export const reportingAgencyKeys = {
  all: ['reporting-agency'] as const,
  tasks: (query: ActionTaskQuery) => [...reportingAgencyKeys.all, 'tasks', query] as const,
  taskUpdates: (id: string) => [...reportingAgencyKeys.all, 'task-updates', id] as const,
  consolidation: (query: ConsolidationQuery) => [...reportingAgencyKeys.all, 'consolidation', query] as const,
  reconciliation: (year: number, all: boolean) => [...reportingAgencyKeys.all, 'reconciliation', year, all] as const,
  report: (obligationId: string) => [...reportingAgencyKeys.all, 'report', obligationId] as const,
};

/** Upload URL of an evidence file (multipart; the answer goes into the next update's evidence list). */
export const evidenceUploadUrl = (taskId: string) => `/api/v1/action-tasks/${taskId}/evidence`;
/** Download URL of an evidence file of an update. */
export const evidenceUrl = (taskId: string, updateId: string, index: number) => `/api/v1/action-tasks/${taskId}/updates/${updateId}/evidence/${index}`;
/** The consolidated tables as XLSX or DOCX. */
export const consolidationExportUrl = (query: ConsolidationQuery, format: 'xlsx' | 'docx') => {
  const params = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  return `/api/v1/reporting/consolidation/export?${params.toString()}`;
};

/** Action-program tasks with the latest updates the caller may see. */
export function useActionTasks(query: ActionTaskQuery) {
  return useQuery({ queryKey: reportingAgencyKeys.tasks(query), queryFn: () => unwrap(api.GET('/api/v1/action-tasks', { params: { query } })), placeholderData: keepPreviousData });
}

/** The history of a task's updates. */
export function useTaskUpdates(id: string | null) {
  return useQuery({ queryKey: reportingAgencyKeys.taskUpdates(id ?? ''), enabled: !!id, queryFn: () => unwrap(api.GET('/api/v1/action-tasks/{id}/updates', { params: { path: { id: id! } } })) });
}

/** Appends my unit's update on a task. */
export function useRecordTaskUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TaskUpdateBody }) => unwrap(api.POST('/api/v1/action-tasks/{id}/updates', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingAgencyKeys.all }),
  });
}

/** Sums of NGO-reported aid by province, field, country and year (scoped by the server). */
export function useConsolidation(query: ConsolidationQuery) {
  return useQuery({ queryKey: reportingAgencyKeys.consolidation(query), queryFn: () => unwrap(api.GET('/api/v1/reporting/consolidation', { params: { query } })), placeholderData: keepPreviousData });
}

/** NGO vs province figures of a year (flagged rows, or all compared rows). */
export function useReconciliation(year: number, all: boolean) {
  return useQuery({
    queryKey: reportingAgencyKeys.reconciliation(year, all),
    queryFn: () => unwrap(api.GET('/api/v1/reporting/reconciliation', { params: { query: { year, all: all ? 'true' : 'false' } } })),
    placeholderData: keepPreviousData,
  });
}

/** A report (obligation) with its draft and versions (the generic report workflow). */
export function useReport(obligationId: string) {
  return useQuery({ queryKey: reportingAgencyKeys.report(obligationId), queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id: obligationId } } })) });
}

/** Starts the draft (prefilled by the server from the NGO reports, the registry and the task updates). */
export function useStartDraft(obligationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (amendmentReason: string | null = null) => unwrap(api.POST('/api/v1/reports/{id}/draft', { params: { path: { id: obligationId } }, body: { amendmentReason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingAgencyKeys.report(obligationId) }),
  });
}

/** Saves the draft content. */
export function useSaveDraft(obligationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: AgencyReportContent) => unwrap(api.PUT('/api/v1/reports/{id}/draft', { params: { path: { id: obligationId } }, body: { content: content as unknown as Record<string, unknown> } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingAgencyKeys.report(obligationId) }),
  });
}

/** Submits the draft (then immutable; an amendment needs a reason). */
export function useSubmitReport(obligationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (amendmentReason: string | null) => unwrap(api.POST('/api/v1/reports/{id}/submit', { params: { path: { id: obligationId } }, body: { amendmentReason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingAgencyKeys.all }),
  });
}
