import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CreateCampaignBody, FilingStatus, ReportForm, ReportingSettings } from './types';

/** Query keys of the reporting feature. */
export const reportingKeys = {
  all: ['reporting'] as const,
  mine: () => [...reportingKeys.all, 'mine'] as const,
  report: (id: string) => [...reportingKeys.all, 'report', id] as const,
  campaigns: () => [...reportingKeys.all, 'campaigns'] as const,
  proposal: (form: ReportForm, year: number) => [...reportingKeys.all, 'proposal', form, year] as const,
  board: (id: string, status: FilingStatus | undefined, page: number, pageSize: number) => [...reportingKeys.all, 'board', id, status ?? 'all', page, pageSize] as const,
};

/** The reports my unit must file. */
export function useMyReports() {
  return useQuery({ queryKey: reportingKeys.mine(), queryFn: () => unwrap(api.GET('/api/v1/my/reports')), select: (d) => d.items });
}

/** One report with versions, the version in force and my draft. */
export function useReport(id: string) {
  return useQuery({ queryKey: reportingKeys.report(id), queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id } } })) });
}

function useRefreshReport(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: reportingKeys.report(id) });
    void queryClient.invalidateQueries({ queryKey: reportingKeys.mine() });
  };
}

/** Creates the draft (or an amendment copying the report in force). */
export function useStartDraft(id: string) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: (amendmentReason?: string) => unwrap(api.POST('/api/v1/reports/{id}/draft', { params: { path: { id } }, body: amendmentReason ? { amendmentReason } : {} })),
    onSuccess: refresh,
  });
}

/** Saves the draft's content. */
export function useSaveDraft(id: string) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: (body: { content: Record<string, unknown>; amendmentReason?: string | null }) => unwrap(api.PUT('/api/v1/reports/{id}/draft', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Submits the draft (then immutable); answers the warnings kept with the version. */
export function useSubmitReport(id: string) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: (amendmentReason?: string | null) => unwrap(api.POST('/api/v1/reports/{id}/submit', { params: { path: { id } }, body: amendmentReason ? { amendmentReason } : {} })),
    onSuccess: refresh,
  });
}

/**
 * Filing counts change when other parties file, which no mutation of this user invalidates: the campaign list and the
 * boards are read again whenever they are shown.
 */
const LIVE = { refetchOnMount: 'always' } as const;

/** MOFA: the campaigns. */
export function useCampaigns() {
  return useQuery({ queryKey: reportingKeys.campaigns(), queryFn: () => unwrap(api.GET('/api/v1/report-campaigns')), select: (d) => d.items, ...LIVE });
}

/** MOFA: the period and due day the reporting calendar proposes. */
export function useCampaignProposal(form: ReportForm, year: number) {
  return useQuery({ queryKey: reportingKeys.proposal(form, year), queryFn: () => unwrap(api.GET('/api/v1/report-campaigns/proposal', { params: { query: { form, year } } })) });
}

/** MOFA: creates a campaign and its obligations. */
export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCampaignBody) => unwrap(api.POST('/api/v1/report-campaigns', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportingKeys.campaigns() }),
  });
}

/** MOFA: the filing status board of a campaign (paged by the server). */
export function useCampaignBoard(id: string, status: FilingStatus | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: reportingKeys.board(id, status, page, pageSize),
    queryFn: () => unwrap(api.GET('/api/v1/report-campaigns/{id}/obligations', { params: { path: { id }, query: { ...(status ? { status } : {}), page, pageSize } } })),
    placeholderData: keepPreviousData,
    ...LIVE,
  });
}

function useCampaignAction<T>(fn: (arg: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportingKeys.all }) });
}

/** MOFA: adds parties that became obligated. */
export const useRefreshObligations = (id: string) => useCampaignAction(() => unwrap(api.POST('/api/v1/report-campaigns/{id}/refresh-obligations', { params: { path: { id } } })));
/** MOFA: closes the campaign. */
export const useCloseCampaign = (id: string) => useCampaignAction(() => unwrap(api.POST('/api/v1/report-campaigns/{id}/close', { params: { path: { id } } })));
/** MOFA: extends one party's due day. */
export const useExtendObligation = (id: string) =>
  useCampaignAction((arg: { obligationId: string; dueOn: string; reason: string }) =>
    unwrap(api.POST('/api/v1/report-campaigns/{id}/obligations/{obligationId}/extend', { params: { path: { id, obligationId: arg.obligationId } }, body: { dueOn: arg.dueOn, reason: arg.reason } })),
  );

/** MOFA / admin: the reporting calendar and USD rates (settings key 'reporting'). */
export function useReportingSettings(enabled: boolean) {
  return useQuery({ queryKey: [...reportingKeys.all, 'settings'], queryFn: () => unwrap(api.GET('/api/v1/reporting/settings')), enabled });
}

/** MOFA / admin: replaces the reporting settings. */
export function useUpdateReportingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportingSettings) => unwrap(api.PUT('/api/v1/reporting/settings', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
  });
}
