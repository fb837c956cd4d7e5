import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Input, Select } from 'antd';
import { BarChartOutlined, FileAddOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_CODES } from '../../../../../common/dossiers';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useMe } from '../../auth/api';
import { useAssignDossier, useDossierQueue } from '../api';
import { DossierListTable } from '../components/dossier-list-table';
import { PaperDossierModal } from '../components/paper-dossier-modal';
import { QUEUE_STATUSES, toQueueQuery, type QueueFilters } from '../queue-filters';
import type { DossierSummary } from '../types';

/** "Nhận xử lý": assigns one row's dossier to the signed-in officer. */
function AssignToMe({ dossier }: { dossier: DossierSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const assign = useAssignDossier(dossier.id);
  if (!me) return null;
  if (dossier.assignedTo?.id === me.id) return <span data-testid="assigned-to-me">{t('dossiers.queue.mine')}</span>;
  return (
    <Flex vertical gap={2} align="start">
      {dossier.assignedTo && <span>{dossier.assignedTo.fullName}</span>}
      <Button size="small" icon={<UserAddOutlined />} loading={assign.isPending} onClick={() => assign.mutate(me.id, { onError: (e) => void message.error(errorMessage(e)) })} data-testid="queue-assign">
        {t('dossiers.queue.assignToMe')}
      </Button>
    </Flex>
  );
}

/**
 * "Hồ sơ đến / Dossier queue" (MOFA): the open dossiers, most urgent first, coloured by the SLA of their current
 * step (green on time, amber due within 2 working days, red overdue, grey paused), with filters, "assign to me",
 * and the entry of a dossier received on paper or by post.
 */
export default function DossierQueuePage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<QueueFilters>({ mine: false, q: '' });
  const navigate = useNavigate();
  const [paperOpen, setPaperOpen] = useState(false);
  const q = useDebouncedValue(filters.q, 300);
  const queue = useDossierQueue(toQueueQuery({ ...filters, q }));
  const set = (patch: Partial<QueueFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <>
      <PageTitle
        title={t('dossiers.queue.title')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<BarChartOutlined />} onClick={() => navigate('/consultations/statistics')} data-testid="consultation-statistics-open">
              {t('consultation.statistics.open')}
            </Button>
            <Button icon={<FileAddOutlined />} onClick={() => setPaperOpen(true)} data-testid="paper-open">
              {t('dossiers.paper.open')}
            </Button>
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center" data-testid="queue-filters">
          <Input.Search allowClear placeholder={t('dossiers.queue.search')} value={filters.q} onChange={(e) => set({ q: e.target.value })} style={{ width: 260 }} data-testid="queue-q" />
          <Select allowClear placeholder={t('dossiers.list.status')} value={filters.status} onChange={(status) => set({ status })} style={{ width: 220 }} options={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`dossiers.status.${s}`) }))} data-testid="queue-status" />
          <Select allowClear placeholder={t('dossiers.list.procedure')} value={filters.procedure} onChange={(procedure) => set({ procedure })} style={{ width: 300 }} options={PROCEDURE_CODES.map((c) => ({ value: c, label: t(`dossiers.procedureNames.${c}`) }))} data-testid="queue-procedure" />
          <Select allowClear placeholder={t('dossiers.queue.sla')} value={filters.sla} onChange={(sla) => set({ sla })} style={{ width: 180 }} options={(['on_time', 'due_soon', 'overdue'] as const).map((s) => ({ value: s, label: t(`dossiers.sla.${s}`) }))} data-testid="queue-sla" />
          <Checkbox checked={filters.mine} onChange={(e) => set({ mine: e.target.checked })} data-testid="queue-mine">
            {t('dossiers.queue.onlyMine')}
          </Checkbox>
        </Flex>
      </Card>
      {queue.isError && <Alert type="error" showIcon title={errorMessage(queue.error)} style={{ marginBottom: 16 }} />}
      <Card size="small">
        <DossierListTable items={queue.data} loading={queue.isFetching} linkOf={(d) => `/dossiers/${d.id}`} extra={{ title: t('dossiers.detail.assignedTo'), render: (d) => <AssignToMe dossier={d} /> }} testId="dossier-queue" />
      </Card>
      {paperOpen && <PaperDossierModal onClose={() => setPaperOpen(false)} />}
    </>
  );
}
