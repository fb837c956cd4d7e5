import { useMemo } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/labels';
import { compareVietnamese, matchesFolded } from '../../../components/text';
import { useLanguage } from '../../../i18n/use-language';
import { useProvinces } from '../../reference/api';

type Props = Omit<SelectProps<string | string[]>, 'options' | 'mode'> & {
  /** One province instead of several (the office city). */
  single?: boolean;
  /** Only these codes (the three cities a representative office may be in, Decree 58/2022 Art. 8(2)). */
  codes?: readonly string[];
  'data-testid'?: string;
};

/** The 34 provinces of 2025 (several by default); typing filters in either language without accents. */
export function ProvincesSelect({ single, codes, ...props }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces();
  const options = useMemo(
    () =>
      (provinces.data ?? [])
        .filter((p) => !codes || codes.includes(p.code))
        .map((p) => ({ value: p.code, label: localName(p, language), searchText: `${p.nameVi} ${p.nameEn} ${p.code}` }))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    [provinces.data, codes, language],
  );
  return (
    <Select
      mode={single ? undefined : 'multiple'}
      allowClear
      placeholder={t('dossiers.form.selectProvinces')}
      loading={provinces.isPending}
      showSearch={{ filterOption: (input, option) => matchesFolded(String(option?.searchText ?? ''), input) }}
      options={options}
      {...props}
    />
  );
}
