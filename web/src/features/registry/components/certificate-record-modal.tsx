import { App, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_TYPES, DECISION_STATUSES, isRepresentativeOfficeType, REP_OFFICE_CITY_CODES } from '../../../../../common/registry';
import type { OrganizationProfile } from '../../../api/types';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { certificateTypeLabel } from '../../../components/registry/registry-labels';
import { toRecordCertificateBody, type CertificateFormValues } from '../certificate-form-values';
import { useRecordCertificate } from '../entry-api';
import { MAX_LENGTH } from '../entry-rules';
import { AreasSelect, FieldsSelect, ProvinceSelect } from './reference-selects';
import { representativePatterns, RepresentativeFields } from './representative-fields';
import { ServerErrorAlert } from './server-error-alert';
import { useEntryRules } from './use-entry-rules';
import { useServerErrors } from './use-server-errors';

const BASE_PATTERNS = ['type', 'number', 'issuedOn', 'validFrom', 'validTo', 'decisionStatus', 'decisionNumber', 'representativePersonId', 'areas', 'fields', ...representativePatterns('representative')];
const OFFICE_PATTERNS = ['officeCityCode', 'officeAddress', 'isAtPartyOrStatePremises'];

/**
 * "Nhập giấy đăng ký / Record certificate": an existing paper certificate (Decree 58/2022, or a legacy Decree
 * 12/2012 one) entered from MOFA's records. The legal checks (Art. 9 validity caps, Art. 8 office) are the
 * server's; its messages appear under the fields. Mounted while open, so each opening starts afresh.
 */
export function CertificateRecordModal({ profile, onClose }: { profile: OrganizationProfile; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useEntryRules();
  const [form] = Form.useForm<CertificateFormValues>();
  const record = useRecordCertificate(profile.id);
  const type = Form.useWatch('type', form);
  const isOffice = type ? isRepresentativeOfficeType(type) : false;
  const errors = useServerErrors(form, isOffice ? [...BASE_PATTERNS, ...OFFICE_PATTERNS] : BASE_PATTERNS);

  const onFinish = (values: CertificateFormValues) => {
    errors.clear();
    record.mutate(toRecordCertificateBody(values), {
      onSuccess: (certificate) => {
        void message.success(t('registryEntry.certificate.recorded', { number: certificate.number }));
        onClose();
      },
      onError: errors.show,
    });
  };

  const date = (name: keyof CertificateFormValues) => (
    <DatePicker data-testid={`certificate-${name}`} format={DATE_PICKER_FORMAT} placeholder={t('registryEntry.datePlaceholder')} style={{ width: '100%' }} />
  );

  return (
    <Modal
      open
      onCancel={onClose}
      title={t('registryEntry.certificate.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      okButtonProps={{ 'data-testid': 'certificate-submit' }}
      width={880}
      data-testid="certificate-record-modal"
    >
      <ServerErrorAlert messages={errors.general} />
      <Form<CertificateFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={record.isPending}
        initialValues={{ type: 'operation', decisionStatus: 'in_force', isAtPartyOrStatePremises: false, areas: [], fields: [] }}
        requiredMark
        scrollToFirstError={{ block: 'center' }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('registryEntry.certificate.type')} rules={[rules.requiredChoice]}>
              <Select data-testid="certificate-type" options={CERTIFICATE_TYPES.map((value) => ({ value, label: certificateTypeLabel(t, value) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="number" label={t('registryEntry.certificate.number')} rules={[rules.required, rules.max(MAX_LENGTH.certificateNumber)]}>
              <Input data-testid="certificate-number" autoComplete="off" placeholder="123/GĐKHĐ-BNG" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issuedOn" label={t('registryEntry.certificate.issuedOn')} rules={[rules.requiredChoice]}>
              {date('issuedOn')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="validFrom"
              label={t('registryEntry.certificate.validFrom')}
              tooltip={t('registryEntry.certificate.validFromHint')}
              dependencies={['issuedOn']}
              rules={[rules.notBefore(['issuedOn'], t('registryEntry.validation.validFromBeforeIssue'))]}
            >
              {date('validFrom')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="validTo"
              label={t('registryEntry.certificate.validTo')}
              tooltip={t('registryEntry.certificate.validToHint')}
              dependencies={['issuedOn', 'validFrom']}
              rules={[
                rules.requiredChoice,
                rules.notBefore(['validFrom'], t('registryEntry.validation.validToBeforeFrom')),
                rules.notBefore(['issuedOn'], t('registryEntry.validation.validToBeforeFrom')),
              ]}
            >
              {date('validTo')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="decisionStatus" label={t('registryEntry.certificate.decisionStatus')} tooltip={t('registryEntry.certificate.decisionStatusHint')}>
              <Select data-testid="certificate-decisionStatus" options={DECISION_STATUSES.map((value) => ({ value, label: t(`registry.decision.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="decisionNumber" label={t('registryEntry.certificate.decisionNumber')} rules={[rules.max(MAX_LENGTH.decisionNumber)]}>
              <Input data-testid="certificate-decisionNumber" autoComplete="off" />
            </Form.Item>
          </Col>
          {isOffice && (
            <>
              <Col xs={24} md={8}>
                <Form.Item name="officeCityCode" label={t('registryEntry.certificate.officeCity')} rules={[rules.requiredChoice]}>
                  <ProvinceSelect data-testid="certificate-officeCityCode" codes={type === 'rep_office' ? REP_OFFICE_CITY_CODES : undefined} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="officeAddress" label={t('registryEntry.certificate.officeAddress')} rules={[rules.max(MAX_LENGTH.address)]}>
                  <Input data-testid="certificate-officeAddress" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="isAtPartyOrStatePremises" valuePropName="checked">
                  <Checkbox data-testid="certificate-premises">{t('registryEntry.certificate.premises')}</Checkbox>
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24}>
            <Form.Item name="areas" label={t('registryEntry.certificate.areas')} extra={t('registryEntry.certificate.areasHint')} rules={[{ type: 'array', required: true, min: 1, message: t('registryEntry.validation.areas') }]}>
              <AreasSelect data-testid="certificate-areas" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="fields" label={t('registryEntry.certificate.fields')} rules={[{ type: 'array', required: true, min: 1, max: 20, message: t('registryEntry.validation.fields') }]}>
              <FieldsSelect data-testid="certificate-fields" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <RepresentativeFields
              selectName={['representativePersonId']}
              personName={['representative']}
              people={profile.people}
              label={isOffice ? t('registryEntry.certificate.headOfOffice') : t('registryEntry.certificate.representative')}
              testId="certificate-representative"
            />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
