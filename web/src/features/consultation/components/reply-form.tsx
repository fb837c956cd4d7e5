import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../api/api-error';
import { useSaveReplyDraft, useSendReply } from '../api';
import { formFieldName, toReplyBody, type ReplyFormValues } from '../consultation-rules';
import type { ConsultationReply, ReplyPosition } from '../types';
import { ReplyLetterUpload } from './reply-letter-upload';

const POSITIONS: readonly ReplyPosition[] = ['agree', 'agree_with_conditions', 'disagree', 'outside_remit'];

const valuesOf = (reply: ConsultationReply | undefined): ReplyFormValues =>
  reply ? { position: reply.position, reasons: reply.reasons, items: reply.items, signerName: reply.signerName, signerTitle: reply.signerTitle } : { items: [] };

/**
 * The agency focal point's reply: position, reasons, conditions / objections, signer. "Lưu dự thảo" saves the draft
 * (PUT); "Gửi trả lời" saves and sends it after a confirmation (then immutable). Once a reply is sent, "Sửa đổi (thay
 * thế)" opens a new draft prefilled from it. The server's field errors appear under the fields, in the language shown.
 */
export function ReplyForm({ requestId, replies }: { requestId: string; replies: readonly ConsultationReply[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplyFormValues>();
  const save = useSaveReplyDraft(requestId);
  const send = useSendReply(requestId);
  const [confirming, setConfirming] = useState(false);
  const [amending, setAmending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const draft = replies.find((r) => r.status === 'draft');
  const current = replies.find((r) => r.status === 'sent');
  const position = Form.useWatch('position', form);

  if (!draft && current && !amending) {
    return (
      <Button icon={<EditOutlined />} onClick={() => setAmending(true)} style={{ marginBottom: 16 }} data-testid="reply-amend">
        {t('consultation.form.amend')}
      </Button>
    );
  }

  /** Places the server's field errors under the fields; true when at least one was placed. */
  const showErrors = (error: unknown) => {
    setFormError(errorMessage(error));
    if (!(error instanceof ApiError)) return;
    form.setFields((error.details.fields ?? []).map((f) => ({ name: formFieldName(f.path) as never, errors: [error.fieldMessages()[f.path]!] })));
  };
  const saveDraft = async () => {
    setFormError(null);
    return save.mutateAsync(toReplyBody(form.getFieldsValue(true) as ReplyFormValues));
  };
  const onSave = () =>
    saveDraft().then(
      () => void message.success(t('consultation.form.draftSaved')),
      (error: unknown) => showErrors(error),
    );
  const onSend = async () => {
    setConfirming(false);
    try {
      await saveDraft();
      await send.mutateAsync();
      setAmending(false);
      void message.success(t('consultation.form.sent'));
    } catch (error) {
      showErrors(error);
    }
  };
  const busy = save.isPending || send.isPending;

  return (
    <Card size="small" title={current ? t('consultation.form.correctionTitle') : t('consultation.form.title')} style={{ marginBottom: 16 }} data-testid="reply-form">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="reply-error" />}
      <Form<ReplyFormValues> form={form} layout="vertical" initialValues={valuesOf(draft ?? current)} disabled={busy} onValuesChange={() => setFormError(null)}>
        <Form.Item name="position" label={t('consultation.form.position')}>
          <Radio.Group data-testid="reply-position" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {POSITIONS.map((p) => (
              <Radio key={p} value={p}>
                <span data-testid={`reply-position-${p}`}>{t(`consultation.positions.${p}`)}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reasons" label={t('consultation.form.reasons')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={8000} data-testid="reply-reasons" />
        </Form.Item>
        <Form.Item label={t('consultation.form.items')} style={{ marginBottom: 0 }}>
          <Form.List name="items">
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item name={[field.name, 'kind']} initialValue="condition" style={{ width: 190 }}>
                      <Select data-testid={`reply-item-kind-${field.name}`} options={(['condition', 'objection'] as const).map((k) => ({ value: k, label: t(`consultation.itemKinds.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'text']} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, message: t('consultation.form.itemRequired') }]}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} placeholder={t('consultation.form.itemText')} data-testid={`reply-item-${field.name}`} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('consultation.form.removeItem')} data-testid={`reply-item-remove-${field.name}`} />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: position === 'disagree' ? 'objection' : 'condition', text: '' })} style={{ marginBottom: 16 }} data-testid="reply-item-add">
                  {t('consultation.form.addItem')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="signerName" label={t('consultation.form.signerName')} style={{ flex: 1, minWidth: 220 }}>
            <Input maxLength={200} data-testid="reply-signerName" />
          </Form.Item>
          <Form.Item name="signerTitle" label={t('consultation.form.signerTitle')} style={{ flex: 1, minWidth: 220 }}>
            <Input maxLength={200} data-testid="reply-signerTitle" />
          </Form.Item>
        </Flex>
        <ReplyLetterUpload requestId={requestId} draft={draft} ensureDraft={saveDraft} disabled={busy} />
      </Form>
      <Flex gap={8} wrap>
        <Button icon={<SaveOutlined />} loading={save.isPending && !send.isPending} disabled={busy} onClick={() => void onSave()} data-testid="reply-save">
          {t('consultation.form.saveDraft')}
        </Button>
        <Button type="primary" icon={<SendOutlined />} loading={send.isPending} disabled={busy} onClick={() => form.validateFields().then(() => setConfirming(true), () => undefined)} data-testid="reply-send">
          {t('consultation.form.send')}
        </Button>
        {amending && !draft && (
          <Button onClick={() => setAmending(false)} disabled={busy}>
            {t('consultation.form.cancelAmend')}
          </Button>
        )}
      </Flex>
      <Modal
        open={confirming}
        title={t('consultation.form.sendConfirmTitle')}
        okText={t('consultation.form.send')}
        cancelText={t('common.cancel')}
        onOk={() => void onSend()}
        onCancel={() => setConfirming(false)}
        okButtonProps={{ 'data-testid': 'reply-send-confirm' } as never}
        data-testid="reply-send-modal"
      >
        {t('consultation.form.sendConfirmText')}
      </Modal>
    </Card>
  );
}
