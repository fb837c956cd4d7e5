import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { useReferenceNames } from '../../reference/api';
import { useConsultableAgencies, useSendForConsultation } from '../api';
import { formFieldName, needsAdjustReason, toSendBody } from '../consultation-rules';
import type { OpinionMatrix } from '../types';
import { ConsulteeReasons } from './consultation-tags';

interface ProposalValues {
  kept: string[];
  added: { unitCode?: string; reason?: string }[];
  adjustReason?: string;
  note?: string;
}

/**
 * Who to ask (Decree 58/2022 Art. 11(2)): the proposal with why each agency is asked; unticking one makes a reason
 * required, an agency added by hand needs its own; "Gửi văn bản xin ý kiến" sends one request per agency.
 */
export function ConsultationProposal({ dossierId, lockVersion, proposal }: { dossierId: string; lockVersion: number; proposal: NonNullable<OpinionMatrix['proposal']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useReferenceNames();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposalValues>();
  const [confirming, setConfirming] = useState(false);
  const send = useSendForConsultation(dossierId);
  const agencies = useConsultableAgencies(true);
  const codes = proposal.consultees.map((c) => c.unitCode);
  const kept = Form.useWatch('kept', form) ?? codes;
  const added = (Form.useWatch('added', form) ?? []) as ProposalValues['added'];
  const dropped = codes.filter((c) => !kept.includes(c));
  const choiceOf = (values: ProposalValues) => ({ dropped: codes.filter((c) => !values.kept.includes(c)), added: values.added.map((a) => ({ unitCode: a.unitCode ?? '', reason: a.reason })), adjustReason: values.adjustReason, note: values.note });
  const count = kept.length + new Set(added.map((a) => a.unitCode).filter((c) => c && !codes.includes(c))).size;

  const onSend = () => {
    setConfirming(false);
    const values = form.getFieldsValue(true) as ProposalValues;
    send.mutate(toSendBody(proposal.consultees, choiceOf(values), lockVersion), {
      onSuccess: () => void message.success(t('consultation.card.sent')),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const messages = error.fieldMessages();
        form.setFields(
          Object.entries(messages).map(([path, text]) => {
            const m = /^consultees\.(\d+)\.(\w+)$/.exec(path);
            // The body lists the kept proposal first, then the added agencies.
            const name = m ? ['added', Number(m[1]) - values.kept.length, m[2]!] : formFieldName(path);
            return { name: name as never, errors: [text] };
          }),
        );
      },
    });
  };

  return (
    <div data-testid="consultation-proposal">
      <Typography.Paragraph type="secondary">{t('consultation.card.proposalHelp')}</Typography.Paragraph>
      {proposal.unmappedFields.length > 0 && <Alert type="warning" showIcon title={t('consultation.card.unmapped', { fields: proposal.unmappedFields.map(names.field).join(', ') })} style={{ marginBottom: 12 }} />}
      {send.error && <Alert type="error" showIcon title={errorMessage(send.error)} style={{ marginBottom: 12 }} data-testid="consultation-send-error" />}
      <Form<ProposalValues> form={form} layout="vertical" initialValues={{ kept: codes, added: [] }} disabled={send.isPending} onFinish={() => setConfirming(true)}>
        <Form.Item name="kept" style={{ marginBottom: 12 }}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {proposal.consultees.map((c) => (
              <Checkbox key={c.unitCode} value={c.unitCode}>
                <span data-testid={`proposed-${c.unitCode}`}>
                  <Typography.Text strong>{c.unit ? localName(c.unit, language) : c.unitCode}</Typography.Text>
                  <br />
                  <ConsulteeReasons reasons={c.reasons} />
                </span>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {needsAdjustReason({ dropped }) && (
          <Form.Item name="adjustReason" label={t('consultation.card.adjustReason')} rules={[{ required: true, whitespace: true, message: t('consultation.card.adjustReasonRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="consultation-adjustReason" />
          </Form.Item>
        )}
        <Form.List name="added">
          {(fields, { add, remove }) => (
            <>
              {fields.length > 0 && <Typography.Text strong>{t('consultation.card.added')}</Typography.Text>}
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap style={{ marginTop: 8 }}>
                  <Form.Item name={[field.name, 'unitCode']} rules={[{ required: true, message: t('consultation.card.agencyRequired') }]} style={{ flex: 1, minWidth: 220, marginBottom: 8 }}>
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('consultation.card.agency')}
                      loading={agencies.isPending}
                      options={(agencies.data ?? []).filter((a) => !codes.includes(a.code)).map((a) => ({ value: a.code, label: localName(a, language) }))}
                      data-testid={`added-unit-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} rules={[{ required: true, whitespace: true, message: t('consultation.card.addedReasonRequired') }]} style={{ flex: 1, minWidth: 220, marginBottom: 8 }}>
                    <Input placeholder={t('consultation.card.addedReason')} maxLength={2000} data-testid={`added-reason-${field.name}`} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('consultation.form.removeItem')} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ margin: '8px 0 16px' }} data-testid="consultation-add-agency">
                {t('consultation.card.addAgency')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('consultation.card.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="consultation-note" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={send.isPending} disabled={count === 0} data-testid="consultation-send">
          {t('consultation.card.send')}
        </Button>
      </Form>
      <Modal
        open={confirming}
        title={t('consultation.card.send')}
        okText={t('consultation.card.send')}
        cancelText={t('common.cancel')}
        onOk={onSend}
        onCancel={() => setConfirming(false)}
        okButtonProps={{ 'data-testid': 'consultation-send-confirm' } as never}
      >
        {t('consultation.card.sendConfirm', { count })}
      </Modal>
    </div>
  );
}
