import { Alert, Button, Card, Col, Flex, Popconfirm, Progress, Result, Row, Statistic, Tooltip, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../i18n/use-language';
import { useCommitImport, useDiscardImport, type RegistryImport } from '../api';
import { ImportStatusTag } from './import-status-tag';

const number = (n: number) => n.toLocaleString('vi-VN');

/** Progress while the server checks or commits the batch (re-read every second). */
function ImportProgress({ batch }: { batch: RegistryImport }) {
  const { t } = useTranslation();
  if (batch.status === 'committing') {
    return (
      <Flex vertical gap={4} data-testid="import-progress">
        <Typography.Text>{t('registryImport.progress.committing', { total: number(batch.totalRows) })}</Typography.Text>
        <Progress percent={100} status="active" showInfo={false} />
      </Flex>
    );
  }
  const percent = batch.totalRows ? Math.floor((batch.processedRows / batch.totalRows) * 100) : 0;
  return (
    <Flex vertical gap={4} data-testid="import-progress">
      <Typography.Text>{t('registryImport.progress.checking', { done: number(batch.processedRows), total: number(batch.totalRows) })}</Typography.Text>
      <Progress percent={percent} status="active" />
    </Flex>
  );
}

/** The counts of the dry run (or, after the commit, of what was written). */
function ImportCounts({ batch }: { batch: RegistryImport }) {
  const { t } = useTranslation();
  const done = batch.result;
  const items = [
    { key: 'rows', value: batch.totalRows },
    { key: 'errors', value: batch.errorRows, color: batch.errorRows ? '#cf1322' : undefined },
    { key: 'warnings', value: batch.warningRows, color: batch.warningRows ? '#d48806' : undefined },
    { key: done ? 'created' : 'create', value: done ? done.created : batch.planned.create },
    { key: done ? 'updated' : 'update', value: done ? done.updated : batch.planned.update },
    { key: 'unchanged', value: done ? done.unchanged : batch.planned.unchanged },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={8} xl={4}>
          <Statistic
            title={t(`registryImport.summary.${item.key}`)}
            value={number(item.value)}
            styles={{ content: { color: 'color' in item ? item.color : undefined } }}
            data-testid={`import-count-${item.key}`}
          />
        </Col>
      ))}
    </Row>
  );
}

/**
 * The state of a batch: progress while it is checked or committed; then the counts, the file's problems, and
 * the commit (disabled while any row has an error) or the result of the commit.
 */
export function ImportSummary({ batch }: { batch: RegistryImport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commit = useCommitImport();
  const discard = useDiscardImport();
  const busy = batch.status === 'validating' || batch.status === 'committing';
  const blockedReason = batch.errorRows > 0 ? t('registryImport.commit.blocked', { count: batch.errorRows }) : undefined;

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{batch.fileName}</Typography.Text>
          <ImportStatusTag status={batch.status} />
        </Flex>
      }
      extra={<Typography.Text type="secondary">{t('registryImport.uploadedBy', { user: batch.createdBy })}</Typography.Text>}
    >
      <Flex vertical gap={16}>
        {busy ? <ImportProgress batch={batch} /> : <ImportCounts batch={batch} />}
        {batch.fileIssues.map((issue, i) => (
          <Alert key={`${issue.code}-${i}`} type={issue.severity === 'error' ? 'error' : 'warning'} showIcon title={issue.message[language]} data-testid="import-file-issue" />
        ))}
        {batch.status === 'committed' && batch.result && (
          <Result
            status="success"
            title={t('registryImport.commit.done', { created: number(batch.result.created), updated: number(batch.result.updated), unchanged: number(batch.result.unchanged) })}
            extra={<Link to="/registry">{t('registryImport.openRegistry')}</Link>}
            data-testid="import-committed"
          />
        )}
        {commit.isError && <Alert type="error" showIcon title={errorMessage(commit.error)} data-testid="import-commit-error" />}
        {(batch.status === 'validated' || batch.status === 'failed') && (
          <Flex gap={8} wrap align="center">
            {batch.status === 'validated' && (
              <Popconfirm
                title={t('registryImport.commit.confirm', { count: batch.totalRows })}
                okText={t('registryImport.commit.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => commit.mutate(batch.id)}
                disabled={!batch.abilities.canCommit}
              >
                <Tooltip title={blockedReason}>
                  <Button type="primary" icon={<CheckOutlined />} disabled={!batch.abilities.canCommit} loading={commit.isPending} data-testid="import-commit">
                    {t('registryImport.commit.button')}
                  </Button>
                </Tooltip>
              </Popconfirm>
            )}
            {batch.abilities.canDiscard && (
              <Popconfirm title={t('registryImport.discard.confirm')} okText={t('registryImport.discard.button')} cancelText={t('common.cancel')} onConfirm={() => discard.mutate(batch.id)}>
                <Button icon={<DeleteOutlined />} loading={discard.isPending} data-testid="import-discard">
                  {t('registryImport.discard.button')}
                </Button>
              </Popconfirm>
            )}
            {blockedReason && <Typography.Text type="danger" data-testid="import-commit-blocked">{blockedReason}</Typography.Text>}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
