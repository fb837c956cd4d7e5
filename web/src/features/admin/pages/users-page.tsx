import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import type { AdminUser } from '../../../api/types';
import { formatDate, formatDateTime } from '../../../components/format';
import { localName, ROLES, roleLabel } from '../../../components/labels';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useUsers, type UserFilters } from '../api';
import { OneTimePasswordModal, type IssuedPassword } from '../components/one-time-password-modal';
import { UserFormModal } from '../components/user-form-modal';
import { UserRowActions } from '../components/user-row-actions';

const STATUSES = ['active', 'disabled'] as const;

/** Users administration: server-side paged table with search and filters, create / edit / reset / disable. */
export default function UsersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<UserFilters>({ page: 1, pageSize: 20 });
  const [formTarget, setFormTarget] = useState<'create' | AdminUser | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const users = useUsers(filters);

  const setFilter = (patch: Partial<UserFilters>) => setFilters((previous) => ({ ...previous, ...patch, page: 1 }));

  const columns: TableProps<AdminUser>['columns'] = [
    { key: 'username', title: t('users.columns.username'), dataIndex: 'username' },
    { key: 'fullName', title: t('users.columns.fullName'), dataIndex: 'fullName' },
    { key: 'email', title: t('users.columns.email'), dataIndex: 'email', render: (email: string | null) => email ?? t('common.empty'), responsive: ['xxl'] },
    { key: 'role', title: t('users.columns.role'), render: (_, user) => roleLabel(t, user.role) },
    {
      key: 'unit',
      title: t('users.columns.unit'),
      render: (_, user) => (
        <Typography.Text ellipsis={{ tooltip: localName(user.unit, language) }} style={{ maxWidth: 280 }}>
          {localName(user.unit, language)}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('users.columns.status'),
      render: (_, user) => <Tag color={user.status === 'active' ? 'green' : 'default'}>{t(`users.status.${user.status}`)}</Tag>,
    },
    { key: 'lastLogin', title: t('users.columns.lastLogin'), render: (_, user) => formatDateTime(user.lastLoginAt), responsive: ['xxl'] },
    { key: 'createdAt', title: t('users.columns.createdAt'), render: (_, user) => formatDate(user.createdAt), responsive: ['xxl'] },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, user) => <UserRowActions user={user} onEdit={setFormTarget} onPasswordIssued={setIssued} />,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} data-testid="create-user" onClick={() => setFormTarget('create')}>
            {t('users.create')}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          data-testid="users-search"
          allowClear
          placeholder={t('users.searchPlaceholder')}
          onSearch={(q) => setFilter({ q: q.trim() || undefined })}
          style={{ width: 320 }}
        />
        <Select
          allowClear
          placeholder={t('users.filterRole')}
          style={{ width: 260 }}
          value={filters.role}
          onChange={(role?: string) => setFilter({ role })}
          options={ROLES.map((value) => ({ value, label: roleLabel(t, value) }))}
        />
        <Select
          allowClear
          placeholder={t('users.filterStatus')}
          style={{ width: 200 }}
          value={filters.status}
          onChange={(status?: string) => setFilter({ status })}
          options={STATUSES.map((value) => ({ value, label: t(`users.status.${value}`) }))}
        />
      </Flex>
      {users.isError && <Alert type="error" showIcon title={errorMessage(users.error)} style={{ marginBottom: 12 }} />}
      <Table<AdminUser>
        data-testid="users-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.totalItems', { total }),
          onChange: (page, pageSize) => setFilters((previous) => ({ ...previous, page, pageSize })),
        }}
      />
      <UserFormModal
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onCreated={(result) => {
          setFormTarget(null);
          void message.success(t('users.created', { username: result.username }));
          setIssued(result);
        }}
        onSaved={() => {
          setFormTarget(null);
          void message.success(t('common.saved'));
        }}
      />
      <OneTimePasswordModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
