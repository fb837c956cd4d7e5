import type { ReactNode } from 'react';
import { Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS, REP_OFFICE_CITY_CODES } from '../../../../../common/registry';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { CountrySelect, FieldsSelect } from '../../registry/components/reference-selects';
import { legalFormLabel } from '../../registry/profile-labels';
import type { ApplicationFormValues } from '../application-form-values';
import { asksForChangeKinds, certificateTypeOf, formSections, procedureKindOf, type FormSection } from '../dossier-rules';
import type { AmendChange, AmendKind, ProcedureCode } from '../types';
import { ProvincesSelect } from './provinces-select';

/** Server error paths that have a field in this form (after the `application.` prefix is removed). */
export const APPLICATION_FIELD_PATTERNS = [
  'nameOriginal',
  'nameEn',
  'nameVi',
  'abbreviation',
  'countryCode',
  'legalForm',
  'homeRegistrationExpiresOn',
  'hqAddress',
  'email',
  'phone',
  'website',
  'purposes',
  'provinceCodes',
  'fieldCodes',
  'representative.fullName',
  'representative.nationality',
  'representative.dateOfBirth',
  'representative.passportNumber',
  'representative.passportExpiresOn',
  'representative.email',
  'representative.phone',
  'officeCityCode',
  'officeAddress',
  'changes',
  'changeKinds',
  'plan',
] as const;

interface ApplicationFormProps {
  form: FormInstance<ApplicationFormValues>;
  procedure: ProcedureCode;
  amendKind: AmendKind | null;
  /** The contents an amendment may change (from the procedure catalogue). */
  amendChanges: readonly AmendChange[];
  initialValues: ApplicationFormValues;
  onFinish: (values: ApplicationFormValues) => void;
  onValuesChange?: () => void;
  disabled?: boolean;
  footer?: ReactNode;
}

/**
 * The application form (đơn đề nghị) of a dossier, per procedure: the sections come from `formSections` (a first
 * issue asks for the whole NGO, an extension for the plan, an amendment for what changes). A draft may be saved
 * incomplete; the completeness pre-check lists what a submission still needs.
 */
