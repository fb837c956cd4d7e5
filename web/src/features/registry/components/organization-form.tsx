import type { ReactNode } from 'react';
import { Card, Col, DatePicker, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS } from '../../../../../common/registry';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { MAX_LENGTH } from '../entry-rules';
import type { OrganizationFormValues } from '../organization-form-values';
import { legalFormLabel } from '../profile-labels';
import { PartnersFormList } from './partners-form-list';
import { PeopleFormList } from './people-form-list';
import { CountrySelect } from './reference-selects';
import { useEntryRules } from './use-entry-rules';

/** Server error paths that have a field in this form (`*` = list index); others show above the form. */
export const ORGANIZATION_FIELD_PATTERNS = [
  'nameOriginal',
  'nameEn',
  'nameVi',
  'abbreviation',
  'countryCode',
  'legalForm',
  'legalDocType',
  'legalDocNumber',
  'legalDocIssuer',
  'legalDocIssuedOn',
  'homeRegistrationExpiresOn',
  'hqAddress',
  'phone',
  'email',
  'website',
  'headName',
  'headTitle',
  'headNationality',
  'purposes',
  'fundingSources',
  'people.*.role',
  'people.*.fullName',
  'people.*.nationality',
  'people.*.dateOfBirth',
  'people.*.gender',
  'people.*.passportNumber',
  'people.*.passportExpiresOn',
  'people.*.address',
  'people.*.fromDate',
  'people.*.toDate',
  'partners.*.name',
  'partners.*.kind',
  'partners.*.provinceCode',
] as const;

interface OrganizationFormProps {
  form: FormInstance<OrganizationFormValues>;
  initialValues?: OrganizationFormValues;
  onFinish: (values: OrganizationFormValues) => void;
  disabled?: boolean;
  /** Buttons under the form. */
  footer?: ReactNode;
}

/**
 * The organisation entry form (MOFA data entry): names, country, legal status in the home country, contacts,
 * head, purposes and funding, people and partners. Checks mirror the API's; the server's messages land on the
 * same fields.
 */
