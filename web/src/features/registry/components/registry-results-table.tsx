import type { ReactNode } from 'react';
import { Flex, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegistryListItem } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { CertificateStatusTag } from '../../../components/registry/certificate-status-tag';
import { HighlightedText } from '../../../components/registry/highlighted-text';
import { certificateTypeLabel } from '../../../components/registry/registry-labels';
import { useLanguage } from '../../../i18n/use-language';
import { useReferenceNames } from '../../reference/api';

interface RegistryResultsTableProps {
  rows: RegistryListItem[];
  loading: boolean;
  empty: ReactNode;
}

/** The NGO's names: the one of the interface language first, the others below; matches marked. */
function NameCell({ item }: { item: RegistryListItem }) {
  const language = useLanguage();
  const h = item.highlight;
  const primary = language === 'vi' && item.nameVi ? ('nameVi' as const) : ('nameEn' as const);
  const others = (['nameVi', 'nameEn', 'nameOriginal'] as const).filter(
    (key) => key !== primary && item[key] && !(key === 'nameOriginal' && item.nameOriginal === item[primary]) && !(key === 'nameOriginal' && item.nameOriginal === item.nameEn),
  );
  return (
    <Flex vertical gap={2}>
      <Link to={`/registry/${item.id}`} data-testid="registry-row-name" style={{ fontWeight: 600 }}>
        <HighlightedText text={item[primary] ?? item.nameEn} ranges={h[primary]} />
        {item.abbreviation && (
          <Typography.Text type="secondary">
            {' ('}
            <HighlightedText text={item.abbreviation} ranges={h.abbreviation} />)
          </Typography.Text>
        )}
      </Link>
      {others.map((key) => (
        <Typography.Text key={key} type="secondary" style={{ fontSize: 12 }}>
          <HighlightedText text={item[key] ?? ''} ranges={h[key]} />
        </Typography.Text>
      ))}
      {item.representativeName && h.representativeName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <HighlightedText text={item.representativeName} ranges={h.representativeName} />
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Result rows of the look-up: names with matches marked, country, certificate, status, validity, areas. */
export function RegistryResultsTable({ rows, loading, empty }: RegistryResultsTableProps) {
  const { t } = useTranslation();
  const names = useReferenceNames();
  const columns: TableProps<RegistryListItem>['columns'] = [
    { key: 'name', title: t('registry.columns.name'), render: (_, item) => <NameCell item={item} />, width: '32%' },
    { key: 'country', title: t('registry.columns.country'), render: (_, item) => names.country(item.countryCode) },
    {
      key: 'certificate',
      title: t('registry.columns.certificate'),
      render: (_, item) =>
        item.certificate ? (
          <Flex vertical gap={2}>
            <span style={{ whiteSpace: 'nowrap' }} data-testid="registry-row-number">
              <HighlightedText text={item.certificate.number} ranges={item.highlight.certificateNumber} />
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {certificateTypeLabel(t, item.certificate.type)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('registry.noCertificate')}</Typography.Text>
        ),
    },
    { key: 'status', title: t('registry.columns.status'), render: (_, item) => (item.certificate ? <CertificateStatusTag status={item.certificate.status} /> : t('common.empty')) },
    {
      key: 'validTo',
      title: t('registry.columns.validTo'),
      render: (_, item) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(item.certificate?.validTo)}</span>,
    },
    {
      key: 'areas',
      title: t('registry.columns.areas'),
      render: (_, item) => (
        <Typography.Text style={{ fontSize: 13 }}>{item.provinceCodes.map((code) => names.province(code)).join(', ') || t('common.empty')}</Typography.Text>
      ),
      responsive: ['lg'],
    },
  ];
  return (
    <Table<RegistryListItem>
      data-testid="registry-results"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: empty }}
    />
  );
}
