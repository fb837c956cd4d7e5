import { useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Segmented, Table, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../i18n/use-language';
import { useImportRows, type RegistryImport, type RowFilter } from '../api';
import { issueLines, type IssueLine } from '../import-issues';

const ACTION_COLORS = { create: 'green', update: 'blue', unchanged: 'default' } as const;

/** The checked rows: their problems (row, column, message in the interface language, severity) or every row with what the commit does. */
export function ImportIssuesTable({ batch }: { batch: RegistryImport }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  // Until the user picks, show what matters most once the check is over: errors, else warnings, else every row.
  const [picked, setOnly] = useState<RowFilter | null>(null);
  const only = picked ?? (batch.errorRows ? 'errors' : batch.warningRows ? 'warnings' : 'all');
  const rows = useImportRows(batch, only);
  const lines = useMemo(() => issueLines(rows.data?.pages.flatMap((page) => page.items) ?? [], only), [rows.data, only]);
  const columnLabel = (column: string | null) => {
    if (!column) return t('registryImport.issues.wholeRow');
    const key = `registryImport.columns.${column}`;
    return i18n.exists(key) ? t(key as 'registryImport.columns.name_en') : column;
  };

  const columns: TableProps<IssueLine>['columns'] = [
    { key: 'row', title: t('registryImport.issues.row'), width: 72, render: (_, line) => <span data-testid="import-issue-row-no">{line.rowNo}</span> },
    {
      key: 'organization',
      title: t('registryImport.issues.organization'),
      render: (_, line) => (
        <Flex vertical>
          {line.organizationId ? <Link to={`/registry/${line.organizationId}`}>{line.name}</Link> : <span>{line.name ?? t('common.empty')}</span>}
          {line.certificateNumber && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{line.certificateNumber}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'column', title: t('registryImport.issues.column'), render: (_, line) => (line.issue ? columnLabel(line.issue.column) : t('common.empty')) },
    {
      key: 'message',
      title: t('registryImport.issues.message'),
      render: (_, line) =>
        line.issue ? (
          <Flex gap={8} align="start">
            <Tag color={line.issue.severity === 'error' ? 'error' : 'warning'}>{t(`registryImport.issues.severity.${line.issue.severity}`)}</Tag>
            <span data-testid="import-issue-message">{line.issue.message[language]}</span>
          </Flex>
        ) : (
          t('common.empty')
        ),
    },
    {
      key: 'action',
      title: t('registryImport.issues.action'),
      width: 130,
      render: (_, line) => (line.action ? <Tag color={ACTION_COLORS[line.action]}>{t(`registryImport.actions.${line.action}`)}</Tag> : t('common.empty')),
    },
  ];

  return (
    <Card
      title={t('registryImport.issues.title')}
      style={{ marginTop: 16 }}
      extra={
        <Segmented<RowFilter>
          value={only}
          onChange={setOnly}
          data-testid="import-filter"
          options={(['errors', 'warnings', 'all'] as const).map((value) => ({ value, label: <span data-testid={`import-filter-${value}`}>{t(`registryImport.issues.only.${value}`)}</span> }))}
        />
      }
    >
      {rows.isError && <Alert type="error" showIcon title={errorMessage(rows.error)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={lines}
        loading={rows.isFetching && !rows.isFetchingNextPage}
        pagination={false}
        locale={{ emptyText: t('registryImport.issues.none') }}
        data-testid="import-issues"
      />
      {rows.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => void rows.fetchNextPage()} loading={rows.isFetchingNextPage}>
            {t('registryImport.issues.loadMore')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
