import { useState, type MouseEvent } from 'react';
import { App, Button, Dropdown, Flex, Tooltip, Typography, type MenuProps } from 'antd';
import { CheckOutlined, DeleteOutlined, DownOutlined, EditOutlined, SaveOutlined, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import type { SavedSearch } from '../entry-types';
import type { RegistryFilters } from '../registry-filters';
import { isSavedQueryApplied, paramsOfSavedQuery, savedQueryOf } from '../saved-search-query';
import { useCreateSavedSearch, useDeleteSavedSearch, useSavedSearches, useUpdateSavedSearch } from '../saved-searches-api';
import { SavedSearchNameModal } from './saved-search-name-modal';

interface SavedSearchesMenuProps {
  filters: RegistryFilters;
  /** Puts a saved search's filters into the address. */
  onApply: (params: URLSearchParams) => void;
}

/**
 * "Lưu tìm kiếm" (name prompt) and "Tìm kiếm đã lưu" (a dropdown that applies a saved search's filters to the
 * address, with rename and delete). Saved searches are private to the signed-in user.
 */
export function SavedSearchesMenu({ filters, onApply }: SavedSearchesMenuProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const saved = useSavedSearches();
  const create = useCreateSavedSearch();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const [naming, setNaming] = useState<{ mode: 'create' } | { mode: 'rename'; search: SavedSearch } | null>(null);
  const items = saved.data ?? [];

  const apply = (search: SavedSearch) => {
    onApply(paramsOfSavedQuery(search.query));
    void message.success(t('savedSearches.applied', { name: search.name }));
  };

  const confirmDelete = (search: SavedSearch) => {
    void modal.confirm({
      title: t('savedSearches.deleteConfirm', { name: search.name }),
      okText: t('savedSearches.delete'),
      okButtonProps: { danger: true, 'data-testid': 'saved-search-delete-confirm' },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync(search.id)
          .then(() => void message.success(t('savedSearches.deleted', { name: search.name })))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });
  };

  const stop = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };

  const menuItems: MenuProps['items'] =
    items.length === 0
      ? [{ key: 'empty', disabled: true, label: <Typography.Text type="secondary">{saved.isError ? t('savedSearches.loadFailed') : t('savedSearches.empty')}</Typography.Text> }]
      : items.map((search) => ({
          key: search.id,
          icon: isSavedQueryApplied(search.query, filters) ? <CheckOutlined /> : <StarOutlined />,
          label: (
            <Flex justify="space-between" align="center" gap={16} data-testid="saved-search-item" style={{ minWidth: 260 }}>
              <span data-testid="saved-search-item-name">{search.name}</span>
              <Flex gap={2}>
                <Tooltip title={t('savedSearches.rename')}>
                  <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('savedSearches.rename')} data-testid="saved-search-rename" onClick={stop(() => setNaming({ mode: 'rename', search }))} />
                </Tooltip>
                <Tooltip title={t('savedSearches.delete')}>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('savedSearches.delete')} data-testid="saved-search-delete" onClick={stop(() => confirmDelete(search))} />
                </Tooltip>
              </Flex>
            </Flex>
          ),
        }));

  const onSubmitName = async ({ name, replaceQuery }: { name: string; replaceQuery: boolean }) => {
    if (naming?.mode === 'rename') {
      await update.mutateAsync({ id: naming.search.id, name, ...(replaceQuery ? { query: savedQueryOf(filters) } : {}) });
      void message.success(t('savedSearches.updated'));
    } else {
      await create.mutateAsync({ name, query: savedQueryOf(filters) });
      void message.success(t('savedSearches.saved', { name }));
    }
    setNaming(null);
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: menuItems,
          onClick: ({ key }) => {
            const search = items.find((s) => s.id === key);
            if (search) apply(search);
          },
        }}
        placement="bottomRight"
      >
        <Button data-testid="saved-searches-menu" icon={<StarOutlined />} loading={saved.isPending}>
          {t('savedSearches.menu')} {items.length > 0 && `(${items.length})`} <DownOutlined />
        </Button>
      </Dropdown>
      <Button data-testid="saved-search-save" icon={<SaveOutlined />} onClick={() => setNaming({ mode: 'create' })}>
        {t('savedSearches.save')}
      </Button>
      {naming && (
        <SavedSearchNameModal
          mode={naming.mode}
          initialName={naming.mode === 'rename' ? naming.search.name : ''}
          pending={create.isPending || update.isPending}
          onCancel={() => setNaming(null)}
          onSubmit={onSubmitName}
        />
      )}
    </>
  );
}
