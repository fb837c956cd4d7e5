import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { AreaList } from '../../../components/registry/area-list';
import { CertificateStatusTag } from '../../../components/registry/certificate-status-tag';
import { certificateTypeLabel } from '../../../components/registry/registry-labels';
import type { ReferenceNames } from '../../reference/api';

/** A certificate in full: type, number, status, legal basis, dates, office, representative, areas and fields. */
export function CertificateDetails({ certificate: c, names }: { certificate: Certificate; names: ReferenceNames }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <Descriptions data-testid="current-certificate" bordered size="small" column={{ xs: 1, lg: 2 }} styles={{ label: { width: 220 } }}>
      <Descriptions.Item label={t('registry.certificate.type')}>{certificateTypeLabel(t, c.type)}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.number')}>
        <strong>{c.number}</strong>
      </Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.status')}>
        <CertificateStatusTag status={c.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.legalBasis')}>{t('registry.certificate.decree', { number: c.legalBasis })}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.issuedOn')}>{formatDate(c.issuedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.validity')}>
        {formatDate(c.validFrom)} – {formatDate(c.validTo)}
      </Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.officeCity')}>{c.officeCityCode ? names.province(c.officeCityCode) : empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.officeAddress')}>{c.officeAddress ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.representative')}>{c.representative?.fullName ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.version')}>{c.currentVersion}</Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.areas')} span={2}>
        <AreaList areas={c.areas} names={names} />
      </Descriptions.Item>
      <Descriptions.Item label={t('registry.certificate.fields')} span={2}>
        <Flex wrap gap={6}>
          {c.fields.length === 0
            ? empty
            : c.fields.map((code) => (
                <Tag key={code} style={{ marginInlineEnd: 0 }}>
                  {names.field(code)}
                </Tag>
              ))}
        </Flex>
      </Descriptions.Item>
    </Descriptions>
  );
}
