import type { ReactNode } from 'react';
import { Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { CertificateStatusTag } from '../../../components/registry/certificate-status-tag';
import { certificateTypeLabel } from '../../../components/registry/registry-labels';
import type { ReferenceNames } from '../../reference/api';
import { describeChanges, type DiffContext } from '../describe-change';
import { VersionChanges } from './version-changes';

const KIND_COLORS: Record<Certificate['versions'][number]['kind'], string> = {
  issued: 'blue',
  amended: 'orange',
  supplemented: 'green',
  reissued: 'purple',
  extended: 'cyan',
};

interface CertificateHistoryProps {
  certificates: Certificate[];
  names: ReferenceNames;
  /** Actions shown on each certificate's card (MOFA data entry), if any. */
  actions?: (certificate: Certificate) => ReactNode;
}

/** Every certificate of the NGO, newest first, each with its version chain and what each version changed. */
export function CertificateHistory({ certificates, names, actions }: CertificateHistoryProps) {
  const { t } = useTranslation();
  const context: DiffContext = {
    names,
    typeLabel: (type) => certificateTypeLabel(t, type as Certificate['type']),
    decisionLabel: (decision) => t(`registry.decision.${decision as Certificate['decisionStatus']}`),
  };
  if (certificates.length === 0) return <Empty description={t('registry.profile.noCertificates')} />;
  return (
    <Flex vertical gap={16} data-testid="certificate-history">
      {certificates.map((c) => (
        <Card
          key={c.id}
          size="small"
          data-testid="history-certificate"
          extra={actions?.(c)}
          title={
            <Flex gap={8} wrap align="center">
              <span>{c.number}</span>
              <CertificateStatusTag status={c.status} />
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {certificateTypeLabel(t, c.type)} · {formatDate(c.validFrom)} – {formatDate(c.validTo)}
              </Typography.Text>
            </Flex>
          }
        >
          {c.decisions.length > 0 && (
            <Flex vertical gap={4} data-testid="history-decisions" style={{ marginBottom: 12 }}>
              <Typography.Text strong>{t('registry.profile.decisions')}</Typography.Text>
              {c.decisions.map((decision) => (
                <Flex key={`${decision.decisionNumber}-${decision.effectiveOn}`} gap={8} wrap align="baseline">
                  <Tag color={decision.decisionStatus === 'in_force' ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                    {t(`registry.decision.${decision.decisionStatus}`)}
                  </Tag>
                  <span>{t('registry.profile.effectiveOn', { date: formatDate(decision.effectiveOn) })}</span>
                  <Typography.Text type="secondary">{t('registry.profile.decision', { number: decision.decisionNumber })}</Typography.Text>
                  {decision.proposedBy && <Typography.Text type="secondary">{t('registry.profile.proposedBy', { agency: decision.proposedBy })}</Typography.Text>}
                  {decision.reason && <Typography.Text italic>{decision.reason}</Typography.Text>}
                </Flex>
              ))}
            </Flex>
          )}
          <Timeline
            items={[...c.versions]
              .sort((a, b) => a.versionNo - b.versionNo)
              .map((version) => ({
                key: version.versionNo,
                color: KIND_COLORS[version.kind],
                content: (
                  <Flex vertical gap={2} data-testid="history-version">
                    <Flex gap={8} wrap align="center">
                      <Tag color={KIND_COLORS[version.kind]} style={{ marginInlineEnd: 0 }}>
                        {t('registry.profile.versionNo', { number: version.versionNo })} · {t(`registry.versionKinds.${version.kind}`)}
                      </Tag>
                      <span>{t('registry.profile.effectiveOn', { date: formatDate(version.effectiveOn) })}</span>
                      {version.decisionNumber && (
                        <Typography.Text type="secondary">{t('registry.profile.decision', { number: version.decisionNumber })}</Typography.Text>
                      )}
                    </Flex>
                    {version.note && <Typography.Text italic>{version.note}</Typography.Text>}
                    <VersionChanges changes={describeChanges(version.diff, context)} />
                  </Flex>
                ),
              }))}
          />
        </Card>
      ))}
    </Flex>
  );
}
