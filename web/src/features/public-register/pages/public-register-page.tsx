import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Empty, Flex, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { CERTIFICATE_STATUSES, certificateStatusLabel, type CertificateStatus } from '../../../components/registry/registry-labels';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useFields, useProvinces, useReferenceNames } from '../../reference/api';
import { FacetSelect } from '../../registry/components/facet-select';
import { facetOptions } from '../../registry/facet-options';
import { usePublicSearch, type PublicFilters } from '../api';
import { PublicResultList } from '../components/public-result-list';

/** Reads the public filters from the address. */
function filtersOf(params: URLSearchParams): PublicFilters {
  const status = params.get('status');
  return {
    q: params.get('q')?.trim() || undefined,
    province: params.get('province') || undefined,
    field: params.get('field') || undefined,
    status: (CERTIFICATE_STATUSES as readonly string[]).includes(status ?? '') ? (status as CertificateStatus) : undefined,
  };
}

function toParams(filters: PublicFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as Record<string, string>;
}

/** The public register of foreign NGOs, open to everyone: search by name, abbreviation or certificate number; filters. */
export default function PublicRegisterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const [text, setText] = useState(filters.q ?? '');
  const debouncedText = useDebouncedValue(text.trim());

  // The address changed from outside (menu click, Back): show its search text in the box.
  useEffect(() => {
    const q = filters.q ?? '';
    if (q !== text.trim() && q !== debouncedText) setText(q);
  }, [filters.q]);
  const names = useReferenceNames();
  const provinces = useProvinces().data ?? [];
  const fields = useFields().data ?? [];
  const update = (patch: Partial<PublicFilters>) => setParams(toParams({ ...filters, ...patch }), { replace: true });

  useEffect(() => {
    if ((debouncedText || undefined) !== filters.q) setParams(toParams({ ...filters, q: debouncedText || undefined }), { replace: true });
    // Only the typed text drives this effect.
  }, [debouncedText]);

  const search = usePublicSearch(filters);
  const items = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  const all = (values: string[]) => values.map((value) => ({ value, count: 1 }));

  return (
    <>
      <PageTitle title={t('publicRegister.title')} />
      <Typography.Paragraph type="secondary">{t('publicRegister.intro')}</Typography.Paragraph>
      <Input
        data-testid="public-search"
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('publicRegister.searchPlaceholder')}
        aria-label={t('publicRegister.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPressEnter={() => update({ q: text.trim() || undefined })}
        style={{ marginBottom: 12 }}
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <FacetSelect
          testId="public-filter-province"
          placeholder={t('registry.filters.province')}
          options={facetOptions(all(provinces.map((p) => p.code)), names.province)}
          value={filters.province}
          onChange={(province) => update({ province })}
          showCounts={false}
        />
        <FacetSelect
          testId="public-filter-field"
          placeholder={t('registry.filters.field')}
          options={facetOptions(all(fields.map((f) => f.code)), names.field)}
          value={filters.field}
          onChange={(field) => update({ field })}
          showCounts={false}
        />
        <FacetSelect
          testId="public-filter-status"
          placeholder={t('registry.filters.status')}
          options={facetOptions(all([...CERTIFICATE_STATUSES]), (status) => certificateStatusLabel(t, status as CertificateStatus), { keepOrder: true })}
          value={filters.status}
          onChange={(status) => update({ status: status as CertificateStatus | undefined })}
          showCounts={false}
          width={180}
        />
      </Flex>
      {search.isError && (
        <Alert
          data-testid="public-error"
          type="error"
          showIcon
          title={errorMessage(search.error)}
          action={<Button onClick={() => void search.refetch()}>{t('common.retry')}</Button>}
          style={{ marginBottom: 12 }}
        />
      )}
      <PublicResultList
        items={items}
        loading={search.isPending || (search.isFetching && !search.isFetchingNextPage)}
        names={names}
        empty={<Empty data-testid="public-empty" description={t('publicRegister.empty')} />}
      />
      <Flex justify="center" gap={16} align="center" style={{ marginTop: 16 }}>
        {items.length > 0 && <Typography.Text type="secondary">{t('publicRegister.shown', { number: items.length })}</Typography.Text>}
        {search.hasNextPage && (
          <Button data-testid="public-load-more" onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage}>
            {t('registry.loadMore')}
          </Button>
        )}
      </Flex>
    </>
  );
}
