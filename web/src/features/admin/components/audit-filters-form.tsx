import { Button, DatePicker, Flex, Form, Input } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_PICKER_FORMAT, toIsoDay } from '../../../components/format';
import type { AuditFilters } from '../api';

interface AuditFilterValues {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Turns the form's values into API filters (trimmed; dates as YYYY-MM-DD). */
function toFilters(values: AuditFilterValues): AuditFilters {
  const text = (value?: string) => value?.trim() || undefined;
  return {
    action: text(values.action),
    actor: text(values.actor),
    entityType: text(values.entityType),
    entityId: text(values.entityId),
    from: toIsoDay(values.range?.[0]),
    to: toIsoDay(values.range?.[1]),
  };
}

/** The audit log's filter bar: action, actor, entity type and id, date range (DD/MM/YYYY). */
export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilterValues>();
  return (
    <Form<AuditFilterValues> form={form} layout="inline" onFinish={(values) => onApply(toFilters(values))} style={{ marginBottom: 16, rowGap: 12 }}>
      <Form.Item name="action">
        <Input data-testid="audit-filter-action" allowClear placeholder={t('audit.filters.action')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="actor">
        <Input data-testid="audit-filter-actor" allowClear placeholder={t('audit.filters.actor')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="entityType">
        <Input allowClear placeholder={t('audit.filters.entityType')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.filters.entityId')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker
          format={DATE_PICKER_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
        />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" icon={<FilterOutlined />} data-testid="audit-filter-apply">
          {t('audit.filters.apply')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
