import { useState } from 'react';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isExportRunning, useExportJob, useStartExport } from './api';

export interface ExportButtonProps {
  /** Registered export kind on the server, e.g. 'dashboard_xlsx'. */
  kind: string;
  /** Parameters of the kind, e.g. { year: 2026 }. */
  params?: Record<string, unknown>;
  /** Button text (default "Xuất Excel / Export to Excel"). */
  label?: string;
}

/**
 * Starts a background export on the server, shows its progress while it runs, then a download link
 * (issue 7 §6: large exports run as jobs). Reusable for any registered kind.
 */
export function ExportButton({ kind, params = {}, label }: ExportButtonProps) {
  const { t, i18n } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartExport();
  const job = useExportJob(jobId);
  const running = start.isPending || isExportRunning(job.data) || (jobId !== null && !job.data);
  const onStart = () =>
    start.mutate({ kind, params: { lang: i18n.language === 'en' ? 'en' : 'vi', ...params } }, { onSuccess: (created) => setJobId(created.id) });
  return (
    <Flex vertical gap={8} data-testid={`export-${kind}`}>
      <Button icon={<FileExcelOutlined />} onClick={onStart} loading={running} disabled={running}>
        {label ?? t('dashboards.export.button')}
      </Button>
      {running && jobId && <Progress percent={job.data?.progress ?? 0} size="small" status="active" aria-label={t('dashboards.export.progress')} />}
      {job.data?.status === 'done' && job.data.downloadUrl && (
        <Typography.Link href={job.data.downloadUrl} data-testid="export-download">
          <DownloadOutlined /> {t('dashboards.export.download', { name: job.data.fileName })}
        </Typography.Link>
      )}
      {job.data?.status === 'failed' && <Alert type="error" showIcon title={t('dashboards.export.failed')} description={job.data.error ?? undefined} />}
      {start.isError && <Alert type="error" showIcon title={t('dashboards.export.failed')} />}
    </Flex>
  );
}
