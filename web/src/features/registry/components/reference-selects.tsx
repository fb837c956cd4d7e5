import { useMemo } from 'react';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/labels';
import { compareVietnamese, foldVietnamese, matchesFolded } from '../../../components/text';
import { useLanguage } from '../../../i18n/use-language';
import { useCountries, useFields, useLegacyProvinces, useProvinces } from '../../reference/api';
import { compareMatches } from '../option-search';

type Option = { value: string; label: string; searchText: string };
/** What Form.Item passes to a control, plus the usual Select props. */
type ControlProps<V> = Omit<SelectProps<V>, 'options' | 'mode'> & { 'data-testid'?: string };

type Searchable = { [key: string]: unknown };
const textOf = (option: Searchable | undefined) => ({ searchText: String(option?.searchText ?? ''), label: typeof option?.label === 'string' ? option.label : '' });
/** Typing filters on the names in both languages, ignoring case and accents; the best matches come first. */
const search = {
  filterOption: (input: string, option?: Searchable) => matchesFolded(textOf(option).searchText, input),
  filterSort: (a: Searchable, b: Searchable, { searchValue }: { searchValue: string }) => compareMatches(textOf(a), textOf(b), searchValue),
};

function useNamedOptions<T extends { code: string; nameVi: string; nameEn: string }>(items: T[] | undefined, withCode: boolean): Option[] {
  const language = useLanguage();
  return useMemo(
    () =>
      (items ?? [])
        .map((item) => {
          const name = localName(item, language);
          return { value: item.code, label: withCode ? `${name} (${item.code})` : name, searchText: `${item.nameVi} ${item.nameEn} ${item.code}` };
        })
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    [items, language, withCode],
  );
}

/** A country (ISO 3166-1 alpha-2) from GET /reference/countries; typing filters without accents, in either language. */
export function CountrySelect(props: ControlProps<string>) {
  const { t } = useTranslation();
  const countries = useCountries();
  const options = useNamedOptions(countries.data, true);
  return <Select<string> allowClear placeholder={t('registryEntry.selectCountry')} loading={countries.isPending} showSearch={search} options={options} {...props} />;
}

/** One of the 34 current provinces (or a subset given by `codes`, such as the three cities of a representative office). */
export function ProvinceSelect({ codes, ...props }: ControlProps<string> & { codes?: readonly string[] }) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const all = useNamedOptions(provinces.data, false);
  const options = codes ? all.filter((o) => codes.includes(o.value)) : all;
  return <Select<string> allowClear placeholder={t('registryEntry.selectProvince')} loading={provinces.isPending} showSearch={search} options={options} {...props} />;
}

/** Fields of operation (several). */
export function FieldsSelect(props: ControlProps<string[]>) {
  const { t } = useTranslation();
  const fields = useFields();
  const options = useNamedOptions(fields.data, false);
  return <Select<string[]> mode="multiple" allowClear placeholder={t('registryEntry.selectFields')} loading={fields.isPending} showSearch={search} options={options} {...props} />;
}

/**
 * The areas of a certificate: today's 34 provinces, the pre-2025 province names (mapped by the server to their
 * successor, and kept as written), or any name typed and confirmed with Enter, as it appears on the certificate.
 */
export function AreasSelect(props: ControlProps<string[]>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces();
  const legacy = useLegacyProvinces();
  const current = useNamedOptions(provinces.data, false);
  const options = useMemo(() => {
    const currentKeys = new Set((provinces.data ?? []).map((p) => foldVietnamese(p.nameVi)));
    const byCode = new Map((provinces.data ?? []).map((p) => [p.code, p]));
    const old = (legacy.data ?? [])
      .filter((p) => !currentKeys.has(foldVietnamese(p.nameVi)))
      .map((p) => ({
        value: p.nameVi,
        label: t('registryEntry.certificate.legacyArea', { name: localName(p, language), successor: localName(byCode.get(p.successorCode), language) }),
        searchText: `${p.nameVi} ${p.nameEn}`,
      }))
      .sort((a, b) => compareVietnamese(a.label, b.label));
    return [
      { label: t('registryEntry.certificate.currentProvinces'), title: 'current', options: current },
      { label: t('registryEntry.certificate.legacyProvinces'), title: 'legacy', options: old },
    ];
  }, [current, legacy.data, provinces.data, language, t]);
  return (
    <Select<string[]>
      mode="tags"
      allowClear
      placeholder={t('registryEntry.certificate.areasPlaceholder')}
      loading={provinces.isPending || legacy.isPending}
      showSearch={search}
      options={options}
      tokenSeparators={[';']}
      {...props}
    />
  );
}
