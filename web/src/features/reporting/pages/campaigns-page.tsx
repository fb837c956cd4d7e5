import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { DATE_PICKER_FORMAT, formatDate, toIsoDay } from '../../../components/format';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useCampaignProposal, useCampaigns, useCreateCampaign } from '../api';
import { parseOffsets } from '../campaign-rules';
import { ReportingSettingsModal } from '../components/reporting-settings-modal';
import type { Campaign, CreateCampaignBody, ReportForm } from '../types';

const FORMS: ReportForm[] = ['ngo_annual', 'agency_annual', 'province_annual'];
const OBLIGATED = ['ngos_with_valid_certificate', 'consulted_agencies', 'provinces'] as const;
const DEFAULT_OBLIGATED: Record<ReportForm, (typeof OBLIGATED)[number]> = { ngo_annual: 'ngos_with_valid_certificate', agency_annual: 'consulted_agencies', province_annual: 'provinces' };

interface CreateValues {
  form: ReportForm;
  reportingYear: number;
  obligated: (typeof OBLIGATED)[number];
  titleVi: string;
  titleEn: string;
  period: [Dayjs, Dayjs];
  dueOn: Dayjs;
  reminderOffsets: string;
}

/** "Tạo đợt báo cáo": form and year → the reporting calendar proposes period, due day and reminders (editable). */
function CreateCampaignModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const reportForm = (Form.useWatch('form', form) ?? 'ngo_annual') as ReportForm;
  const year = (Form.useWatch('reportingYear', form) ?? dayjs().year()) as number;
  const proposal = useCampaignProposal(reportForm, year);
  const create = useCreateCampaign();

  useEffect(() => {
    const p = proposal.data;
    if (!p) return;
    form.setFieldsValue({ titleVi: p.titleVi, titleEn: p.titleEn, period: [dayjs(p.periodFrom), dayjs(p.periodTo)], dueOn: dayjs(p.dueOn), reminderOffsets: p.reminderOffsets.join(', '), obligated: DEFAULT_OBLIGATED[reportForm] });
  }, [proposal.data, form, reportForm]);

  const onOk = async () => {
    const v = await form.validateFields();
    const body: CreateCampaignBody = {
      form: v.form,
      reportingYear: v.reportingYear,
      obligated: v.obligated,
      titleVi: v.titleVi,
      titleEn: v.titleEn,
      periodFrom: toIsoDay(v.period[0]),
      periodTo: toIsoDay(v.period[1]),
      dueOn: toIsoDay(v.dueOn),
      reminderOffsets: parseOffsets(v.reminderOffsets ?? ''),
    };
    const result = await create.mutateAsync(body);
    message.success(t('reporting.campaigns.created', { count: result.obligationsCreated, skipped: result.skippedWithoutAccount }));
    onClose();
  };

  return (
    <Modal open title={t('reporting.campaigns.new')} onCancel={onClose} onOk={() => void onOk().catch(() => undefined)} okText={t('reporting.campaigns.create')} confirmLoading={create.isPending} okButtonProps={{ 'data-testid': 'campaign-create' }} width={720}>
      {create.isError && <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ form: 'ngo_annual', reportingYear: dayjs().year(), obligated: 'ngos_with_valid_certificate' }} data-testid="campaign-form">
        <Form.Item name="form" label={t('reporting.campaigns.form')} rules={[{ required: true }]}>
          <Select options={FORMS.map((f) => ({ value: f, label: t(`reporting.forms.${f}`) }))} data-testid="campaign-form-select" />
        </Form.Item>
        <Form.Item name="reportingYear" label={t('reporting.campaigns.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} data-testid="campaign-year" />
        </Form.Item>
        <Form.Item name="obligated" label={t('reporting.campaigns.obligated')} rules={[{ required: true }]}>
          <Select options={OBLIGATED.map((o) => ({ value: o, label: t(`reporting.obligated.${o}`) }))} />
        </Form.Item>
        <Form.Item name="titleVi" label={t('reporting.campaigns.titleVi')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="titleEn" label={t('reporting.campaigns.titleEn')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="period" label={t('reporting.columns.period')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker.RangePicker format={DATE_PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('reporting.columns.dueOn')} rules={[{ required: true, message: t('common.required') }]} extra={t('reporting.campaigns.dueHint')}>
          <DatePicker format={DATE_PICKER_FORMAT} data-testid="campaign-due" />
        </Form.Item>
        <Form.Item name="reminderOffsets" label={t('reporting.campaigns.reminders')} extra={t('reporting.campaigns.remindersHint')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** MOFA: "Đợt báo cáo / Reporting campaigns": list and create. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  return (
    <>
      <PageTitle
        title={t('reporting.campaigns.title')}
        extra={
          <Flex gap={8}>
            <Button icon={<SettingOutlined />} onClick={() => setEditingSettings(true)} data-testid="reporting-settings">
              {t('reporting.settings.title')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-campaign">
              {t('reporting.campaigns.new')}
            </Button>
          </Flex>
        }
      />
      {campaigns.isError && <Alert type="error" showIcon title={errorMessage(campaigns.error)} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <Table<Campaign>
          size="small"
          rowKey="id"
          loading={campaigns.isFetching}
          dataSource={campaigns.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(row) => ({ 'data-testid': `campaign-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('reporting.columns.report'), key: 'title', render: (_, c) => <Link to={`/report-campaigns/${c.id}`}>{language === 'en' ? c.titleEn : c.titleVi}</Link> },
            { title: t('reporting.campaigns.form'), key: 'form', render: (_, c) => t(`reporting.forms.${c.form}`) },
            { title: t('reporting.columns.period'), key: 'period', render: (_, c) => `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}` },
            { title: t('reporting.columns.dueOn'), key: 'due', render: (_, c) => formatDate(c.dueOn) },
            { title: t('reporting.campaigns.filed'), key: 'filed', render: (_, c) => `${c.filed} / ${c.obligations}` },
            { title: t('reporting.columns.status'), key: 'status', render: (_, c) => <Tag color={c.status === 'open' ? 'blue' : 'default'}>{t(`reporting.campaignStatus.${c.status}`)}</Tag> },
          ]}
        />
      </Card>
      {creating && <CreateCampaignModal onClose={() => setCreating(false)} />}
      {editingSettings && <ReportingSettingsModal onClose={() => setEditingSettings(false)} />}
    </>
  );
}
