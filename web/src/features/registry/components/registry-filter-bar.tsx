import { Button, Flex, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RegistryFacets } from '../../../api/types';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, certificateStatusLabel, certificateTypeLabel } from '../../../components/registry/registry-labels';
import { useReferenceNames } from '../../reference/api';
import { facetOptions } from '../facet-options';
import { EXPIRING_CHOICES, hasActiveFilters, SORT_ORDERS, type RegistryFilters, type SortOrder } from '../registry-filters';
import { FacetSelect } from './facet-select';

interface RegistryFilterBarProps {
  filters: RegistryFilters;
  facets: RegistryFacets | undefined;
  onChange: (patch: Partial<RegistryFilters>) => void;
  onReset: () => void;
}

/** Filters of the look-up with the counts from `facets` (each facet ignores its own filter), and the sort order. */
export function RegistryFilterBar({ filters, facets, onChange, onReset }: RegistryFilterBarProps) {
  const { t } = useTranslation();
  const names = useReferenceNames();
  const legacyValue = filters.legacy === undefined ? undefined : String(filters.legacy);

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} data-testid="registry-filters">
      <FacetSelect
        testId="registry-filter-province"
        placeholder={t('registry.filters.province')}
        options={facetOptions(facets?.province, names.province, { selected: filters.province })}
        value={filters.province}
        onChange={(province) => onChange({ province })}
      />
      <FacetSelect
        testId="registry-filter-field"
        placeholder={t('registry.filters.field')}
        options={facetOptions(facets?.field, names.field, { selected: filters.field })}
        value={filters.field}
        onChange={(field) => onChange({ field })}
      />
      <FacetSelect
        testId="registry-filter-country"
        placeholder={t('registry.filters.country')}
        options={facetOptions(facets?.country, names.country, { selected: filters.country })}
        value={filters.country}
        onChange={(country) => onChange({ country })}
        width={180}
      />
      <FacetSelect
        testId="registry-filter-type"
        placeholder={t('registry.filters.type')}
        options={facetOptions(facets?.type, (type) => certificateTypeLabel(t, type as never), { selected: filters.type, allValues: CERTIFICATE_TYPES, keepOrder: true })}
        value={filters.type}
        onChange={(type) => onChange({ type: type as RegistryFilters['type'] })}
        width={240}
      />
      <FacetSelect
        testId="registry-filter-status"
        placeholder={t('registry.filters.status')}
        options={facetOptions(facets?.status, (status) => certificateStatusLabel(t, status as never), { selected: filters.status, allValues: CERTIFICATE_STATUSES, keepOrder: true })}
        value={filters.status}
        onChange={(status) => onChange({ status: status as RegistryFilters['status'] })}
        width={180}
      />
      <Select<number>
        data-testid="registry-filter-expiring"
        allowClear
        placeholder={t('registry.filters.expiring')}
        style={{ width: 200 }}
        value={filters.expiringWithinDays}
        onChange={(days) => onChange({ expiringWithinDays: days ?? undefined })}
        options={EXPIRING_CHOICES.map((days) => ({ value: days, label: t('registry.filters.expiringWithin', { days }) }))}
      />
      <Select<string>
        data-testid="registry-filter-legacy"
        allowClear
        placeholder={t('registry.filters.legacy')}
        style={{ width: 220 }}
        value={legacyValue}
        onChange={(value) => onChange({ legacy: value === undefined ? undefined : value === 'true' })}
        options={[
          { value: 'true', label: t('registry.filters.legacyOnly') },
          { value: 'false', label: t('registry.filters.currentOnly') },
        ]}
      />
      <Select<SortOrder>
        data-testid="registry-sort"
        style={{ width: 200 }}
        // Without search words the server orders by name; show that rather than "relevance".
        value={filters.sort === 'relevance' && !filters.q ? 'name' : filters.sort}
        onChange={(sort) => onChange({ sort })}
        prefix={t('registry.sort.label')}
        options={SORT_ORDERS.map((sort) => ({ value: sort, label: t(`registry.sort.${sort}`) }))}
      />
      {hasActiveFilters(filters) && (
        <Button icon={<ClearOutlined />} onClick={onReset} data-testid="registry-filters-reset">
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  );
}
