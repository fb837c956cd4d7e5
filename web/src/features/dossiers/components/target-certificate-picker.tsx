import { Alert, Card, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage, pickText } from '../../../api/api-error';
import { useMyCertificates } from '../api';
import { eligibleTargets, targetLabel } from '../target-certificates';
import type { Procedure } from '../types';

/**
 * Extend / amend: the NGO picks which of its certificates the dossier acts on (only those in force of the
 * procedure's type, Decree 58/2022 Art. 12, 13, 16, 17). Without one, it says so instead of letting the NGO start.
 */
export function TargetCertificatePicker({ procedure, value, onChange }: { procedure: Procedure; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const certificates = useMyCertificates();
  const kind = procedure.kind === 'extend' ? 'extend' : 'amend';
  if (certificates.isError) return <Alert type="error" showIcon title={errorMessage(certificates.error)} style={{ marginBottom: 16 }} />;
  const options = eligibleTargets(certificates.data ?? [], procedure.code);
  if (certificates.isSuccess && options.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t(`dossiers.target.none.${kind}`, { type: t(`registry.types.${procedure.certificateType}`) })}
        description={t('dossiers.target.noneHint')}
        style={{ marginBottom: 16 }}
        data-testid="guide-no-target"
      />
    );
  }
  return (
    <Card size="small" title={t(`dossiers.target.title.${kind}`)} style={{ marginBottom: 16 }} data-testid="guide-target-card">
      <Form layout="vertical">
        <Form.Item label={t('dossiers.target.label')} required extra={t('dossiers.target.prefillHint')} style={{ marginBottom: 0 }}>
          <Select
            value={value ?? undefined}
            onChange={(id: string) => onChange(id)}
            loading={certificates.isPending}
            placeholder={t('dossiers.target.placeholder')}
            data-testid="guide-target"
            options={options.map((c) => ({
              value: c.id,
              label: (
                <span data-testid={`guide-target-option-${c.number}`}>
                  {targetLabel(t, c)}
                  <Typography.Text type="secondary"> — {pickText({ vi: c.organizationName.vi ?? c.organizationName.en, en: c.organizationName.en })}</Typography.Text>
                </span>
              ),
            }))}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
