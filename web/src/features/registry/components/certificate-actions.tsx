import { useState } from 'react';
import { Button, Flex } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Certificate, OrganizationProfile } from '../../../api/types';
import { CertificateDecisionModal } from './certificate-decision-modal';
import { CertificateVersionModal } from './certificate-version-modal';

/**
 * The MOFA actions on one certificate, shown only where the server's `abilities` allow them: a new version
 * (amendment, supplement, re-issue, extension) and a status decision (suspend, terminate, revoke, lift).
 */
export function CertificateActions({ profile, certificate }: { profile: OrganizationProfile; certificate: Certificate }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'version' | 'decision' | null>(null);
  const { canAddVersion, allowedDecisions } = certificate.abilities;
  if (!canAddVersion && allowedDecisions.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="certificate-actions">
      {canAddVersion && (
        <Button size="small" icon={<EditOutlined />} onClick={() => setOpen('version')} data-testid="action-add-version">
          {t('registryEntry.actions.addVersion')}
        </Button>
      )}
      {allowedDecisions.length > 0 && (
        <Button size="small" danger icon={<StopOutlined />} onClick={() => setOpen('decision')} data-testid="action-decision">
          {allowedDecisions.includes('in_force') ? t('registryEntry.actions.decisionOrLift') : t('registryEntry.actions.decision')}
        </Button>
      )}
      {open === 'version' && <CertificateVersionModal profile={profile} certificate={certificate} onClose={() => setOpen(null)} />}
      {open === 'decision' && <CertificateDecisionModal profile={profile} certificate={certificate} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
