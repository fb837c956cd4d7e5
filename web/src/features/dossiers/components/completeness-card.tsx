import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../api/api-error';
import type { DossierDetail } from '../types';
import { ActionButton } from './dossier-actions';

/**
 * The completeness pre-check before submission (brief §3: COMINGO checks within 2 WD; the system checks what it
 * can at once): what the form and the components still lack, then "Nộp hồ sơ" or "Nộp bổ sung" — disabled while
 * anything is missing (the server refuses such a submission anyway).
 */
export function CompletenessCard({ dossier, dirty }: { dossier: DossierDetail; dirty: boolean }) {
  const { t } = useTranslation();
  const action = dossier.allowedActions.includes('answer_supplement') ? 'answer_supplement' : dossier.allowedActions.includes('submit') ? 'submit' : null;
  if (!action) return null;
  const issues = dossier.completenessIssues;
  return (
    <Card size="small" title={t('dossiers.completeness.title')} style={{ marginBottom: 16 }} data-testid="completeness">
      {issues.length === 0 ? (
        <Alert type="success" showIcon title={t('dossiers.completeness.ready')} data-testid="completeness-ready" />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('dossiers.completeness.missing', { count: issues.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="completeness-issues">
              {issues.map((issue) => (
                <li key={issue.path}>{pickText(issue.message)}</li>
              ))}
            </ul>
          }
        />
      )}
      {dirty && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }} data-testid="completeness-unsaved">
          {t('dossiers.completeness.unsaved')}
        </Typography.Paragraph>
      )}
      <Flex justify="end" style={{ marginTop: 12 }}>
        <ActionButton dossier={dossier} action={action} disabled={issues.length > 0 || dirty} />
      </Flex>
    </Card>
  );
}
