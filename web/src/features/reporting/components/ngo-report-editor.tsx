import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError, errorMessage } from '../../../api/api-error';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { useFields, useProvinces } from '../../reference/api';
import { useSaveDraft, useSubmitReport } from '../api';
import { toNgoContent } from '../form-content';
import { COMMON_CURRENCIES } from '../report-totals';
import type { ContentIssue, NgoReportContent, ReportVersion } from '../types';
import { CurrencyTotals, IssueList } from './ngo-report-view';

const KINDS = ['program', 'project', 'non_project'] as const;

/** The lines of one item: province (34), currency, committed, disbursed. */
function LinesList({ itemIndex }: { itemIndex: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces();
  const provinceOptions = (provinces.data ?? []).map((p) => ({ value: p.code, label: localName(p, language) }));
  return (
    <Form.List name={[itemIndex, 'lines']}>
      {(fields, { add, remove }) => (
        <>
          <Row gutter={8} style={{ fontWeight: 500, marginBottom: 4 }}>
            <Col span={8}>{t('reporting.editor.province')}</Col>
            <Col span={4}>{t('reporting.editor.currency')}</Col>
            <Col span={5}>{t('reporting.editor.committed')}</Col>
            <Col span={5}>{t('reporting.editor.disbursed')}</Col>
          </Row>
          {fields.map((field) => (
            <Row gutter={8} key={field.key} data-testid={`line-${itemIndex}-${field.name}`}>
              <Col span={8}>
                <Form.Item name={[field.name, 'provinceCode']} rules={[{ required: true, message: t('common.required') }]}>
                  <Select showSearch optionFilterProp="label" options={provinceOptions} loading={provinces.isPending} data-testid="line-province" />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[field.name, 'currency']} normalize={(v: string) => (v ?? '').toUpperCase().slice(0, 3)}>
                  <AutoComplete options={COMMON_CURRENCIES.map((c) => ({ value: c }))} data-testid="line-currency" />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'committed']}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid="line-committed" />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'disbursed']}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid="line-disbursed" />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('reporting.editor.removeLine')} />
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ provinceCode: undefined, currency: 'USD', committed: 0, disbursed: 0 })} data-testid="add-line">
            {t('reporting.editor.addLine')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Form 05 editor: items (programs, projects, non-project aid) with their lines, staff, difficulties, plan, contact. */
export function NgoReportEditor({ reportId, draft }: { reportId: string; draft: ReportVersion }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm();
  const fields = useFields();
  const save = useSaveDraft(reportId);
  const submit = useSubmitReport(reportId);
  const [issues, setIssues] = useState<ContentIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const items = Form.useWatch('items', form) as NgoReportContent['items'] | undefined;
  const isAmendment = draft.version > 1;

  const payload = () => {
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    return { content: toNgoContent(values) as unknown as Record<string, unknown>, amendmentReason: isAmendment ? ((values.amendmentReason as string | undefined) ?? null) : undefined };
  };

  const onSave = async () => {
    setError(null);
    try {
      await save.mutateAsync(payload());
      message.success(t('reporting.editor.saved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onSubmit = () =>
    modal.confirm({
      title: t('reporting.editor.confirmTitle'),
      content: t('reporting.editor.confirmText'),
      okText: t('reporting.editor.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        setIssues([]);
        try {
          const body = payload();
          await save.mutateAsync(body);
          const result = await submit.mutateAsync(body.amendmentReason ?? null);
          message.success(t('reporting.editor.submitted'));
          if (result.warnings.length) modal.warning({ title: t('reporting.warningsTitle'), content: <IssueList issues={result.warnings} /> });
        } catch (e) {
          if (isApiError(e, 'report_incomplete')) setIssues(((e.details as { issues?: ContentIssue[] } | undefined)?.issues ?? []) as ContentIssue[]);
          setError(errorMessage(e));
        }
      },
    });

  return (
    <Form form={form} layout="vertical" initialValues={{ ...draft.content, amendmentReason: draft.amendmentReason ?? undefined }} data-testid="ngo-report-editor">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="editor-error" />}
      {issues.length > 0 && <IssueList issues={issues} />}
      {isAmendment && (
        <Form.Item name="amendmentReason" label={t('reporting.editor.amendmentReason')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} data-testid="amendment-reason" />
        </Form.Item>
      )}
      <Typography.Title level={5}>{t('reporting.editor.items')}</Typography.Title>
      <Form.List name="items">
        {(itemFields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {itemFields.map((field) => (
              <Card
                size="small"
                key={field.key}
                title={t('reporting.editor.itemTitle', { number: field.name + 1 })}
                extra={<Button icon={<DeleteOutlined />} size="small" onClick={() => remove(field.name)}>{t('reporting.editor.removeItem')}</Button>}
                data-testid={`item-${field.name}`}
              >
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'kind']} label={t('reporting.editor.kind')}>
                      <Select options={KINDS.map((k) => ({ value: k, label: t(`reporting.kinds.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'titleVi']} label={t('reporting.editor.titleVi')}>
                      <Input data-testid="item-title" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'titleEn']} label={t('reporting.editor.titleEn')}>
                      <Input />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[field.name, 'fieldCodes']} label={t('reporting.editor.fields')}>
                  <Select mode="multiple" optionFilterProp="label" options={(fields.data ?? []).map((f) => ({ value: f.code, label: localName(f, language) }))} />
                </Form.Item>
                <LinesList itemIndex={field.name} />
                <Form.List name={[field.name, 'vietnamesePartners']}>
                  {(partners, ops) => (
                    <Form.Item label={t('reporting.editor.partners')} style={{ marginTop: 12 }}>
                      {partners.map((p) => (
                        <Space key={p.key} style={{ display: 'flex', marginBottom: 4 }}>
                          <Form.Item name={[p.name, 'name']} noStyle>
                            <Input placeholder={t('reporting.editor.partnerName')} style={{ width: 360 }} />
                          </Form.Item>
                          <Button icon={<DeleteOutlined />} onClick={() => ops.remove(p.name)} />
                        </Space>
                      ))}
                      <Button size="small" icon={<PlusOutlined />} onClick={() => ops.add({ name: '' })}>
                        {t('reporting.editor.addPartner')}
                      </Button>
                    </Form.Item>
                  )}
                </Form.List>
                <Row gutter={12}>
                  <Col xs={24} md={18}>
                    <Form.Item name={[field.name, 'beneficiaries', 'description']} label={t('reporting.editor.beneficiaries')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'beneficiaries', 'count']} label={t('reporting.editor.beneficiaryCount')}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'project', titleVi: '', fieldCodes: [], vietnamesePartners: [], lines: [], beneficiaries: { description: '' } })} data-testid="add-item">
              {t('reporting.editor.addItem')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <CurrencyTotals content={{ items: items ?? [] }} />
      <Row gutter={12} style={{ marginTop: 16 }}>
        <Col xs={12} md={6}>
          <Form.Item name={['staff', 'foreign']} label={t('reporting.editor.staffForeign')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="staff-foreign" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['staff', 'vietnamese']} label={t('reporting.editor.staffVietnamese')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="staff-vietnamese" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="difficulties" label={t('reporting.editor.difficulties')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="nextYearPlan" label={t('reporting.editor.nextYearPlan')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name={['contact', 'name']} label={t('reporting.editor.contactName')}>
            <Input data-testid="contact-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['contact', 'title']} label={t('reporting.editor.contactTitle')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['contact', 'email']} label={t('reporting.editor.contactEmail')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['contact', 'phone']} label={t('reporting.editor.contactPhone')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8}>
        <Button onClick={() => void onSave()} loading={save.isPending && !submit.isPending} data-testid="save-draft">
          {t('reporting.editor.saveDraft')}
        </Button>
        <Button type="primary" onClick={onSubmit} loading={submit.isPending} data-testid="submit-report">
          {t('reporting.editor.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
