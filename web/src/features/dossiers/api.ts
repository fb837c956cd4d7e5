import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CreateDossierBody, DossierActionBody, DossierDetail, GuideQuery, PaperDossierBody, ProcedureCode, QueueQuery, Application } from './types';

/** Query keys of the dossiers feature. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  procedures: () => [...dossierKeys.all, 'procedures'] as const,
  guide: (code: ProcedureCode, query: GuideQuery) => [...dossierKeys.all, 'guide', code, query] as const,
  mine: () => [...dossierKeys.all, 'mine'] as const,
  myCertificates: () => [...dossierKeys.all, 'my-certificates'] as const,
  queue: (query: QueueQuery) => [...dossierKeys.all, 'queue', query] as const,
  detail: (id: string) => [...dossierKeys.all, 'detail', id] as const,
  verificationLink: (certificateId: string) => [...dossierKeys.all, 'verification-link', certificateId] as const,
};

/** The URL the upload control posts a component's file to (multipart). */
export const documentUploadUrl = (dossierId: string) => `/api/v1/dossiers/${dossierId}/documents`;
/** A document's download link (the session cookie goes with it). */
export const documentDownloadUrl = (dossierId: string, documentId: string) => `/api/v1/dossiers/${dossierId}/documents/${documentId}`;
/** The certificate PDF of an issued dossier. */
export const certificatePdfUrl = (certificateId: string) => `/api/v1/certificates/${certificateId}/pdf`;

/** The six procedures (public). */
export function useProcedures() {
  return useQuery({ queryKey: dossierKeys.procedures(), queryFn: () => unwrap(api.GET('/api/v1/procedures')), staleTime: 10 * 60_000, select: (d) => d.items });
}

/** The guide of one procedure for the applicant's answers (components, planned steps, expected decision day). */
export function useProcedureGuide(code: ProcedureCode | null, query: GuideQuery) {
  return useQuery({
    queryKey: dossierKeys.guide(code ?? 'operation.issue', query),
    queryFn: () => unwrap(api.GET('/api/v1/procedures/{code}/guide', { params: { path: { code: code! }, query } })),
    enabled: code !== null,
    placeholderData: keepPreviousData,
  });
}

/** The NGO's own dossiers. */
export function useMyDossiers() {
  return useQuery({ queryKey: dossierKeys.mine(), queryFn: () => unwrap(api.GET('/api/v1/my/dossiers')), select: (d) => d.items });
}

/** The certificates of the NGO's own organisations (to pick the one an amend / extend dossier acts on). */
export function useMyCertificates(enabled = true) {
  return useQuery({ queryKey: dossierKeys.myCertificates(), queryFn: () => unwrap(api.GET('/api/v1/my/certificates')), select: (d) => d.items, enabled });
}

/** MOFA's queue with its filters. */
export function useDossierQueue(query: QueueQuery) {
  return useQuery({
    queryKey: dossierKeys.queue(query),
    queryFn: () => unwrap(api.GET('/api/v1/dossiers', { params: { query } })),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

/** One dossier with its timeline, documents, messages and allowed actions. */
export function useDossier(id: string) {
  return useQuery({ queryKey: dossierKeys.detail(id), queryFn: () => unwrap(api.GET('/api/v1/dossiers/{id}', { params: { path: { id } } })) });
}

/** Puts a fresh dossier detail in the cache and marks the lists stale. */
function useStoreDetail() {
  const queryClient = useQueryClient();
  return (detail: DossierDetail) => {
    queryClient.setQueryData(dossierKeys.detail(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: dossierKeys.mine() });
    void queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'queue'] });
  };
}

/** Opens a draft (the client key makes a double click create one dossier). */
export function useCreateDossier() {
  const store = useStoreDetail();
  return useMutation({ mutationFn: (body: CreateDossierBody) => unwrap(api.POST('/api/v1/my/dossiers', { body })), onSuccess: store });
}

/** Saves the application form of a draft (or while a supplement is requested). */
export function useSaveApplication(id: string) {
  const store = useStoreDetail();
  return useMutation({
    mutationFn: (input: { application: Application; lockVersion: number }) => unwrap(api.PUT('/api/v1/dossiers/{id}/application', { params: { path: { id } }, body: input })),
    onSuccess: store,
  });
}

/** Takes a workflow action; a 409 carries the current status and allowed actions, so the detail is reloaded. */
export function useDossierAction(id: string) {
  const store = useStoreDetail();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DossierActionBody) => unwrap(api.POST('/api/v1/dossiers/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: store,
    onError: () => void queryClient.invalidateQueries({ queryKey: dossierKeys.detail(id) }),
  });
}

/** Posts a message on the dossier. */
export function usePostMessage(id: string) {
  const store = useStoreDetail();
  return useMutation({ mutationFn: (body: string) => unwrap(api.POST('/api/v1/dossiers/{id}/messages', { params: { path: { id } }, body: { body } })), onSuccess: store });
}

/** Assigns the dossier to an officer (here: the signed-in one). */
export function useAssignDossier(id: string) {
  const store = useStoreDetail();
  return useMutation({ mutationFn: (userId: string) => unwrap(api.POST('/api/v1/dossiers/{id}/assign', { params: { path: { id } }, body: { userId } })), onSuccess: store });
}

/** Removes an uploaded file from a draft. */
export function useRemoveDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => unwrap(api.DELETE('/api/v1/dossiers/{id}/documents/{documentId}', { params: { path: { id, documentId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dossierKeys.detail(id) }),
  });
}

/** Re-reads a dossier after an upload. */
export function useRefreshDossier(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: dossierKeys.detail(id) });
}

/** Records a dossier received on paper or by post. */
export function useReceivePaperDossier() {
  const store = useStoreDetail();
  return useMutation({ mutationFn: (body: PaperDossierBody) => unwrap(api.POST('/api/v1/dossiers/paper', { body })), onSuccess: store });
}

/** The signed verification link of an issued certificate (what its QR code encodes). */
export function useVerificationLink(certificateId: string | null) {
  return useQuery({
    queryKey: dossierKeys.verificationLink(certificateId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/certificates/{id}/verification-link', { params: { path: { id: certificateId! } } })),
    enabled: certificateId !== null,
    staleTime: 5 * 60_000,
  });
}
