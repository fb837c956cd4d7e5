import { useState } from 'react';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { useLanguage } from '../../../i18n/use-language';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications, type AppNotification } from '../api';
import { badgeLabel, textIn } from '../notification-text';

/** One row of the list: title in the interface language, body, time; unread rows are bold on a tinted background. */
function NotificationRow({ item, onOpen }: { item: AppNotification; onOpen: (item: AppNotification) => void }) {
  const language = useLanguage();
  const unread = item.readAt === null;
  return (
    <button
      type="button"
      data-testid="notification-item"
      onClick={() => onOpen(item)}
      style={{ display: 'block', width: '100%', textAlign: 'start', border: 0, borderBottom: '1px solid #f0f0f0', padding: '8px 12px', cursor: 'pointer', background: unread ? '#e6f4ff' : 'transparent' }}
    >
      <Typography.Text strong={unread} style={{ display: 'block' }}>
        {textIn(item.title, language)}
      </Typography.Text>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 2, fontSize: 12, whiteSpace: 'pre-line' }}>
        {textIn(item.body, language)}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(item.createdAt)}
      </Typography.Text>
    </button>
  );
}

/** The header bell: unread count (polled every minute), the newest notifications, "mark all read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data, isLoading, isError } = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = data?.unreadCount ?? 0;

  const openItem = (item: AppNotification) => {
    if (item.readAt === null) markRead.mutate(item.id);
    setOpen(false);
    if (item.link) navigate(item.link);
  };

  const content = (
    <div style={{ width: 360, maxWidth: 'calc(100vw - 32px)' }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ padding: '4px 12px 8px' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="notifications-mark-all">
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {isLoading && <Spin style={{ display: 'block', padding: 24 }} />}
        {isError && <Typography.Text type="danger" style={{ display: 'block', padding: 12 }}>{t('notifications.loadFailed')}</Typography.Text>}
        {data && data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />}
        {data?.items.map((item) => <NotificationRow key={item.id} item={item} onOpen={openItem} />)}
      </div>
    </div>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      <Button type="text" data-testid="notification-bell" aria-label={t('notifications.bellLabel', { label: badgeLabel(unread) })} style={{ color: '#fff' }}>
        <Badge count={unread} overflowCount={99} size="small" offset={[4, -2]}>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
