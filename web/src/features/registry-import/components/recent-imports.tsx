import { Card, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { useRecentImports, type RegistryImport } from '../api';
import { ImportStatusTag } from './import-status-tag';

/** The latest batches of every registry manager (a colleague may review and commit one). */
export function RecentImports() {
  const { t } = useTranslation();
  const imports = useRecentImports();
  const columns: TableProps<RegistryImport>['columns'] = [
    { key: 'file', title: t('registryImport.recent.file'), render: (_, batch) => <Link to={`/registry/import/${batch.id}`}>{batch.fileName}</Link> },
    { key: 'status', title: t('registryImport.recent.status'), render: (_, batch) => <ImportStatusTag status={batch.status} /> },
    { key: 'rows', title: t('registryImport.recent.rows'), align: 'right', render: (_, batch) => batch.totalRows.toLocaleString('vi-VN') },
    { key: 'by', title: t('registryImport.recent.by'), render: (_, batch) => batch.createdBy },
    { key: 'at', title: t('registryImport.recent.at'), render: (_, batch) => formatDateTime(batch.createdAt) },
  ];
  return (
    <Card title={t('registryImport.recent.title')} style={{ marginTop: 16 }}>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={imports.data ?? []}
        loading={imports.isPending}
        pagination={false}
        locale={{ emptyText: t('registryImport.recent.empty') }}
        data-testid="import-recent"
      />
    </Card>
  );
}
