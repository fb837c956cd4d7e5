import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Row, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useReportingSettings, useUpdateReportingSettings } from '../api';
import { displayToMonthDay, monthDayToDisplay, parseOffsets } from '../campaign-rules';

interface Values {
  periodStart: string;
  ngoDue: string;
  agencyDue: string;
  shiftToWorkingDay: boolean;
  reminderOffsets: string;
  rates: { currency: string; rate: number }[];
}

/** The reporting calendar (period start, due days, shift rule, reminders) and the USD rates used for equivalents. */
export function ReportingSettingsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useReportingSettings(true);
  const update = useUpdateReportingSettings();
  const [form] = Form.useForm<Values>();
  const dayRule = { validator: (_: unknown, v: string) => (displayToMonthDay(v ?? '') ? Promise.resolve() : Promise.reject(new Error(t('reporting.settings.dayFormat')))) };

  const onOk = async () => {
    const v = await form.validateFields();
    await update.mutateAsync({
      calendar: { periodStartMonthDay: displayToMonthDay(v.periodStart)!, ngoDueMonthDay: displayToMonthDay(v.ngoDue)!, agencyDueMonthDay: displayToMonthDay(v.agencyDue)!, shiftToWorkingDay: v.shiftToWorkingDay, reminderOffsets: parseOffsets(v.reminderOffsets ?? '') },
      usdRates: Object.fromEntries((v.rates ?? []).filter((r) => r?.currency && r.rate > 0).map((r) => [r.currency.toUpperCase(), r.rate])),
    });
    message.success(t('common.saved'));
    onClose();
  };

  const data = settings.data;
  return (
    <Modal open title={t('reporting.settings.title')} onCancel={onClose} onOk={() => void onOk().catch(() => undefined)} confirmLoading={update.isPending} width={640} okText={t('common.save')}>
      {(settings.isError || update.isError) && <Alert type="error" showIcon title={errorMessage(settings.error ?? update.error)} style={{ marginBottom: 12 }} />}
      {data && (
        <Form
          form={form}
          layout="vertical"
          data-testid="reporting-settings-form"
          initialValues={{
            periodStart: monthDayToDisplay(data.calendar.periodStartMonthDay),
            ngoDue: monthDayToDisplay(data.calendar.ngoDueMonthDay),
            agencyDue: monthDayToDisplay(data.calendar.agencyDueMonthDay),
            shiftToWorkingDay: data.calendar.shiftToWorkingDay,
            reminderOffsets: data.calendar.reminderOffsets.join(', '),
            rates: Object.entries(data.usdRates).map(([currency, rate]) => ({ currency, rate })),
          }}
        >
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="periodStart" label={t('reporting.settings.periodStart')} rules={[dayRule]}>
                <Input placeholder="15/12" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="ngoDue" label={t('reporting.settings.ngoDue')} rules={[dayRule]}>
                <Input placeholder="18/12" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="agencyDue" label={t('reporting.settings.agencyDue')} rules={[dayRule]}>
                <Input placeholder="30/11" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="shiftToWorkingDay" label={t('reporting.settings.shift')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="reminderOffsets" label={t('reporting.campaigns.reminders')} extra={t('reporting.campaigns.remindersHint')}>
            <Input />
          </Form.Item>
          <Form.List name="rates">
            {(fields, { add, remove }) => (
              <Form.Item label={t('reporting.settings.rates')} extra={t('reporting.settings.ratesHint')}>
                {fields.map((field) => (
                  <Space key={field.key} style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item name={[field.name, 'currency']} noStyle>
                      <Input style={{ width: 90 }} maxLength={3} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'rate']} noStyle>
                      <InputNumber min={0} step={0.0001} style={{ width: 160 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ currency: '', rate: 1 })}>
                  {t('reporting.settings.addRate')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
