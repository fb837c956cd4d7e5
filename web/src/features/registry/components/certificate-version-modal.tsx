import { App, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REP_OFFICE_CITY_CODES } from '../../../../../common/registry';
import type { Certificate, OrganizationProfile } from '../../../api/types';
import { DATE_PICKER_FORMAT, formatDate } from '../../../components/format';
import { toAddVersionBody, versionFormValuesOf, type VersionFormValues } from '../certificate-form-values';
import { useAddCertificateVersion } from '../entry-api';
import { MAX_LENGTH } from '../entry-rules';
import { AreasSelect, FieldsSelect, ProvinceSelect } from './reference-selects';
import { representativePatterns, RepresentativeFields } from './representative-fields';
import { ServerErrorAlert } from './server-error-alert';
import { useEntryRules } from './use-entry-rules';
import { useServerErrors } from './use-server-errors';

const VERSION_KINDS = ['amended', 'supplemented', 'reissued', 'extended'] as const;
const PATTERNS = [
  'kind',
  'effectiveOn',
  'decisionNumber',
  'note',
  'changes.number',
  'changes.validTo',
  'changes.areas',
  'changes.fields',
  'changes.officeCityCode',
  'changes.officeAddress',
  'changes.representativePersonId',
  ...representativePatterns('changes.representative'),
];

interface CertificateVersionModalProps {
  profile: OrganizationProfile;
  certificate: Certificate;
  onClose: () => void;
}

/**
 * "Ghi nhận sửa đổi / gia hạn / cấp lại": a new version of a Decree 58/2022 certificate in force. The form starts
 * from the certificate's content; only what the user changes is sent. An extension sets the new end date (capped by
 * the server under Art. 9, counted from the extension's effective date).
 */
export function CertificateVersionModal({ profile, certificate: c, onClose }: CertificateVersionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useEntryRules();
  const [form] = Form.useForm<VersionFormValues>();
  const addVersion = useAddCertificateVersion(profile.id, c.id);
  const errors = useServerErrors(form, PATTERNS);
  const kind = Form.useWatch('kind', form);

  const onFinish = (values: VersionFormValues) => {
    errors.clear();
    addVersion.mutate(toAddVersionBody(values, c), {
      onSuccess: () => {
        void message.success(t('registryEntry.version.recorded', { kind: t(`registry.versionKinds.${values.kind ?? 'amended'}`) }));
        onClose();
      },
      onError: errors.show,
    });
  };

  const date = (testId: string) => <DatePicker data-testid={testId} format={DATE_PICKER_FORMAT} placeholder={t('registryEntry.datePlaceholder')} style={{ width: '100%' }} />;
  const currentValidTo = dayjs(c.validTo);

  return (
    <Modal
      open
      onCancel={onClose}
      title={t('registryEntry.version.title', { number: c.number })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={addVersion.isPending}
      okButtonProps={{ 'data-testid': 'version-submit' }}
      width={880}
      data-testid="certificate-version-modal"
    >
      <ServerErrorAlert messages={errors.general} />
      <Form<VersionFormValues> form={form} initialValues={versionFormValuesOf(c)} layout="vertical" onFinish={onFinish} disabled={addVersion.isPending} requiredMark scrollToFirstError={{ block: 'center' }}>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="kind" label={t('registryEntry.version.kind')} rules={[rules.requiredChoice]}>
              <Radio.Group
                data-testid="version-kind"
                optionType="button"
                options={VERSION_KINDS.map((value) => ({ value, label: <span data-testid={`version-kind-${value}`}>{t(`registry.versionKinds.${value}`)}</span> }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="effectiveOn" label={t('registryEntry.version.effectiveOn')} rules={[rules.requiredChoice]}>
              {date('version-effectiveOn')}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decisionNumber" label={t('registryEntry.version.decisionNumber')} rules={[rules.max(MAX_LENGTH.decisionNumber)]}>
              <Input data-testid="version-decisionNumber" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label={t('registryEntry.version.note')} rules={[rules.max(MAX_LENGTH.note)]}>
              <Input.TextArea data-testid="version-note" autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('registryEntry.version.changes')}</Divider>
        <Row gutter={16}>
          {kind === 'extended' && (
            <Col xs={24} md={12}>
              <Form.Item
                name={['changes', 'validTo']}
                label={t('registryEntry.version.newValidTo')}
                extra={t('registryEntry.version.currentValidTo', { date: formatDate(c.validTo) })}
                rules={[
                  rules.requiredChoice,
                  {
                    validator: (_rule, value: dayjs.Dayjs | null | undefined) =>
                      !value || value.isAfter(currentValidTo, 'day') ? Promise.resolve() : Promise.reject(new Error(t('registryEntry.validation.extensionAfterCurrent'))),
                  },
                ]}
              >
                {date('version-validTo')}
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name={['changes', 'number']} label={t('registryEntry.certificate.number')} rules={[rules.required, rules.max(MAX_LENGTH.certificateNumber)]}>
              <Input data-testid="version-number" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['changes', 'areas']} label={t('registryEntry.certificate.areas')} extra={t('registryEntry.certificate.areasHint')} rules={[{ type: 'array', required: true, min: 1, message: t('registryEntry.validation.areas') }]}>
              <AreasSelect data-testid="version-areas" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['changes', 'fields']} label={t('registryEntry.certificate.fields')} rules={[{ type: 'array', required: true, min: 1, max: 20, message: t('registryEntry.validation.fields') }]}>
              <FieldsSelect data-testid="version-fields" />
            </Form.Item>
          </Col>
          {c.type === 'rep_office' && (
            <>
              <Col xs={24} md={8}>
                <Form.Item name={['changes', 'officeCityCode']} label={t('registryEntry.certificate.officeCity')}>
                  <ProvinceSelect data-testid="version-officeCityCode" codes={REP_OFFICE_CITY_CODES} allowClear={false} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name={['changes', 'officeAddress']} label={t('registryEntry.certificate.officeAddress')} rules={[rules.max(MAX_LENGTH.address)]}>
                  <Input data-testid="version-officeAddress" autoComplete="off" />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24}>
            <RepresentativeFields
              selectName={['changes', 'representativePersonId']}
              personName={['changes', 'representative']}
              people={profile.people}
              label={c.type === 'rep_office' ? t('registryEntry.certificate.headOfOffice') : t('registryEntry.certificate.representative')}
              testId="version-representative"
            />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
