import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { AuditQuery, CreateUserInput, UpdateUserInput, Unit, UserListQuery } from '../../api/types';

/** Filters of the users list as the page holds them (empty = no filter). */
export interface UserFilters {
  q?: string;
  role?: string;
  status?: string;
  page: number;
  pageSize: number;
}

/** Filters of the audit log (dates as YYYY-MM-DD). */
export interface AuditFilters {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

/** Query keys of the admin feature. */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userList: (filters: UserFilters) => [...adminKeys.users(), filters] as const,
  units: (kind?: Unit['kind']) => [...adminKeys.all, 'units', kind ?? 'all'] as const,
  audit: (filters: AuditFilters) => [...adminKeys.all, 'audit', filters] as const,
  consultationSettings: () => [...adminKeys.all, 'settings', 'consultation'] as const,
};

/** Drops empty strings so they are not sent as `?q=`. */
function compact<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== '')) as T;
}

/** One page of users, keeping the previous page on screen while the next loads. */
export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: adminKeys.userList(filters),
    queryFn: () => unwrap(api.GET('/api/v1/admin/users', { params: { query: compact(filters) as UserListQuery } })),
    placeholderData: keepPreviousData,
  });
}

/** Every unit (optionally one kind), for the unit select. Changes rarely, so cached for 10 minutes. */
export function useUnits(kind?: Unit['kind']) {
  return useQuery({
    queryKey: adminKeys.units(kind),
    queryFn: () => unwrap(api.GET('/api/v1/admin/units', { params: { query: kind ? { kind } : {} } })),
    staleTime: 10 * 60_000,
    select: (data) => data.items,
  });
}

/** Creates an account; the answer carries the one-time password, shown once. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => unwrap(api.POST('/api/v1/admin/users', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

/** Edits name, e-mail, role or unit of an account. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) =>
      unwrap(api.PATCH('/api/v1/admin/users/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

/** Issues a new one-time password; the user must change it at the next login. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/admin/users/{id}/reset-password', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

/** Disables or enables an account. */
export function useSetUserEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      enabled
        ? unwrap(api.POST('/api/v1/admin/users/{id}/enable', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/admin/users/{id}/disable', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, loaded page by page with the server's cursor ("Load more"). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.audit(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/admin/audit', {
          params: { query: compact({ ...filters, cursor: pageParam, limit: AUDIT_PAGE_SIZE }) as AuditQuery },
        }),
      ),
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The consultation configuration (field → ministries, province → focal unit, the reply clock). */
export type ConsultationSettings = paths['/api/v1/admin/settings/consultation']['get']['responses'][200]['content']['application/json'];

/** The consultation configuration in force (system administrators). */
export function useConsultationSettings() {
  return useQuery({ queryKey: adminKeys.consultationSettings(), queryFn: () => unwrap(api.GET('/api/v1/admin/settings/consultation')) });
}

/** Replaces the consultation configuration; a 422 carries one message per invalid entry. */
export function useSaveConsultationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsultationSettings) => unwrap(api.PUT('/api/v1/admin/settings/consultation', { body })),
    onSuccess: (saved) => queryClient.setQueryData(adminKeys.consultationSettings(), saved),
  });
}
