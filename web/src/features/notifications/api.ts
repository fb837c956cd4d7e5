import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** A page of the caller's notifications with the unread count. */
export type NotificationPage = JsonOf<paths['/api/v1/notifications']['get']['responses'][200]>;
/** One notification. */
export type AppNotification = NotificationPage['items'][number];

/** How often the bell asks for new notifications (ms). */
export const NOTIFICATIONS_POLL_MS = 60_000;
/** How many notifications the bell's list shows. */
const LIST_SIZE = 20;

/** Query keys of the notifications feature. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

/** The newest notifications and the unread count, refreshed every minute (and when the window regains focus). */
export function useNotifications(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: LIST_SIZE } } })),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    enabled: options.enabled ?? true,
  });
}

function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

/** Marks one notification read. */
export function useMarkNotificationRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** Marks every notification of the signed-in user read. */
export function useMarkAllNotificationsRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
}
