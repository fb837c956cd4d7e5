import { useMemo } from 'react';
import { Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/types';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { useProvinces } from '../../reference/api';
import { EntryErrors } from './entry-errors';

type Value = Record<string, string>;

/**
 * Province → the unit that receives its requests for opinion: the Department of Foreign Affairs, or the People's
 * Committee office where the province has no such department (Decree 45/2025). Offers the province's own units.
 */
export function ProvinceFocalUnitsTable({ value, onChange, units, errors }: { value: Value; onChange: (next: Value) => void; units: readonly Unit[]; errors: Map<string, string[]> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces();
  const byProvince = useMemo(() => {
    const map = new Map<string, { value: string; label: string }[]>();
    for (const u of units.filter((x) => x.kind === 'province' && x.provinceCode)) {
      map.set(u.provinceCode!, [...(map.get(u.provinceCode!) ?? []), { value: u.code, label: `${localName(u, language)} (${u.code})` }]);
    }
    return map;
  }, [units, language]);

  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      loading={provinces.isPending}
      dataSource={provinces.data ?? []}
      data-testid="province-focal-units"
      onRow={(row) => ({ 'data-testid': `province-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('consultationSettings.columns.province'),
          key: 'province',
          width: '35%',
          render: (_, row) => (
            <>
              {localName(row, language)} <Typography.Text type="secondary">· {row.code}</Typography.Text>
            </>
          ),
        },
        {
          title: t('consultationSettings.columns.focalUnit'),
          key: 'unit',
          render: (_, row) => {
            const current = value[row.code];
            const options = byProvince.get(row.code) ?? [];
            const withCurrent = current && !options.some((o) => o.value === current) ? [...options, { value: current, label: current }] : options;
            return (
              <>
                <Select
                  style={{ width: '100%' }}
                  value={current}
                  onChange={(code: string) => onChange({ ...value, [row.code]: code })}
                  options={withCurrent}
                  status={errors.has(`provinceFocalUnits.${row.code}`) ? 'error' : undefined}
                  data-testid={`province-select-${row.code}`}
                />
                <EntryErrors messages={errors.get(`provinceFocalUnits.${row.code}`)} testId={`province-error-${row.code}`} />
              </>
            );
          },
        },
      ]}
    />
  );
}
