import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { actionInputs } from '../dossier-rules';
import type { DossierAction, DossierDetail } from '../types';
import { ActionModal } from './action-modal';

/** Actions offered elsewhere on the applicant's page (beside the completeness pre-check). */
const SUBMISSION_ACTIONS: readonly DossierAction[] = ['submit', 'answer_supplement'];
/** Actions with their own card on MOFA's page (the consultation card chooses the agencies, then sends). */
const CARD_ACTIONS: readonly DossierAction[] = ['send_for_consultation'];
const PRIMARY: readonly DossierAction[] = ['accept', 'send_for_consultation', 'close_consultation', 'propose_decision', 'approve', 'issue_certificate', 'submit', 'answer_supplement'];

/** One action button that opens the action's dialog. */
export function ActionButton({ dossier, action, disabled }: { dossier: DossierDetail; action: DossierAction; disabled?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={actionInputs(action).danger} disabled={disabled} onClick={() => setOpen(true)} data-testid={`action-${action}`}>
        {t(`dossiers.actions.${action}`)}
      </Button>
      {open && <ActionModal dossier={dossier} action={action} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * The workflow steps the signed-in user may take now: exactly the server's `allowedActions` (the applicant's
 * submission buttons sit beside the completeness pre-check, and "send for consultation" in the consultation card).
 */
export function DossierActions({ dossier, applicant }: { dossier: DossierDetail; applicant: boolean }) {
  const { t } = useTranslation();
  const actions = dossier.allowedActions.filter((a) => !(applicant && SUBMISSION_ACTIONS.includes(a)) && !CARD_ACTIONS.includes(a));
  return (
    <Card size="small" title={t('dossiers.actionsTitle')} style={{ marginBottom: 16 }} data-testid="dossier-actions">
      {actions.length === 0 ? (
        <Typography.Text type="secondary" data-testid="no-actions">
          {t('dossiers.noActions')}
        </Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {actions.map((action) => (
            <ActionButton key={action} dossier={dossier} action={action} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
