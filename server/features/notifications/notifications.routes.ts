import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { errorResponses, uuidParamsSchema } from '../../platform/http/schemas';
import { presentNotification } from './notifications.presenter';
import { notificationListQuerySchema, notificationListSchema, notificationReadSchema, notificationsReadAllSchema } from './notifications.schemas';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.service';

const tags = ['notifications'];

/** The bell: every signed-in user reads and marks only their own notifications (another user's id answers 404). */
export const notificationsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'listMyNotifications',
        tags,
        summary: 'My notifications, newest first / Thông báo của tôi',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await listMyNotifications(deps, request.actor, request.query);
      return { ...page, items: page.items.map(presentNotification) };
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'markNotificationRead',
        tags,
        summary: 'Mark one notification read / Đánh dấu đã đọc',
        params: uuidParamsSchema,
        response: { 200: notificationReadSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const result = await markNotificationRead(deps, request.actor, request.params.id);
      return { notification: presentNotification(result.notification), unreadCount: result.unreadCount };
    },
  );

  app.post(
    '/notifications/read-all',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        summary: 'Mark all my notifications read / Đánh dấu tất cả đã đọc',
        response: { 200: notificationsReadAllSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => markAllNotificationsRead(deps, request.actor),
  );
};
