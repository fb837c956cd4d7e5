import { useMemo } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/types';
import { localName } from '../../../components/labels';
import { compareVietnamese, matchesFolded } from '../../../components/text';
import { useLanguage } from '../../../i18n/use-language';
import { useUnits } from '../api';

interface UnitSelectProps {
  value?: string;
  onChange?: (value: string) => void;
  /** Only these kinds are offered (null = all). */
  kinds?: readonly Unit['kind'][] | null;
  'data-testid'?: string;
}

/**
 * Picks a unit by name in the user's language; typing filters without regard to diacritics
 * ("cong an" finds "Bộ Công an"), and the abbreviation matches too.
 */
export function UnitSelect({ value, onChange, kinds, ...rest }: UnitSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const units = useUnits();
  const options = useMemo(() => {
    const list = (units.data ?? []).filter((unit) => !kinds || kinds.includes(unit.kind) || unit.id === value);
    return list
      .map((unit) => ({
        value: unit.id,
        label: localName(unit, language),
        search: [unit.nameVi, unit.nameEn, unit.abbreviation ?? '', unit.code].join(' '),
        kind: unit.kind,
      }))
      .sort((a, b) => compareVietnamese(a.label, b.label));
  }, [units.data, kinds, language, value]);

  return (
    <Select
      data-testid={rest['data-testid']}
      value={value}
      onChange={onChange}
      loading={units.isPending}
      placeholder={t('users.fields.unitPlaceholder')}
      options={options}
      showSearch={{ filterOption: (input, option) => matchesFolded(option?.search ?? '', input) }}
      optionRender={(option) => (
        <span>
          {option.data.label} <small style={{ color: '#888' }}>· {t(`unitKinds.${option.data.kind}`)}</small>
        </span>
      )}
    />
  );
}
