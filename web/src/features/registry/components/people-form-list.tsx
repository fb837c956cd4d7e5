import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PERSON_ROLES } from '../../../../../common/registry';
import { DATE_PICKER_FORMAT } from '../../../components/format';
import { MAX_LENGTH } from '../entry-rules';
import { CountrySelect } from './reference-selects';
import { useEntryRules } from './use-entry-rules';

const GENDERS = ['female', 'male', 'other'] as const;

/**
 * The NGO's people (representative, head of office, staff) with nationality and passport. A person already
 * recorded can be corrected but not removed: certificates refer to them (the API never deletes people).
 */
export function PeopleFormList() {
  const { t } = useTranslation();
  const rules = useEntryRules();
  const form = Form.useFormInstance();
  const date = (testId: string) => <DatePicker data-testid={testId} format={DATE_PICKER_FORMAT} placeholder={t('registryEntry.datePlaceholder')} style={{ width: '100%' }} />;

  return (
    <Form.List name="people">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t('registryEntry.person.none')}</Typography.Paragraph>}
          {fields.map((field, index) => {
            const isRecorded = Boolean(form.getFieldValue(['people', field.name, 'id']));
            const removeButton = (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                disabled={isRecorded}
                onClick={() => remove(field.name)}
                data-testid={`person-${index}-remove`}
                aria-label={t('registryEntry.person.remove')}
              />
            );
            return (
              <Card
                key={field.key}
                size="small"
                data-testid={`person-${index}`}
                title={t('registryEntry.person.title', { number: index + 1 })}
                extra={isRecorded ? <Tooltip title={t('registryEntry.person.recordedHint')}>{removeButton}</Tooltip> : removeButton}
                style={{ marginBottom: 12 }}
              >
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'role']} label={t('registryEntry.person.role')} rules={[rules.requiredChoice]}>
                      <Select data-testid={`person-${index}-role`} options={PERSON_ROLES.map((role) => ({ value: role, label: t(`registry.personRoles.${role}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item name={[field.name, 'fullName']} label={t('registryEntry.person.fullName')} rules={[rules.required, rules.max(MAX_LENGTH.personName)]}>
                      <Input data-testid={`person-${index}-fullName`} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'nationality']} label={t('registryEntry.person.nationality')}>
                      <CountrySelect data-testid={`person-${index}-nationality`} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name={[field.name, 'dateOfBirth']} label={t('registryEntry.person.dateOfBirth')}>
                      {date(`person-${index}-dateOfBirth`)}
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name={[field.name, 'gender']} label={t('registryEntry.person.gender')}>
                      <Select allowClear data-testid={`person-${index}-gender`} options={GENDERS.map((g) => ({ value: g, label: t(`registry.gender.${g}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'passportNumber']} label={t('registryEntry.person.passportNumber')} rules={[rules.max(MAX_LENGTH.passportNumber)]}>
                      <Input data-testid={`person-${index}-passportNumber`} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item
                      name={[field.name, 'passportExpiresOn']}
                      label={t('registryEntry.person.passportExpiresOn')}
                      dependencies={[['people', field.name, 'dateOfBirth']]}
                      rules={[rules.notBefore(['people', field.name, 'dateOfBirth'], t('registryEntry.validation.passportBeforeBirth'))]}
                    >
                      {date(`person-${index}-passportExpiresOn`)}
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'address']} label={t('registryEntry.person.address')} rules={[rules.max(MAX_LENGTH.address)]}>
                      <Input data-testid={`person-${index}-address`} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name={[field.name, 'fromDate']} label={t('registryEntry.person.fromDate')}>
                      {date(`person-${index}-fromDate`)}
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item
                      name={[field.name, 'toDate']}
                      label={t('registryEntry.person.toDate')}
                      dependencies={[['people', field.name, 'fromDate']]}
                      rules={[rules.notBefore(['people', field.name, 'fromDate'], t('registryEntry.validation.toBeforeFrom'))]}
                    >
                      {date(`person-${index}-toDate`)}
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          <Button icon={<PlusOutlined />} onClick={() => add({ role: 'representative' })} data-testid="person-add">
            {t('registryEntry.person.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
