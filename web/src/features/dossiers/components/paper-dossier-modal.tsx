import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AMEND_KINDS, PROCEDURE_CODES } from '../../../../../common/dossiers';
import { errorMessage } from '../../../api/api-error';
import { matchesFolded } from '../../../components/text';
import { DATE_PICKER_FORMAT, toIsoDay } from '../../../components/format';
import { useReceivePaperDossier } from '../api';
import { newClientKey } from '../client-key';
import { procedureKindOf } from '../dossier-rules';
import type { AmendKind, ProcedureCode } from '../types';

interface PaperValues {
  procedure: ProcedureCode;
  amendKind?: AmendKind;
  channel: 'paper' | 'post';
  receivedOn: Dayjs;
  applicantName: string;
}

/**
 * "Tiếp nhận hồ sơ giấy": a dossier handed in at COMINGO or received by post (Decree 58/2022 Art. 11(1)), recorded
 * with its real day of receipt, which starts the completeness check. Opens the new dossier afterwards.
 */
export function PaperDossierModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<PaperValues>();
  const [clientKey] = useState(newClientKey);
  const receive = useReceivePaperDossier();
  const procedure = Form.useWatch('procedure', form);

  const onFinish = (v: PaperValues) =>
    receive.mutate(
      {
        procedure: v.procedure,
        ...(procedureKindOf(v.procedure) === 'amend' && v.amendKind ? { amendKind: v.amendKind } : {}),
        channel: v.channel,
        receivedOn: toIsoDay(v.receivedOn)!,
        applicantName: v.applicantName.trim(),
        application: {},
        clientKey,
      },
      { onSuccess: (d) => navigate(`/dossiers/${d.id}`) },
    );

  return (
    <Modal open title={t('dossiers.paper.title')} okText={t('dossiers.paper.submit')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={receive.isPending} okButtonProps={{ 'data-testid': 'paper-submit' }} data-testid="paper-modal">
      {receive.error && <Alert type="error" showIcon title={errorMessage(receive.error)} style={{ marginBottom: 16 }} />}
      <Form<PaperValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ channel: 'paper', receivedOn: dayjs() }}>
        <Form.Item name="procedure" label={t('dossiers.list.procedure')} rules={[{ required: true, message: t('dossiers.paper.chooseProcedure') }]}>
          <Select
            data-testid="paper-procedure"
            showSearch={{ filterOption: (input, option) => matchesFolded(String(option?.label ?? ''), input) }}
            options={PROCEDURE_CODES.map((code) => ({ value: code, label: t(`dossiers.procedureNames.${code}`) }))}
          />
        </Form.Item>
        {procedure && procedureKindOf(procedure) === 'amend' && (
          <Form.Item name="amendKind" label={t('dossiers.form.amendKind')}>
            <Select data-testid="paper-amendKind" options={AMEND_KINDS.map((k) => ({ value: k, label: t(`dossiers.amendKinds.${k}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="channel" label={t('dossiers.detail.channel')}>
          <Radio.Group optionType="button" options={(['paper', 'post'] as const).map((c) => ({ value: c, label: t(`dossiers.channels.${c}`) }))} data-testid="paper-channel" />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('dossiers.detail.receivedOn')}
          extra={t('dossiers.paper.receivedHint')}
          rules={[{ required: true, message: t('dossiers.paper.chooseDay') }]}
        >
          <DatePicker data-testid="paper-receivedOn" format={DATE_PICKER_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="applicantName" label={t('dossiers.paper.applicantName')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 300 }]}>
          <Input data-testid="paper-applicantName" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
