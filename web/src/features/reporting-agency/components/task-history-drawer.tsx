import { Drawer, List, Progress, Space, Tag, Typography } from 'antd';
import { LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { evidenceUrl, useTaskUpdates } from '../api';
import type { ActionTask } from '../types';
import { TaskStatusTag } from './task-status-tag';

/** Every update of a task the caller may see (MOFA: all units; others: their own), newest first. */
export function TaskHistoryDrawer({ task, onClose }: { task: ActionTask; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const updates = useTaskUpdates(task.id);
  return (
    <Drawer open width={560} onClose={onClose} title={`${task.code}. ${language === 'en' ? task.title.en : task.title.vi}`} data-testid="task-history">
      <List
        loading={updates.isLoading}
        dataSource={updates.data?.items ?? []}
        locale={{ emptyText: t('actionProgram.history.empty') }}
        renderItem={(u) => (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{localName(u.unit, language)}</Typography.Text>
                <TaskStatusTag status={u.status} />
                <Typography.Text type="secondary">{formatDateTime(u.reportedAt)}</Typography.Text>
                <Tag>{t('actionProgram.history.year', { year: u.reportingYear })}</Tag>
              </Space>
              <Progress percent={u.progressPercent} size="small" />
              {u.note && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{u.note}</Typography.Paragraph>}
              {u.evidence.map((e) =>
                e.hasFile ? (
                  <a key={e.index} href={evidenceUrl(task.id, u.id, e.index)}>
                    <PaperClipOutlined /> {e.fileName}
                  </a>
                ) : (
                  <a key={e.index} href={e.url ?? undefined} target="_blank" rel="noreferrer noopener">
                    <LinkOutlined /> {e.fileName}
                  </a>
                ),
              )}
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
