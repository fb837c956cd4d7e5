import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../types';

const COLORS: Record<TaskStatus, string> = { not_started: 'default', in_progress: 'processing', done: 'success', delayed: 'error' };

/** A task status as a coloured tag. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]} data-testid="task-status-tag" data-status={status}>{t(`actionProgram.status.${status}`)}</Tag>;
}
