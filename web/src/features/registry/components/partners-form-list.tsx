import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_LENGTH } from '../entry-rules';
import { PARTNER_KINDS, partnerKindLabel } from '../profile-labels';
import { ProvinceSelect } from './reference-selects';
import { useEntryRules } from './use-entry-rules';

/** The NGO's Vietnamese partners (name, kind, province); saving replaces the whole list. */
export function PartnersFormList() {
  const { t } = useTranslation();
  const rules = useEntryRules();
  return (
    <Form.List name="partners">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t('registryEntry.partner.none')}</Typography.Paragraph>}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={12} align="top" data-testid={`partner-${index}`}>
              <Col xs={24} md={10}>
                <Form.Item name={[field.name, 'name']} label={index === 0 ? t('registryEntry.partner.name') : undefined} rules={[rules.required, rules.max(MAX_LENGTH.name)]}>
                  <Input data-testid={`partner-${index}-name`} autoComplete="off" placeholder={t('registryEntry.partner.name')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={[field.name, 'kind']} label={index === 0 ? t('registryEntry.partner.kind') : undefined}>
                  <Select
                    allowClear
                    data-testid={`partner-${index}-kind`}
                    placeholder={t('registryEntry.partner.kind')}
                    options={PARTNER_KINDS.map((kind) => ({ value: kind, label: partnerKindLabel(t, kind) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={10} md={6}>
                <Form.Item name={[field.name, 'provinceCode']} label={index === 0 ? t('registryEntry.partner.province') : undefined}>
                  <ProvinceSelect data-testid={`partner-${index}-province`} />
                </Form.Item>
              </Col>
              <Col xs={2} md={2}>
                <Form.Item label={index === 0 ? ' ' : undefined}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('registryEntry.partner.remove')} data-testid={`partner-${index}-remove`} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="partner-add">
            {t('registryEntry.partner.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
