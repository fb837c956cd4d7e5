import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/types';

/** Pretty-prints a value recorded in the audit log (null shows as a dash). */
function toJson(value: unknown): string {
  if (value === null || value === undefined) return '—';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

const preStyle = { margin: 0, padding: 12, background: '#f6f8fa', borderRadius: 6, maxHeight: 360, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

/** The before / after state of an audited change, side by side. */
export function AuditChangeView({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16} data-testid={`audit-change-${event.id}`}>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <pre style={preStyle}>{toJson(event.before)}</pre>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <pre style={preStyle}>{toJson(event.after)}</pre>
      </Col>
    </Row>
  );
}
