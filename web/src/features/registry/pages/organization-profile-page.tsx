import { Alert, Button, Card, DatePicker, Empty, Flex, Result, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, HistoryOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../../api/api-error';
import type { OrganizationProfile } from '../../../api/types';
import { DATE_PICKER_FORMAT, formatDate, toIsoDay } from '../../../components/format';
import { FullPageSpin } from '../../../components/full-page-spin';
import { PageTitle } from '../../../components/page-title';
import { CertificateStatusTag } from '../../../components/registry/certificate-status-tag';
import { useLanguage } from '../../../i18n/use-language';
import { useReferenceNames } from '../../reference/api';
import { useOrganizationProfile } from '../api';
import { CertificateActions } from '../components/certificate-actions';
import { CertificateDetails } from '../components/certificate-details';
import { CertificateHistory } from '../components/certificate-history';
import { PartnersTable } from '../components/partners-table';
import { PeopleTable } from '../components/people-table';
import { ProfileActions } from '../components/profile-actions';
import { ProfileIdentity } from '../components/profile-identity';
import { ProfileTimeline } from '../components/profile-timeline';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The NGO's name in the interface language. */
function displayName(profile: OrganizationProfile, language: 'vi' | 'en'): string {
  return language === 'vi' ? (profile.nameVi ?? profile.nameEn) : profile.nameEn;
}

/**
 * The internal profile of an NGO: identity, current certificate, areas (old province names beside today's),
 * fields, people, partners, certificate history with each version's changes, timeline — now or "as of" a past day.
 */
export default function OrganizationProfilePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requestedAsOf = params.get('asOf') ?? undefined;
  const asOf = requestedAsOf && ISO_DAY.test(requestedAsOf) ? requestedAsOf : undefined;
  const profile = useOrganizationProfile(id, asOf);
  const names = useReferenceNames();

  const setAsOf = (day: string | undefined) => setParams(day ? { asOf: day } : {}, { replace: true });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/registry'))} data-testid="profile-back">
      {t('registry.profile.back')}
    </Button>
  );
  const asOfPicker = (
    <DatePicker
      data-testid="profile-as-of"
      format={DATE_PICKER_FORMAT}
      value={asOf ? dayjs(asOf) : null}
      onChange={(value) => setAsOf(toIsoDay(value))}
      disabledDate={(day) => day.isAfter(dayjs(), 'day')}
      placeholder={t('registry.profile.asOfPlaceholder')}
      prefix={<HistoryOutlined />}
      style={{ width: 220 }}
    />
  );

  if (profile.isPending) return <FullPageSpin />;
  if (profile.isError && !profile.data) {
    if (isApiError(profile.error, 'not_found') && !asOf) {
      return <Result status="404" title={t('registry.profile.notFound')} extra={back} />;
    }
    return (
      <>
        <PageTitle title={t('registry.profile.title')} extra={<Flex gap={8}>{asOfPicker}{back}</Flex>} />
        <Alert data-testid="profile-error" type="error" showIcon title={errorMessage(profile.error)} action={<Button onClick={() => void profile.refetch()}>{t('common.retry')}</Button>} />
      </>
    );
  }
  const data = profile.data;
  const current = data.currentCertificate;

  return (
    <>
      <PageTitle
        title={displayName(data, language)}
        extra={
          <Flex gap={8} wrap>
            <ProfileActions profile={data} />
            {asOfPicker}
            {back}
          </Flex>
        }
      />
      {data.asOf && (
        <Alert
          data-testid="as-of-banner"
          type="warning"
          showIcon
          icon={<HistoryOutlined />}
          title={t('registry.profile.asOfBanner', { date: formatDate(data.asOf) })}
          action={<Button size="small" onClick={() => setAsOf(undefined)}>{t('registry.profile.backToToday')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {profile.isError && <Alert type="error" showIcon title={errorMessage(profile.error)} style={{ marginBottom: 16 }} />}
      <Spin spinning={profile.isFetching}>
        <Card size="small" style={{ marginBottom: 16 }} data-testid="profile-header">
          <Flex gap={12} wrap align="center">
            {current ? <CertificateStatusTag status={current.status} /> : <Typography.Text type="secondary">{t('registry.noCertificate')}</Typography.Text>}
            <Typography.Text>
              {[data.nameOriginal !== displayName(data, language) ? data.nameOriginal : null, data.abbreviation, names.country(data.countryCode)].filter(Boolean).join(' · ')}
            </Typography.Text>
            <Typography.Text type="secondary">{t('registry.profile.registryCode', { code: data.registryCode })}</Typography.Text>
            <Typography.Text type="secondary">{t('registry.profile.statusDate', { date: formatDate(data.statusDate) })}</Typography.Text>
            <Tag color={data.reporting.upToDate ? 'green' : 'red'} data-testid="reporting-flag" data-up-to-date={data.reporting.upToDate} title={data.reporting.lastFiledOn ? t('reporting.flag.lastFiled', { date: formatDate(data.reporting.lastFiledOn) }) : t('reporting.flag.neverFiled')}>
              {data.reporting.upToDate ? t('reporting.flag.upToDate') : t('reporting.flag.overdue', { count: data.reporting.overdue })}
            </Tag>
          </Flex>
        </Card>
        <Tabs
          data-testid="profile-tabs"
          items={[
            {
              key: 'overview',
              label: <span data-testid="tab-overview">{t('registry.profile.tabs.overview')}</span>,
              children: (
                <Flex vertical gap={16}>
                  <Card size="small" title={t('registry.profile.currentCertificate')} extra={current ? <CertificateActions profile={data} certificate={current} /> : undefined}>
                    {current ? <CertificateDetails certificate={current} names={names} /> : <Empty description={t('registry.noCertificate')} />}
                  </Card>
                  <Card size="small" title={t('registry.profile.identity')}>
                    <ProfileIdentity profile={data} names={names} />
                  </Card>
                </Flex>
              ),
            },
            {
              key: 'history',
              label: <span data-testid="tab-history">{t('registry.profile.tabs.history', { number: data.certificates.length })}</span>,
              children: <CertificateHistory certificates={data.certificates} names={names} actions={(certificate) => <CertificateActions profile={data} certificate={certificate} />} />,
            },
            {
              key: 'people',
              label: <span data-testid="tab-people">{t('registry.profile.tabs.people', { number: data.people.length })}</span>,
              children: <PeopleTable people={data.people} names={names} />,
            },
            {
              key: 'partners',
              label: <span data-testid="tab-partners">{t('registry.profile.tabs.partners', { number: data.partners.length })}</span>,
              children: <PartnersTable partners={data.partners} names={names} />,
            },
            {
              key: 'timeline',
              label: <span data-testid="tab-timeline">{t('registry.profile.tabs.timeline')}</span>,
              children: <ProfileTimeline events={data.timeline} />,
            },
          ]}
        />
      </Spin>
    </>
  );
}
