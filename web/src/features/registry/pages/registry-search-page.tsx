import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Empty, Flex, Input, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { hasAnyPermission } from '../../../app/navigation';
import { useMe } from '../../auth/api';
import { useRegistryCounts, useRegistrySearch } from '../api';
import { RegistryFilterBar } from '../components/registry-filter-bar';
import { ExportButtons } from '../components/export-buttons';
import { RegistryResultsTable } from '../components/registry-results-table';
import { SavedSearchesMenu } from '../components/saved-searches-menu';
import { filtersFromParams, hasActiveFilters, paramsFromFilters, type RegistryFilters } from '../registry-filters';

/**
 * The internal look-up of the NGO registry: one search box (names in any language, abbreviation, certificate
 * number, representative; no accents needed), filters with counts (a request of their own, sent beside the
 * first page), sort, and "Load more" with the keyset cursor.
 * Filters live in the address, so Back from a profile comes back to the same results.
 */
export default function RegistrySearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const canManage = me ? hasAnyPermission(me, ['registry:manage']) : false;
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [text, setText] = useState(filters.q ?? '');
  const debouncedText = useDebouncedValue(text.trim());

  // The address changed from outside (menu click, Back): show its search text in the box.
  useEffect(() => {
    const q = filters.q ?? '';
    if (q !== text.trim() && q !== debouncedText) setText(q);
  }, [filters.q]);

  const update = (patch: Partial<RegistryFilters>) => setParams(paramsFromFilters({ ...filters, ...patch }), { replace: true });

  useEffect(() => {
    if ((debouncedText || undefined) !== filters.q) {
      setParams(paramsFromFilters({ ...filters, q: debouncedText || undefined }), { replace: true });
    }
    // Only the typed text drives this effect; the other filters are read as they are now.
  }, [debouncedText]);

  const search = useRegistrySearch(filters);
  const counts = useRegistryCounts(filters);
  const total = counts.data?.total;
  const pages = search.data?.pages;
  const rows = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  const first = pages?.[0];
  const isFiltered = Boolean(filters.q) || hasActiveFilters(filters);

  const empty = (
    <Empty
      data-testid="registry-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={isFiltered ? t('registry.emptyFiltered') : t('registry.empty')}
    >
      {isFiltered && (
        <Button
          onClick={() => {
            setText('');
            setParams(new URLSearchParams(), { replace: true });
          }}
        >
          {t('registry.clearAll')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <PageTitle
        title={t('registry.title')}
        extra={
          <Flex gap={8} wrap data-testid="registry-toolbar">
            <SavedSearchesMenu filters={filters} onApply={(next) => setParams(next)} />
            <ExportButtons filters={filters} />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/registry/new')} data-testid="registry-add-organization">
                {t('registryEntry.addOrganization')}
              </Button>
            )}
          </Flex>
        }
      />
      <Input
        data-testid="registry-search"
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('registry.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPressEnter={() => update({ q: text.trim() || undefined })}
        style={{ marginBottom: 12, maxWidth: 720 }}
        aria-label={t('registry.searchPlaceholder')}
      />
      <RegistryFilterBar
        filters={filters}
        facets={counts.data?.facets}
        onChange={update}
        onReset={() => setParams(paramsFromFilters({ q: filters.q, sort: filters.sort }), { replace: true })}
      />
      {search.isError && (
        <Alert
          data-testid="registry-error"
          type="error"
          showIcon
          title={t('registry.loadFailed')}
          description={errorMessage(search.error)}
          action={<Button onClick={() => void search.refetch()}>{t('common.retry')}</Button>}
          style={{ marginBottom: 12 }}
        />
      )}
      {first && total !== undefined && (
        <Typography.Paragraph data-testid="registry-total" style={{ marginBottom: 8 }}>
          {t('registry.found', { total })}
        </Typography.Paragraph>
      )}
      <RegistryResultsTable rows={rows} loading={search.isPending || (search.isFetching && !search.isFetchingNextPage)} empty={empty} />
      <Flex justify="center" align="center" gap={16} style={{ marginTop: 16 }}>
        {rows.length > 0 && (
          <Typography.Text type="secondary" data-testid="registry-shown">
            {t('registry.shown', { shown: rows.length, total: total ?? rows.length })}
          </Typography.Text>
        )}
        {search.hasNextPage && (
          <Button data-testid="registry-load-more" onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage}>
            {t('registry.loadMore')}
          </Button>
        )}
      </Flex>
    </>
  );
}
