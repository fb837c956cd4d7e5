import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationPerson } from '../../../api/types';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { NEW_PERSON } from '../certificate-form-values';
import { MAX_LENGTH } from '../entry-rules';
import { CountrySelect } from './reference-selects';
import { useEntryRules } from './use-entry-rules';

/** Server paths of the new-person fields under `prefix` (for placing the server's messages). */
export function representativePatterns(prefix: string): string[] {
  return ['fullName', 'nationality', 'dateOfBirth', 'gender', 'passportNumber', 'passportExpiresOn'].map((f) => `${prefix}.${f}`);
}

interface RepresentativeFieldsProps {
  /** Name path of the person select, e.g. `['representativePersonId']`. */
  selectName: string[];
  /** Name path of the new person's fields, e.g. `['representative']`. */
  personName: string[];
  people: OrganizationPerson[];
  label: string;
  testId: string;
}

/**
 * The representative (or head of office) of a certificate: one of the NGO's people, or a new person entered here
 * with nationality and passport (the API adds them to the NGO).
 */
export function RepresentativeFields({ selectName, personName, people, label, testId }: RepresentativeFieldsProps) {
  const { t } = useTranslation();
  const rules = useEntryRules();
  const form = Form.useFormInstance();
  const selected = Form.useWatch(selectName, form) as string | null | undefined;
  const date = (name: string) => (
    <DatePicker data-testid={`${testId}-${name}`} format={DATE_PICKER_FORMAT} placeholder={t('registryEntry.datePlaceholder')} style={{ width: '100%' }} />
  );
  return (
    <>
      <Form.Item name={selectName} label={label}>
        <Select
          allowClear
          data-testid={testId}
          placeholder={t('registryEntry.certificate.representativePlaceholder')}
          options={[
            ...people.map((p) => ({ value: p.id, label: `${p.fullName} — ${t(`registry.personRoles.${p.role}`)}` })),
            { value: NEW_PERSON, label: t('registryEntry.certificate.newPerson') },
          ]}
        />
      </Form.Item>
      {selected === NEW_PERSON && (
        <Row gutter={16} data-testid={`${testId}-new`}>
          <Col xs={24} md={12}>
            <Form.Item name={[...personName, 'fullName']} label={t('registryEntry.person.fullName')} rules={[rules.required, rules.max(MAX_LENGTH.personName)]}>
              <Input data-testid={`${testId}-fullName`} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={[...personName, 'nationality']} label={t('registryEntry.person.nationality')}>
              <CountrySelect data-testid={`${testId}-nationality`} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={[...personName, 'dateOfBirth']} label={t('registryEntry.person.dateOfBirth')}>
              {date('dateOfBirth')}
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={[...personName, 'gender']} label={t('registryEntry.person.gender')}>
              <Select allowClear options={(['female', 'male', 'other'] as const).map((g) => ({ value: g, label: t(`registry.gender.${g}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={[...personName, 'passportNumber']} label={t('registryEntry.person.passportNumber')} rules={[rules.max(MAX_LENGTH.passportNumber)]}>
              <Input data-testid={`${testId}-passportNumber`} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={[...personName, 'passportExpiresOn']} label={t('registryEntry.person.passportExpiresOn')}>
              {date('passportExpiresOn')}
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
