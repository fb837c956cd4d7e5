import { useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Progress, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { formatDate } from '../../../components/format';
import { localName } from '../../../components/labels';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useActionTasks } from '../api';
import { TaskHistoryDrawer } from '../components/task-history-drawer';
import { TaskStatusTag } from '../components/task-status-tag';
import { TASK_STATUSES, TaskUpdateModal } from '../components/task-update-modal';
import type { ActionTask, ActionTaskQuery, TaskStatus } from '../types';

/**
 * "Chương trình hành động" (Resolution 100/NQ-CP and the provinces' plans): tasks grouped by program and group,
 * the responsible units' latest updates (MOFA: every unit's), and the update dialog for a unit that answers for a task.
 */
export default function ActionProgramPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [query, setQuery] = useState<ActionTaskQuery>({ mine: 'true' });
  const tasks = useActionTasks(query);
  const [updating, setUpdating] = useState<ActionTask | null>(null);
  const [history, setHistory] = useState<ActionTask | null>(null);
  const items = tasks.data?.items ?? [];
  const groups = useMemo(() => {
    const map = new Map<string, ActionTask[]>();
    for (const task of items) map.set(`${task.programCode}|${task.groupNo}`, [...(map.get(`${task.programCode}|${task.groupNo}`) ?? []), task]);
    return [...map.values()];
  }, [items]);
  const notice = items.find((i) => i.sourceNotice)?.sourceNotice;
  const text = (b: { vi: string; en: string }) => (language === 'en' ? b.en : b.vi);

  const lead = (task: ActionTask) => (task.lead ? localName(task.lead, language) : task.leadScope ? t(`actionProgram.leadScope.${task.leadScope}`) : '—');
  const statusCell = (task: ActionTask) =>
    task.updates.length > 1 || (task.updates.length === 1 && task.updates[0]!.unit.id !== task.myUpdate?.unit.id) ? (
      <Space direction="vertical" size={2}>
        {task.updates.map((u) => (
          <Space key={u.id} size={4}>
            <TaskStatusTag status={u.status} />
            <Typography.Text type="secondary">
              {u.unit.code} · {u.progressPercent}%
            </Typography.Text>
          </Space>
        ))}
      </Space>
    ) : (
      <Space direction="vertical" size={2} style={{ minWidth: 120 }}>
        <TaskStatusTag status={task.myUpdate?.status ?? 'not_started'} />
        <Progress percent={task.myUpdate?.progressPercent ?? 0} size="small" />
      </Space>
    );

  return (
    <>
      <PageTitle title={t('actionProgram.title')} />
      {notice && <Alert type="warning" showIcon title={text(notice)} style={{ marginBottom: 12 }} data-testid="seed-notice" />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          <Select
            allowClear
            placeholder={t('actionProgram.filters.program')}
            style={{ width: 220 }}
            value={query.program}
            onChange={(program) => setQuery({ ...query, program })}
            options={(tasks.data?.programs ?? []).map((p) => ({ value: p, label: p }))}
            data-testid="filter-program"
          />
          <Select
            allowClear
            placeholder={t('actionProgram.filters.group')}
            style={{ width: 140 }}
            value={query.group}
            onChange={(group) => setQuery({ ...query, group })}
            options={[1, 2, 3, 4, 5, 6, 7].map((g) => ({ value: g, label: t('actionProgram.groupNo', { n: g }) }))}
          />
          <Select
            allowClear
            placeholder={t('actionProgram.filters.status')}
            style={{ width: 180 }}
            value={query.status}
            onChange={(status: TaskStatus | undefined) => setQuery({ ...query, status })}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`actionProgram.status.${s}`) }))}
            data-testid="filter-status"
          />
          <Space>
            <Switch checked={query.mine === 'true'} onChange={(on) => setQuery({ ...query, mine: on ? 'true' : undefined })} data-testid="filter-mine" />
            {t('actionProgram.filters.mine')}
          </Space>
          {tasks.data && <Typography.Text type="secondary">{t('actionProgram.reportingYear', { year: tasks.data.reportingYear })}</Typography.Text>}
        </Flex>
      </Card>
      {tasks.isError && <Alert type="error" showIcon title={errorMessage(tasks.error)} style={{ marginBottom: 12 }} />}
      {!tasks.isLoading && groups.length === 0 && <Alert type="info" showIcon title={t('actionProgram.empty')} />}
      {groups.map((group) => (
        <Card key={`${group[0]!.programCode}|${group[0]!.groupNo}`} size="small" style={{ marginBottom: 12 }} title={`${group[0]!.programCode} — ${t('actionProgram.groupNo', { n: group[0]!.groupNo })}: ${text(group[0]!.groupTitle)}`}>
          <Table<ActionTask>
            size="small"
            rowKey="id"
            loading={tasks.isFetching}
            dataSource={group}
            pagination={false}
            scroll={{ x: 1300 }}
            onRow={(row) => ({ 'data-testid': `task-${row.programCode}-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('actionProgram.columns.code'), dataIndex: 'code', width: 60 },
              { title: t('actionProgram.columns.task'), key: 'title', width: 320, render: (_, r) => text(r.title) },
              { title: t('actionProgram.columns.lead'), key: 'lead', width: 160, render: (_, r) => lead(r) },
              { title: t('actionProgram.columns.coordinating'), key: 'coord', width: 140, render: (_, r) => r.coordinating.map((u) => u.code).join(', ') || '—' },
              { title: t('actionProgram.columns.output'), key: 'output', width: 220, render: (_, r) => text(r.expectedOutput) },
              { title: t('actionProgram.columns.deadline'), key: 'deadline', width: 130, render: (_, r) => (r.deadlineOn ? formatDate(r.deadlineOn) : (r.deadlineText ?? '—')) },
              { title: t('actionProgram.columns.status'), key: 'status', width: 200, render: (_, r) => statusCell(r) },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                render: (_, r) => (
                  <Space>
                    {r.abilities.update && (
                      <Button size="small" type="primary" onClick={() => setUpdating(r)} data-testid={`update-${r.code}`}>
                        {t('actionProgram.update.open')}
                      </Button>
                    )}
                    <Button size="small" onClick={() => setHistory(r)}>
                      {t('actionProgram.history.open')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      ))}
      {updating && <TaskUpdateModal task={updating} onClose={() => setUpdating(null)} />}
      {history && <TaskHistoryDrawer task={history} onClose={() => setHistory(null)} />}
    </>
  );
}
