import { Alert, App, Col, DatePicker, Form, Input, Modal, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Certificate, OrganizationProfile } from '../../../api/types';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { toRecordDecisionBody, type DecisionFormValues } from '../certificate-form-values';
import { useRecordCertificateDecision } from '../entry-api';
import { MAX_LENGTH } from '../entry-rules';
import { ServerErrorAlert } from './server-error-alert';
import { useEntryRules } from './use-entry-rules';
import { useServerErrors } from './use-server-errors';

const PATTERNS = ['decisionStatus', 'effectiveOn', 'decisionNumber', 'reason', 'proposedBy'];

interface CertificateDecisionModalProps {
  profile: OrganizationProfile;
  certificate: Certificate;
  onClose: () => void;
}

/**
 * "Đình chỉ / chấm dứt / thu hồi": MOFA's decision on a certificate (Decree 58/2022 Art. 7, Chapter IV), or the
 * lifting of a suspension. Only the decisions the server allows from the current status are offered
 * (`abilities.allowedDecisions`); a refusal (409) is shown with the server's message.
 */
export function CertificateDecisionModal({ profile, certificate: c, onClose }: CertificateDecisionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useEntryRules();
  const [form] = Form.useForm<DecisionFormValues>();
  const record = useRecordCertificateDecision(profile.id, c.id);
  const errors = useServerErrors(form, PATTERNS);
  const decision = Form.useWatch('decisionStatus', form);
  const allowed = c.abilities.allowedDecisions;

  const onFinish = (values: DecisionFormValues) => {
    errors.clear();
    record.mutate(toRecordDecisionBody(values), {
      onSuccess: () => {
        void message.success(t('registryEntry.decision.recorded'));
        onClose();
      },
      onError: errors.show,
    });
  };

  return (
    <Modal
      open
      onCancel={onClose}
      title={t('registryEntry.decision.title', { number: c.number })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      okButtonProps={{ 'data-testid': 'decision-submit', danger: decision === 'terminated' || decision === 'revoked' }}
      width={720}
      data-testid="certificate-decision-modal"
    >
      <ServerErrorAlert messages={errors.general} />
      <Form<DecisionFormValues> form={form} initialValues={{ decisionStatus: allowed[0] }} layout="vertical" onFinish={onFinish} disabled={record.isPending} requiredMark scrollToFirstError={{ block: 'center' }}>
        <Form.Item name="decisionStatus" label={t('registryEntry.decision.decisionStatus')} rules={[rules.requiredChoice]}>
          <Radio.Group
            data-testid="decision-status"
            optionType="button"
            options={allowed.map((value) => ({ value, label: <span data-testid={`decision-option-${value}`}>{t(`registryEntry.decision.options.${value}`)}</span> }))}
          />
        </Form.Item>
        {(decision === 'terminated' || decision === 'revoked') && (
          <Alert type="warning" showIcon title={t('registryEntry.decision.finalWarning')} style={{ marginBottom: 16 }} data-testid="decision-final-warning" />
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="decisionNumber" label={t('registryEntry.decision.decisionNumber')} rules={[rules.required, rules.max(MAX_LENGTH.decisionNumber)]}>
              <Input data-testid="decision-number" autoComplete="off" placeholder="15/QĐ-BNG" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="effectiveOn" label={t('registryEntry.decision.effectiveOn')} rules={[rules.requiredChoice]}>
              <DatePicker data-testid="decision-effectiveOn" format={DATE_PICKER_FORMAT} placeholder={t('registryEntry.datePlaceholder')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label={t('registryEntry.decision.reason')} extra={t('registryEntry.decision.reasonHint')} rules={[rules.max(MAX_LENGTH.reason)]}>
          <Input.TextArea data-testid="decision-reason" autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={MAX_LENGTH.reason} />
        </Form.Item>
        <Form.Item name="proposedBy" label={t('registryEntry.decision.proposedBy')} rules={[rules.max(MAX_LENGTH.proposedBy)]}>
          <Input data-testid="decision-proposedBy" autoComplete="off" placeholder={t('registryEntry.decision.proposedByPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
