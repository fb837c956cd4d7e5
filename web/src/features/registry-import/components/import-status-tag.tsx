import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistryImport } from '../api';

const COLORS: Record<RegistryImport['status'], string> = {
  validating: 'processing',
  validated: 'blue',
  committing: 'processing',
  committed: 'success',
  failed: 'error',
  discarded: 'default',
};

/** The status of a batch as a coloured tag. */
export function ImportStatusTag({ status }: { status: RegistryImport['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="import-status">
      {t(`registryImport.status.${status}`)}
    </Tag>
  );
}
