import type { ReactNode } from 'react';
import { Card, Flex, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicOrganization } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { CertificateStatusTag } from '../../../components/registry/certificate-status-tag';
import { certificateTypeLabel } from '../../../components/registry/registry-labels';
import { useLanguage } from '../../../i18n/use-language';
import type { ReferenceNames } from '../../reference/api';

/** The NGO's name in the interface language, with the original name below when it differs. */
export function publicNames(item: Pick<PublicOrganization, 'nameVi' | 'nameEn' | 'nameOriginal'>, language: 'vi' | 'en') {
  const primary = language === 'vi' ? (item.nameVi ?? item.nameEn) : item.nameEn;
  const secondary = [language === 'vi' ? item.nameEn : item.nameVi, item.nameOriginal].filter((name, index, all): name is string => Boolean(name) && name !== primary && all.indexOf(name) === index);
  return { primary, secondary };
}

/** Results of the public register as cards: names, country, certificate, status, validity, provinces. */
export function PublicResultList({ items, loading, names, empty }: { items: PublicOrganization[]; loading: boolean; names: ReferenceNames; empty: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12} data-testid="public-results" style={{ minHeight: 120 }}>
        {items.length === 0 && !loading && empty}
        {items.map((item) => {
          const { primary, secondary } = publicNames(item, language);
          const c = item.certificate;
          return (
            <Card key={item.id} size="small" data-testid="public-result">
              <Flex justify="space-between" gap={12} wrap>
                <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Link to={`/public/register/${item.id}`} data-testid="public-result-name" style={{ fontWeight: 600, fontSize: 16 }}>
                    {primary}
                    {item.abbreviation && <Typography.Text type="secondary"> ({item.abbreviation})</Typography.Text>}
                  </Link>
                  {secondary.map((name) => (
                    <Typography.Text key={name} type="secondary" style={{ fontSize: 12 }}>
                      {name}
                    </Typography.Text>
                  ))}
                  <Typography.Text style={{ fontSize: 13 }}>
                    {names.country(item.countryCode)}
                    {c && ` · ${certificateTypeLabel(t, c.type)} ${c.number}`}
                  </Typography.Text>
                  <Flex wrap gap={4} style={{ marginTop: 4 }}>
                    {item.provinceCodes.map((code) => (
                      <Tag key={code} color="blue" style={{ marginInlineEnd: 0 }}>
                        {names.province(code)}
                      </Tag>
                    ))}
                  </Flex>
                </Flex>
                {c && (
                  <Flex vertical align="end" gap={4}>
                    <CertificateStatusTag status={c.status} />
                    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                      {t('publicRegister.validTo', { date: formatDate(c.validTo) })}
                    </Typography.Text>
                  </Flex>
                )}
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </Spin>
  );
}
