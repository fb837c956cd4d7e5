import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { registryKeys } from './api';
import type { AddVersionBody, CreateOrganizationBody, RecordCertificateBody, RecordDecisionBody, UpdateOrganizationBody } from './entry-types';

/** After a change to an NGO: its profile (every "as of" day) and the look-up results are stale. */
function useRefreshOrganization() {
  const queryClient = useQueryClient();
  return async (organizationId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: registryKeys.profiles(organizationId) }),
      queryClient.invalidateQueries({ queryKey: registryKeys.searches() }),
    ]);
  };
}

/** Records an NGO (MOFA data entry); answers the new profile. */
export function useCreateOrganization() {
  const refresh = useRefreshOrganization();
  return useMutation({
    mutationFn: (body: CreateOrganizationBody) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: (profile) => refresh(profile.id),
  });
}

/** Edits an NGO's identity, people and partners. */
export function useUpdateOrganization(organizationId: string) {
  const refresh = useRefreshOrganization();
  return useMutation({
    mutationFn: (body: UpdateOrganizationBody) => unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: organizationId } }, body })),
    onSuccess: () => refresh(organizationId),
  });
}

/** Records an existing (or legacy) certificate of an NGO. */
export function useRecordCertificate(organizationId: string) {
  const refresh = useRefreshOrganization();
  return useMutation({
    mutationFn: (body: RecordCertificateBody) =>
      unwrap(api.POST('/api/v1/organizations/{id}/certificates', { params: { path: { id: organizationId } }, body })),
    onSuccess: () => refresh(organizationId),
  });
}

/** Records an amendment, supplement, re-issue or extension of a certificate. */
export function useAddCertificateVersion(organizationId: string, certificateId: string) {
  const refresh = useRefreshOrganization();
  return useMutation({
    mutationFn: (body: AddVersionBody) => unwrap(api.POST('/api/v1/certificates/{id}/versions', { params: { path: { id: certificateId } }, body })),
    onSuccess: () => refresh(organizationId),
  });
}

/** Records a suspension, termination, revocation or the lifting of a suspension. */
export function useRecordCertificateDecision(organizationId: string, certificateId: string) {
  const refresh = useRefreshOrganization();
  return useMutation({
    mutationFn: (body: RecordDecisionBody) => unwrap(api.POST('/api/v1/certificates/{id}/decisions', { params: { path: { id: certificateId } }, body })),
    onSuccess: () => refresh(organizationId),
  });
}
