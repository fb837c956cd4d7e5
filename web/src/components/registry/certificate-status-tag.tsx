import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { certificateStatusLabel, STATUS_COLORS, type CertificateStatus } from './registry-labels';

/** A coloured tag with the certificate status in the interface language. */
export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="certificate-status" style={{ marginInlineEnd: 0 }}>
      {certificateStatusLabel(t, status)}
    </Tag>
  );
}