export function OrganizationForm({ form, initialValues, onFinish, disabled, footer }: OrganizationFormProps) {
  const { t } = useTranslation();
  const rules = useEntryRules();
  const f = (name: keyof OrganizationFormValues) => `org-${name}`;
  const date = (name: keyof OrganizationFormValues) => (
    <DatePicker data-testid={f(name)} format={DATE_PICKER_FORMAT} placeholder={t('registryEntry.datePlaceholder')} style={{ width: '100%' }} />
  );
  const text = (name: keyof OrganizationFormValues) => <Input data-testid={f(name)} autoComplete="off" />;
  const section = (title: string, children: ReactNode, testId: string) => (
    <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );

  return (
    <Form<OrganizationFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues ?? { legalForm: 'non_profit', people: [], partners: [] }}
      onFinish={onFinish}
      disabled={disabled}
      requiredMark
      scrollToFirstError={{ block: 'center' }}
      data-testid="organization-form"
    >
      {section(
        t('registryEntry.sections.identity'),
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="nameOriginal" label={t('registryEntry.fields.nameOriginal')} rules={[rules.required, rules.max(MAX_LENGTH.name)]}>
              {text('nameOriginal')}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={t('registryEntry.fields.nameEn')} rules={[rules.required, rules.max(MAX_LENGTH.name)]}>
              {text('nameEn')}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameVi" label={t('registryEntry.fields.nameVi')} rules={[rules.max(MAX_LENGTH.name)]}>
              {text('nameVi')}
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="abbreviation" label={t('registryEntry.fields.abbreviation')} rules={[rules.max(MAX_LENGTH.abbreviation)]}>
              {text('abbreviation')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="countryCode" label={t('registryEntry.fields.countryCode')} rules={[rules.requiredChoice]}>
              <CountrySelect data-testid={f('countryCode')} />
            </Form.Item>
          </Col>
        </Row>,
        'org-section-identity',
      )}
      {section(
        t('registryEntry.sections.legal'),
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="legalForm" label={t('registryEntry.fields.legalForm')} rules={[rules.requiredChoice]}>
              <Select data-testid={f('legalForm')} options={LEGAL_FORMS.map((form) => ({ value: form, label: legalFormLabel(t, form) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="legalDocType" label={t('registryEntry.fields.legalDocType')} rules={[rules.max(MAX_LENGTH.legalDocType)]}>
              {text('legalDocType')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="legalDocNumber" label={t('registryEntry.fields.legalDocNumber')} rules={[rules.max(MAX_LENGTH.legalDocNumber)]}>
              {text('legalDocNumber')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="legalDocIssuer" label={t('registryEntry.fields.legalDocIssuer')} rules={[rules.max(MAX_LENGTH.legalDocIssuer)]}>
              {text('legalDocIssuer')}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="legalDocIssuedOn" label={t('registryEntry.fields.legalDocIssuedOn')}>
              {date('legalDocIssuedOn')}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="homeRegistrationExpiresOn"
              label={t('registryEntry.fields.homeRegistrationExpiresOn')}
              tooltip={t('registryEntry.fields.homeRegistrationHint')}
              dependencies={['legalDocIssuedOn']}
              rules={[rules.notBefore(['legalDocIssuedOn'], t('registryEntry.validation.expiryBeforeIssue'))]}
            >
              {date('homeRegistrationExpiresOn')}
            </Form.Item>
          </Col>
        </Row>,
        'org-section-legal',
      )}
      {section(
        t('registryEntry.sections.contact'),
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="hqAddress" label={t('registryEntry.fields.hqAddress')} rules={[rules.max(MAX_LENGTH.address)]}>
              {text('hqAddress')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label={t('registryEntry.fields.phone')} rules={[rules.phone]}>
              <Input data-testid={f('phone')} autoComplete="off" placeholder="+1 202 555 0100" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="email" label={t('registryEntry.fields.email')} rules={[rules.email, rules.max(MAX_LENGTH.email)]}>
              <Input data-testid={f('email')} autoComplete="off" placeholder="info@example.org" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="website" label={t('registryEntry.fields.website')} rules={[rules.website, rules.max(MAX_LENGTH.website)]}>
              <Input data-testid={f('website')} autoComplete="off" placeholder="https://example.org" />
            </Form.Item>
          </Col>
        </Row>,
        'org-section-contact',
      )}
      {section(
        t('registryEntry.sections.head'),
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="headName" label={t('registryEntry.fields.headName')} rules={[rules.max(MAX_LENGTH.headName)]}>
              {text('headName')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="headTitle" label={t('registryEntry.fields.headTitle')} rules={[rules.max(MAX_LENGTH.headTitle)]}>
              {text('headTitle')}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="headNationality" label={t('registryEntry.fields.headNationality')}>
              <CountrySelect data-testid={f('headNationality')} />
            </Form.Item>
          </Col>
        </Row>,
        'org-section-head',
      )}
      {section(
        t('registryEntry.sections.purposes'),
        <>
          <Form.Item name="purposes" label={t('registryEntry.fields.purposes')} rules={[rules.max(MAX_LENGTH.purposes)]}>
            <Input.TextArea data-testid={f('purposes')} autoSize={{ minRows: 2, maxRows: 8 }} showCount maxLength={MAX_LENGTH.purposes} />
          </Form.Item>
          <Form.Item name="fundingSources" label={t('registryEntry.fields.fundingSources')} rules={[rules.max(MAX_LENGTH.fundingSources)]}>
            <Input.TextArea data-testid={f('fundingSources')} autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={MAX_LENGTH.fundingSources} />
          </Form.Item>
        </>,
        'org-section-purposes',
      )}
      {section(t('registryEntry.sections.people'), <PeopleFormList />, 'org-section-people')}
      {section(t('registryEntry.sections.partners'), <PartnersFormList />, 'org-section-partners')}
      {footer}
    </Form>
  );
}
