import { App, DatePicker, Form, Input, Modal, Select, Typography, Alert } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { DATE_PICKER_FORMAT, toIsoDay } from '../../../components/format';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { applyServerFieldErrors } from '../../../components/form-errors';
import { useForwardRequest } from '../api';
import { formatDay } from '../consultation-rules';
import type { ConsultationRequest, UnitOption } from '../types';

interface ForwardValues {
  unitCode?: string;
  dueOn?: Dayjs | null;
  note?: string;
}

/**
 * "Chuyển sở, ngành cho ý kiến": a province's focal unit asks one of its departments, with an internal due day
 * inside its own (default: its own due day; days after it or before today cannot be picked) and a note.
 */
export function ForwardModal({ request, departments, onClose }: { request: ConsultationRequest; departments: readonly UnitOption[]; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ForwardValues>();
  const forward = useForwardRequest(request.id);
  const parentDue = dayjs(request.dueOn);
  const onFinish = (values: ForwardValues) =>
    forward.mutate(
      { unitCode: values.unitCode!, dueOn: toIsoDay(values.dueOn) ?? null, note: values.note?.trim() || null },
      {
        onSuccess: (created) => {
          void message.success(t('consultation.forward.done', { unit: localName(created.unit, language) }));
          onClose();
        },
        onError: (error) => applyServerFieldErrors(form, error, ['unitCode', 'dueOn', 'note']),
      },
    );
  return (
    <Modal
      open
      title={t('consultation.forward.title')}
      okText={t('consultation.forward.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={forward.isPending}
      okButtonProps={{ 'data-testid': 'forward-submit' } as never}
      destroyOnHidden
      data-testid="forward-modal"
    >
      <Typography.Paragraph type="secondary">{t('consultation.forward.help', { due: formatDay(request.dueOn) })}</Typography.Paragraph>
      {forward.error && <Alert type="error" showIcon title={errorMessage(forward.error)} style={{ marginBottom: 12 }} data-testid="forward-error" />}
      <Form<ForwardValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ dueOn: parentDue }} disabled={forward.isPending}>
        <Form.Item name="unitCode" label={t('consultation.forward.unit')} rules={[{ required: true, message: t('consultation.forward.unitRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} data-testid="forward-unit" options={departments.map((d) => ({ value: d.code, label: localName(d, language) }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('consultation.forward.dueOn')}>
          <DatePicker
            format={DATE_PICKER_FORMAT}
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(parentDue, 'day') || day.isBefore(dayjs(), 'day')}
            data-testid="forward-dueOn"
          />
        </Form.Item>
        <Form.Item name="note" label={t('consultation.forward.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="forward-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
