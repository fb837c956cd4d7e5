import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../../api/types';
import { formatDate } from '../../../components/format';
import type { ReferenceNames } from '../../reference/api';
import { legalFormLabel } from '../profile-labels';

/** Who the NGO is: names, country, legal form and status at home, headquarters, contacts, head. */
export function ProfileIdentity({ profile, names }: { profile: OrganizationProfile; names: ReferenceNames }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const legal = profile.legalStatus;
  const legalDoc = [legal.docType, legal.docNumber, legal.issuer, legal.issuedOn ? formatDate(legal.issuedOn) : null].filter(Boolean).join(' · ');
  const head = [profile.head.name, profile.head.title, profile.head.nationality ? names.country(profile.head.nationality) : null].filter(Boolean).join(' · ');
  return (
    <Descriptions data-testid="profile-identity" bordered size="small" column={{ xs: 1, lg: 2 }} styles={{ label: { width: 220 } }}>
      <Descriptions.Item label={t('registry.profile.nameOriginal')}>{profile.nameOriginal}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.nameEn')}>{profile.nameEn}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.nameVi')}>{profile.nameVi ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.abbreviation')}>{profile.abbreviation ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.country')}>{names.country(profile.countryCode)}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.legalForm')}>{legalFormLabel(t, profile.legalForm)}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.legalDoc')}>{legalDoc || empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.homeRegistrationExpiresOn')}>{formatDate(legal.homeRegistrationExpiresOn)}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.hqAddress')} span={2}>{profile.hqAddress ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.phone')}>{profile.phone ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.email')}>{profile.email ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.website')}>
        {profile.website ? (
          <Typography.Link href={profile.website} target="_blank" rel="noreferrer">
            {profile.website}
          </Typography.Link>
        ) : (
          empty
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.head')}>{head || empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.purposes')} span={2}>{profile.purposes ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('registry.profile.fundingSources')} span={2}>{profile.fundingSources ?? empty}</Descriptions.Item>
    </Descriptions>
  );
}
