import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { dossierKeys } from '../dossiers/api';
import type { ForwardBody, InboxStatus, ReplyBody, SendBody } from './types';

/** Query keys of the consultation feature. */
export const consultationKeys = {
  all: ['consultations'] as const,
  inbox: (status: InboxStatus | undefined) => [...consultationKeys.all, 'inbox', status ?? 'all'] as const,
  request: (id: string) => [...consultationKeys.all, 'request', id] as const,
  departments: (id: string) => [...consultationKeys.all, 'departments', id] as const,
  agencies: () => [...consultationKeys.all, 'agencies'] as const,
  statistics: (from: string, to: string) => [...consultationKeys.all, 'statistics', from, to] as const,
  matrix: (dossierId: string) => [...consultationKeys.all, 'matrix', dossierId] as const,
};

/** The request letter (PDF or DOCX). */
export const letterUrl = (id: string, format: 'pdf' | 'docx') => `/api/v1/consultations/${id}/letter?format=${format}`;
/** A dossier file read through the request (the read is logged). */
export const requestDocumentUrl = (id: string, documentId: string) => `/api/v1/consultations/${id}/documents/${documentId}`;
/** The signed letter of a reply (PDF; a draft's only for the agency itself). */
export const replyLetterUrl = (id: string, replyId: string) => `/api/v1/consultations/${id}/replies/${replyId}/letter`;
/** The opinion matrix as XLSX or DOCX. */
export const matrixExportUrl = (dossierId: string, format: 'xlsx' | 'docx') => `/api/v1/dossiers/${dossierId}/consultation/export?format=${format}`;

/** The agency's requests for opinion. */
export function useConsultationInbox(status: InboxStatus | undefined) {
  return useQuery({
    queryKey: consultationKeys.inbox(status),
    queryFn: () => unwrap(api.GET('/api/v1/consultations', { params: { query: status ? { status } : {} } })),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

/** One request with the dossier, replies and sub-requests. */
export function useConsultationRequest(id: string) {
  return useQuery({ queryKey: consultationKeys.request(id), queryFn: () => unwrap(api.GET('/api/v1/consultations/{id}', { params: { path: { id } } })) });
}

/** Reloads a request and the inboxes after a change. */
function useRefreshRequest(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: consultationKeys.request(id) });
    void queryClient.invalidateQueries({ queryKey: [...consultationKeys.all, 'inbox'] });
  };
}

/** Saves the draft reply (PUT). */
export function useSaveReplyDraft(id: string) {
  const refresh = useRefreshRequest(id);
  return useMutation({ mutationFn: (body: ReplyBody) => unwrap(api.PUT('/api/v1/consultations/{id}/reply', { params: { path: { id } }, body })), onSuccess: refresh });
}

/** Sends the draft reply (it becomes immutable). */
export function useSendReply(id: string) {
  const refresh = useRefreshRequest(id);
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/consultations/{id}/reply/send', { params: { path: { id } } })), onSuccess: refresh });
}

/** Attaches the signed letter (PDF, checked by content on the server) to the draft reply. */
export function useUploadReplyLetter(id: string) {
  const refresh = useRefreshRequest(id);
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return unwrap(api.POST('/api/v1/consultations/{id}/reply/letter', { params: { path: { id } }, body: body as never }));
    },
    onSuccess: refresh,
  });
}

/** Forwards an internal sub-request to a department of the province. */
export function useForwardRequest(id: string) {
  const refresh = useRefreshRequest(id);
  return useMutation({ mutationFn: (body: ForwardBody) => unwrap(api.POST('/api/v1/consultations/{id}/forward', { params: { path: { id } }, body })), onSuccess: refresh });
}

/** The departments the request may be forwarded to. */
export function useRequestDepartments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: consultationKeys.departments(id),
    queryFn: () => unwrap(api.GET('/api/v1/consultations/{id}/departments', { params: { path: { id } } })),
    select: (d) => d.items,
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** The agencies MOFA may add to a proposal. */
export function useConsultableAgencies(enabled: boolean) {
  return useQuery({
    queryKey: consultationKeys.agencies(),
    queryFn: () => unwrap(api.GET('/api/v1/consultations/agencies')),
    select: (d) => d.items,
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** Per-agency counts over requests sent in [from, to]. */
export function useConsultationStatistics(from: string, to: string) {
  return useQuery({
    queryKey: consultationKeys.statistics(from, to),
    queryFn: () => unwrap(api.GET('/api/v1/consultations/statistics', { params: { query: { from, to } } })),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

/** MOFA's opinion matrix of a dossier (with the proposal while it is accepted). */
export function useOpinionMatrix(dossierId: string, status: string, enabled: boolean) {
  return useQuery({
    queryKey: [...consultationKeys.matrix(dossierId), status],
    queryFn: () => unwrap(api.GET('/api/v1/dossiers/{id}/consultation', { params: { path: { id: dossierId } } })),
    enabled,
  });
}

/** Sends the requests for opinion; the dossier moves to in_consultation. */
export function useSendForConsultation(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendBody) => unwrap(api.POST('/api/v1/dossiers/{id}/consultation/send', { params: { path: { id: dossierId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consultationKeys.matrix(dossierId) });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.detail(dossierId) });
      void queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'queue'] });
    },
  });
}
