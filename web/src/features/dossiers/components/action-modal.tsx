import { Alert, Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage, pickText } from '../../../api/api-error';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { useDossierAction } from '../api';
import { actionInputs } from '../dossier-rules';
import { toActionBody, type ActionFormValues } from '../action-body';
import type { DossierAction, DossierDetail } from '../types';

/**
 * The dialog of one workflow action: a confirmation, plus what the action needs — the reason (supplement request,
 * skipped consultation, refusal grounds, returned draft, withdrawal), the missing components of a supplement
 * request, or the draft decision (approve / refuse, validity, note). A refusal by the server (409: not your step,
 * already moved on, stale version) is shown in the dialog; the dossier is reloaded.
 */
export function ActionModal({ dossier, action, onClose }: { dossier: DossierDetail; action: DossierAction; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionFormValues>();
  const mutation = useDossierAction(dossier.id);
  const inputs = actionInputs(action);
  const outcome = Form.useWatch('outcome', form);
  const onFinish = (values: ActionFormValues) => mutation.mutate(toActionBody(action, values, dossier.lockVersion), { onSuccess: onClose });

  return (
    <Modal
      open
      title={t(`dossiers.actions.${action}`)}
      okText={t(`dossiers.actions.${action}`)}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ danger: inputs.danger, 'data-testid': 'action-confirm' }}
      width={640}
      destroyOnHidden
      data-testid="action-modal"
    >
      <Typography.Paragraph type="secondary">{t(`dossiers.actionHelp.${action}`)}</Typography.Paragraph>
      {mutation.error && <Alert type="error" showIcon title={errorMessage(mutation.error)} style={{ marginBottom: 16 }} data-testid="action-error" />}
      <Form<ActionFormValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ outcome: 'approve', missingComponents: [] }} disabled={mutation.isPending}>
        {inputs.missingComponents && (
          <Form.Item name="missingComponents" label={t('dossiers.actionForm.missingComponents')} rules={[{ required: true, type: 'array', min: 1, message: t('dossiers.actionForm.chooseComponents') }]}>
            <Checkbox.Group data-testid="action-missing" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {dossier.components.map((c) => (
                <Checkbox key={c.code} value={c.code} data-testid={`missing-${c.code}`}>
                  {pickText(c.name)}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        )}
        {inputs.decision && (
          <>
            <Form.Item name="outcome" label={t('dossiers.actionForm.outcome')}>
              <Radio.Group
                optionType="button"
                data-testid="decision-outcome"
                options={[
                  { value: 'approve', label: <span data-testid="decision-outcome-approve">{t('dossiers.actionForm.approve')}</span> },
                  { value: 'refuse', label: <span data-testid="decision-outcome-refuse">{t('dossiers.actionForm.refuse')}</span> },
                ]}
              />
            </Form.Item>
            {outcome !== 'refuse' && (
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="validFrom" label={t('dossiers.actionForm.validFrom')}>
                    <DatePicker data-testid="decision-validFrom" format={DATE_PICKER_FORMAT} style={{ width: '100%' }} placeholder={t('dossiers.form.datePlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="validTo" label={t('dossiers.actionForm.validTo')} extra={t('dossiers.actionForm.validToHint')}>
                    <DatePicker data-testid="decision-validTo" format={DATE_PICKER_FORMAT} style={{ width: '100%' }} placeholder={t('dossiers.form.datePlaceholder')} />
                  </Form.Item>
                </Col>
              </Row>
            )}
            <Form.Item name="note" label={t('dossiers.actionForm.note')}>
              <Input.TextArea data-testid="decision-note" autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
          </>
        )}
        {inputs.reason !== 'none' && (
          <Form.Item
            name="reason"
            label={t(action === 'refuse' ? 'dossiers.actionForm.refusalGrounds' : 'dossiers.actionForm.reason')}
            rules={inputs.reason === 'required' ? [{ required: true, whitespace: true, message: t('dossiers.actionForm.reasonRequired') }] : []}
          >
            <Input.TextArea data-testid="action-reason" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
