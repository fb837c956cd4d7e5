import { Alert, Button, Card, Descriptions, Flex, Result, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../../api/api-error';
import { formatDate } from '../../../components/format';
import { FullPageSpin } from '../../../components/full-page-spin';
import { PageTitle } from '../../../components/page-title';
import { AreaList } from '../../../components/registry/area-list';
import { CertificateStatusTag } from '../../../components/registry/certificate-status-tag';
import { certificateTypeLabel } from '../../../components/registry/registry-labels';
import { useLanguage } from '../../../i18n/use-language';
import { useReferenceNames } from '../../reference/api';
import { usePublicOrganization } from '../api';
import { publicNames } from '../components/public-result-list';

/** The public profile of an NGO: exactly what the public endpoint returns (no personal data). */
export default function PublicOrganizationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const organization = usePublicOrganization(id);
  const names = useReferenceNames();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/public/register'))} data-testid="public-back">
      {t('publicRegister.back')}
    </Button>
  );

  if (organization.isPending) return <FullPageSpin />;
  if (organization.isError) {
    if (isApiError(organization.error, 'not_found')) return <Result status="404" title={t('registry.profile.notFound')} extra={back} />;
    return <Alert type="error" showIcon title={errorMessage(organization.error)} action={<Button onClick={() => void organization.refetch()}>{t('common.retry')}</Button>} />;
  }
  const data = organization.data;
  const { primary } = publicNames(data, language);
  const c = data.certificate;
  const empty = t('common.empty');

  return (
    <>
      <PageTitle title={primary} extra={back} />
      <Flex vertical gap={16} data-testid="public-profile">
        <Card size="small" title={t('registry.profile.identity')}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} styles={{ label: { width: 200 } }}>
            <Descriptions.Item label={t('registry.profile.nameOriginal')}>{data.nameOriginal}</Descriptions.Item>
            <Descriptions.Item label={t('registry.profile.nameEn')}>{data.nameEn}</Descriptions.Item>
            <Descriptions.Item label={t('registry.profile.nameVi')}>{data.nameVi ?? empty}</Descriptions.Item>
            <Descriptions.Item label={t('registry.profile.abbreviation')}>{data.abbreviation ?? empty}</Descriptions.Item>
            <Descriptions.Item label={t('registry.profile.country')}>{names.country(data.countryCode)}</Descriptions.Item>
            <Descriptions.Item label={t('registry.profile.website')}>
              {data.website ? (
                <Typography.Link href={data.website} target="_blank" rel="noreferrer">
                  {data.website}
                </Typography.Link>
              ) : (
                empty
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('registry.profile.currentCertificate')}>
          {c ? (
            <Descriptions data-testid="public-certificate" bordered size="small" column={{ xs: 1, md: 2 }} styles={{ label: { width: 200 } }}>
              <Descriptions.Item label={t('registry.certificate.type')}>{certificateTypeLabel(t, c.type)}</Descriptions.Item>
              <Descriptions.Item label={t('registry.certificate.number')}>
                <strong>{c.number}</strong>
              </Descriptions.Item>
              <Descriptions.Item label={t('registry.certificate.status')}>
                <CertificateStatusTag status={c.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('registry.certificate.validity')}>
                {formatDate(c.validFrom)} – {formatDate(c.validTo)}
              </Descriptions.Item>
              <Descriptions.Item label={t('registry.certificate.officeCity')}>{c.officeCityCode ? names.province(c.officeCityCode) : empty}</Descriptions.Item>
              <Descriptions.Item label={t('registry.certificate.fields')}>
                <Flex wrap gap={6}>
                  {data.fieldCodes.map((code) => (
                    <Tag key={code} style={{ marginInlineEnd: 0 }}>
                      {names.field(code)}
                    </Tag>
                  ))}
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('registry.certificate.areas')} span={2}>
                <AreaList areas={data.areas} names={names} />
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">{t('registry.noCertificate')}</Typography.Text>
          )}
        </Card>
        <Typography.Text type="secondary">{t('publicRegister.disclaimer')}</Typography.Text>
      </Flex>
    </>
  );
}
