import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Modal, Popconfirm, Segmented, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { DATE_PICKER_FORMAT, formatDate, toIsoDay } from '../../../components/format';
import { FullPageSpin } from '../../../components/full-page-spin';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useCampaignBoard, useCloseCampaign, useExtendObligation, useRefreshObligations } from '../api';
import { reportPath } from '../campaign-rules';
import { FILING_STATUS_COLORS, FilingStatusTag } from '../components/filing-status-tag';
import type { BoardRow, FilingStatus } from '../types';

const STATUSES: FilingStatus[] = ['filed_on_time', 'filed_late', 'due_soon', 'open', 'overdue'];

/** MOFA gives one party a later due day, with a reason (audited). */
function ExtendModal({ campaignId, row, onClose }: { campaignId: string; row: BoardRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ dueOn: Dayjs; reason: string }>();
  const extend = useExtendObligation(campaignId);
  const onOk = async () => {
    const v = await form.validateFields();
    await extend.mutateAsync({ obligationId: row.obligationId, dueOn: toIsoDay(v.dueOn)!, reason: v.reason });
    onClose();
  };
  return (
    <Modal open title={t('reporting.board.extendTitle')} onCancel={onClose} onOk={() => void onOk().catch(() => undefined)} confirmLoading={extend.isPending}>
      {extend.isError && <Alert type="error" showIcon title={errorMessage(extend.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="dueOn" label={t('reporting.board.newDueOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="reason" label={t('reporting.board.reason')} rules={[{ required: true, min: 3, message: t('common.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** MOFA: who filed on time, late, who has not filed yet; filter by status; paging done by the server. */
export default function CampaignBoardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [status, setStatus] = useState<FilingStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [extending, setExtending] = useState<BoardRow | null>(null);
  const board = useCampaignBoard(id, status === 'all' ? undefined : status, page, pageSize);
  const refresh = useRefreshObligations(id);
  const close = useCloseCampaign(id);

  if (board.isPending) return <FullPageSpin />;
  if (board.isError && !board.data) return <Alert type="error" showIcon title={errorMessage(board.error)} />;
  const { campaign, counts } = board.data;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const isOpen = campaign.status === 'open';

  return (
    <>
      <PageTitle
        title={language === 'en' ? campaign.titleEn : campaign.titleVi}
        extra={
          isOpen && (
            <Flex gap={8}>
              <Button
                onClick={() =>
                  void refresh
                    .mutateAsync(undefined)
                    .then((r) => message.success(t('reporting.board.refreshed', { count: (r as { obligationsCreated: number }).obligationsCreated })))
                    .catch((e: unknown) => message.error(errorMessage(e)))
                }
                loading={refresh.isPending}
                data-testid="refresh-obligations"
              >
                {t('reporting.board.refresh')}
              </Button>
              <Popconfirm title={t('reporting.board.closeConfirm')} onConfirm={() => close.mutateAsync(undefined)}>
                <Button danger data-testid="close-campaign">{t('reporting.board.close')}</Button>
              </Popconfirm>
            </Flex>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('reporting.campaigns.form')}>{t(`reporting.forms.${campaign.form}`)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.period')}>{`${formatDate(campaign.periodFrom)} – ${formatDate(campaign.periodTo)}`}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.dueOn')}>{formatDate(campaign.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.status')}>
            <Tag color={isOpen ? 'blue' : 'default'}>{t(`reporting.campaignStatus.${campaign.status}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Segmented<FilingStatus | 'all'>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          style={{ marginBottom: 12 }}
          data-testid="board-filter"
          options={[
            { value: 'all', label: <span data-testid="board-count-all">{`${t('common.all')} (${total})`}</span> },
            ...STATUSES.map((s) => ({
              value: s,
              label: (
                <span data-testid={`board-count-${s}`}>
                  <Tag color={FILING_STATUS_COLORS[s]} style={{ marginInlineEnd: 4 }}>{counts[s]}</Tag>
                  {t(`reporting.status.${s}`)}
                </span>
              ),
            })),
          ]}
        />
        <Table<BoardRow>
          size="small"
          rowKey="obligationId"
          loading={board.isFetching}
          dataSource={board.data.items}
          scroll={{ x: 900 }}
          pagination={{ current: page, pageSize, total: board.data.total, showSizeChanger: true, onChange: (p, s) => (setPage(p), setPageSize(s)), showTotal: (n) => t('common.totalItems', { total: n }) }}
          onRow={(row) => ({ 'data-testid': `board-row-${row.unit.code}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('reporting.columns.party'), key: 'party', render: (_, r) => (r.organization ? <Link to={`/registry/${r.organization.id}`}>{language === 'en' ? r.unit.nameEn : r.unit.nameVi}</Link> : language === 'en' ? r.unit.nameEn : r.unit.nameVi) },
            { title: t('reporting.columns.registryCode'), key: 'code', render: (_, r) => r.organization?.registryCode ?? r.unit.code },
            { title: t('reporting.columns.dueOn'), key: 'due', render: (_, r) => formatDate(r.dueOn) },
            { title: t('reporting.columns.status'), key: 'status', render: (_, r) => <FilingStatusTag status={r.status} /> },
            { title: t('reporting.columns.firstSubmittedOn'), key: 'first', render: (_, r) => formatDate(r.firstSubmittedOn) },
            { title: t('reporting.columns.versions'), key: 'versions', render: (_, r) => r.versionCount },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, r) => (
                <Flex gap={8}>
                  {r.versionCount > 0 && <Link to={reportPath(campaign.form, r.obligationId)}>{t('common.view')}</Link>}
                  {isOpen && !r.firstSubmittedOn && (
                    <Button size="small" onClick={() => setExtending(r)} data-testid="extend">
                      {t('reporting.board.extend')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {extending && <ExtendModal campaignId={id} row={extending} onClose={() => setExtending(null)} />}
    </>
  );
}
