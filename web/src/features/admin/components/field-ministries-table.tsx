import { useMemo } from 'react';
import { Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/types';
import { localName } from '../../../components/labels';
import { compareVietnamese, matchesFolded } from '../../../components/text';
import { useLanguage } from '../../../i18n/use-language';
import { useFields } from '../../reference/api';
import { EntryErrors } from './entry-errors';

type Value = Record<string, string[]>;

/**
 * Field of operation → line ministries asked about it (several allowed; none = the officer chooses when sending).
 * Offers only active ministries and central agencies (merged ministries are gone from the list).
 */
export function FieldMinistriesTable({ value, onChange, units, errors }: { value: Value; onChange: (next: Value) => void; units: readonly Unit[]; errors: Map<string, string[]> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fields = useFields();
  const options = useMemo(
    () =>
      units
        .filter((u) => u.kind === 'ministry' || u.kind === 'agency')
        .map((u) => ({ value: u.code, label: localName(u, language), search: [u.nameVi, u.nameEn, u.abbreviation ?? '', u.code].join(' ') }))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    [units, language],
  );
  const rows = useMemo(() => {
    const known = (fields.data ?? []).map((f) => ({ code: f.code, name: localName(f, language) }));
    const extra = Object.keys(value).filter((code) => !known.some((f) => f.code === code)).map((code) => ({ code, name: code }));
    return [...known, ...extra];
  }, [fields.data, value, language]);

  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      loading={fields.isPending}
      dataSource={rows}
      data-testid="field-ministries"
      onRow={(row) => ({ 'data-testid': `field-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('consultationSettings.columns.field'),
          key: 'field',
          width: '35%',
          render: (_, row) => (
            <>
              {row.name} <Typography.Text type="secondary">· {row.code}</Typography.Text>
            </>
          ),
        },
        {
          title: t('consultationSettings.columns.ministries'),
          key: 'ministries',
          render: (_, row) => (
            <>
              <Select
                mode="multiple"
                style={{ width: '100%' }}
                value={value[row.code] ?? []}
                onChange={(codes: string[]) => onChange({ ...value, [row.code]: codes })}
                options={options}
                placeholder={t('consultationSettings.noMinistry')}
                showSearch={{ filterOption: (input, option) => matchesFolded(option?.search ?? '', input) }}
                status={errors.has(`fieldMinistries.${row.code}`) ? 'error' : undefined}
                data-testid={`field-select-${row.code}`}
              />
              <EntryErrors messages={errors.get(`fieldMinistries.${row.code}`)} testId={`field-error-${row.code}`} />
            </>
          ),
        },
      ]}
    />
  );
}