export function ApplicationForm({ form, procedure, amendKind, amendChanges, initialValues, onFinish, onValuesChange, disabled, footer }: ApplicationFormProps) {
  const { t } = useTranslation();
  const changeKinds = (Form.useWatch('changeKinds', form) ?? initialValues.changeKinds ?? []) as AmendChange[];
  const sections = new Set<FormSection>(formSections(procedure, amendKind, changeKinds));
  const kind = procedureKindOf(procedure);
  const repOffice = certificateTypeOf(procedure) === 'rep_office';
  const id = (name: string) => `app-${name}`;
  const text = (name: string, max: number) => <Input data-testid={id(name)} autoComplete="off" maxLength={max} />;
  const area = (name: string, max: number, rows = 3) => <Input.TextArea data-testid={id(name)} autoSize={{ minRows: rows, maxRows: 12 }} maxLength={max} showCount />;
  const date = (name: string) => <DatePicker data-testid={id(name)} format={DATE_PICKER_FORMAT} placeholder={t('dossiers.form.datePlaceholder')} style={{ width: '100%' }} />;
  const section = (key: FormSection, title: string, children: ReactNode) =>
    sections.has(key) ? (
      <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={`form-section-${key}`}>
        {children}
      </Card>
    ) : null;
  const half = (node: ReactNode) => (
    <Col xs={24} md={12}>
      {node}
    </Col>
  );

  return (
    <Form<ApplicationFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} onValuesChange={onValuesChange} disabled={disabled} data-testid="application-form">
      {section(
        'amendment',
        t('dossiers.form.sections.amendment'),
        <>
          {amendKind && (
            <Form.Item label={t('dossiers.form.amendKind')}>
              <Tag data-testid="app-amendKind">{t(`dossiers.amendKinds.${amendKind}`)}</Tag>
            </Form.Item>
          )}
          {asksForChangeKinds(amendKind) && (
            <Form.Item name="changeKinds" label={t('dossiers.form.changeKinds')}>
              <Checkbox.Group data-testid={id('changeKinds')} options={amendChanges.map((c) => ({ value: c, label: t(`dossiers.amendChanges.${c}`) }))} />
            </Form.Item>
          )}
          <Form.Item name="changes" label={asksForChangeKinds(amendKind) ? t('dossiers.form.changes') : t('dossiers.form.reissueReason')}>
            {area('changes', 4000)}
          </Form.Item>
        </>,
      )}
      {section(
        'organization',
        t('dossiers.form.sections.organization'),
        <Row gutter={16}>
          {half(<Form.Item name="nameOriginal" label={t('dossiers.form.nameOriginal')}>{text('nameOriginal', 300)}</Form.Item>)}
          {half(<Form.Item name="nameEn" label={t('dossiers.form.nameEn')}>{text('nameEn', 300)}</Form.Item>)}
          {half(<Form.Item name="nameVi" label={t('dossiers.form.nameVi')}>{text('nameVi', 300)}</Form.Item>)}
          {half(<Form.Item name="abbreviation" label={t('dossiers.form.abbreviation')}>{text('abbreviation', 30)}</Form.Item>)}
          {half(
            <Form.Item name="countryCode" label={t('dossiers.form.countryCode')}>
              <CountrySelect data-testid={id('countryCode')} />
            </Form.Item>,
          )}
          {half(
            <Form.Item name="legalForm" label={t('dossiers.form.legalForm')}>
              <Select data-testid={id('legalForm')} allowClear options={LEGAL_FORMS.map((value) => ({ value, label: legalFormLabel(t, value) }))} />
            </Form.Item>,
          )}
          {half(
            <Form.Item name="homeRegistrationExpiresOn" label={t('dossiers.form.homeRegistrationExpiresOn')} extra={t('dossiers.form.homeRegistrationHint')}>
              {date('homeRegistrationExpiresOn')}
            </Form.Item>,
          )}
          {half(<Form.Item name="hqAddress" label={t('dossiers.form.hqAddress')}>{text('hqAddress', 500)}</Form.Item>)}
        </Row>,
      )}
      {section(
        'contacts',
        t('dossiers.form.sections.contacts'),
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="email" label={t('dossiers.form.email')} rules={[{ type: 'email', message: t('common.invalidEmail') }]}>
              {text('email', 200)}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label={t('dossiers.form.phone')}>{text('phone', 30)}</Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="website" label={t('dossiers.form.website')}>{text('website', 300)}</Form.Item>
          </Col>
        </Row>,
      )}
      {section('purposes', t('dossiers.form.sections.purposes'), <Form.Item name="purposes" label={t('dossiers.form.purposes')}>{area('purposes', 4000)}</Form.Item>)}
      {section(
        'areas',
        t('dossiers.form.sections.areas'),
        <Form.Item name="provinceCodes" label={t('dossiers.form.provinceCodes')} extra={t('dossiers.form.provinceCodesHint')}>
          <ProvincesSelect data-testid={id('provinceCodes')} />
        </Form.Item>,
      )}
      {section(
        'fields',
        t('dossiers.form.sections.fields'),
        <Form.Item name="fieldCodes" label={t('dossiers.form.fieldCodes')}>
          <FieldsSelect data-testid={id('fieldCodes')} />
        </Form.Item>,
      )}
      {section(
        'representative',
        repOffice ? t('dossiers.form.sections.headOfOffice') : t('dossiers.form.sections.representative'),
        <Row gutter={16}>
          {half(<Form.Item name={['representative', 'fullName']} label={t('dossiers.form.person.fullName')}>{text('representative-fullName', 200)}</Form.Item>)}
          {half(
            <Form.Item name={['representative', 'nationality']} label={t('dossiers.form.person.nationality')}>
              <CountrySelect data-testid={id('representative-nationality')} />
            </Form.Item>,
          )}
          {half(<Form.Item name={['representative', 'dateOfBirth']} label={t('dossiers.form.person.dateOfBirth')}>{date('representative-dateOfBirth')}</Form.Item>)}
          {half(<Form.Item name={['representative', 'passportNumber']} label={t('dossiers.form.person.passportNumber')}>{text('representative-passportNumber', 50)}</Form.Item>)}
          {half(<Form.Item name={['representative', 'passportExpiresOn']} label={t('dossiers.form.person.passportExpiresOn')}>{date('representative-passportExpiresOn')}</Form.Item>)}
          {half(
            <Form.Item name={['representative', 'email']} label={t('dossiers.form.email')} rules={[{ type: 'email', message: t('common.invalidEmail') }]}>
              {text('representative-email', 200)}
            </Form.Item>,
          )}
        </Row>,
      )}
      {section(
        'office',
        t('dossiers.form.sections.office'),
        <Row gutter={16}>
          {half(
            <Form.Item name="officeCityCode" label={t('dossiers.form.officeCityCode')} extra={t('dossiers.form.officeCityHint')}>
              <ProvincesSelect single codes={REP_OFFICE_CITY_CODES} data-testid={id('officeCityCode')} />
            </Form.Item>,
          )}
          {half(<Form.Item name="officeAddress" label={t('dossiers.form.officeAddress')}>{text('officeAddress', 500)}</Form.Item>)}
        </Row>,
      )}
      {section(
        'plan',
        kind === 'extend' ? t('dossiers.form.sections.planExtend') : t('dossiers.form.sections.plan'),
        <Form.Item name="plan" label={kind === 'extend' ? t('dossiers.form.planExtend', { years: repOffice ? 5 : 3 }) : t('dossiers.form.plan', { years: repOffice ? 5 : 3 })}>
          {area('plan', 8000, 4)}
        </Form.Item>,
      )}
      {footer}
    </Form>
  );
}
