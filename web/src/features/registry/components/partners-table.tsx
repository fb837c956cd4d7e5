import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationPartner } from '../../../api/types';
import type { ReferenceNames } from '../../reference/api';
import { partnerKindLabel } from '../profile-labels';

/** The NGO's Vietnamese partners. */
export function PartnersTable({ partners, names }: { partners: OrganizationPartner[]; names: ReferenceNames }) {
  const { t } = useTranslation();
  const columns: TableProps<OrganizationPartner>['columns'] = [
    { key: 'name', title: t('registry.partners.name'), dataIndex: 'name' },
    { key: 'kind', title: t('registry.partners.kind'), render: (_, partner) => partnerKindLabel(t, partner.kind) },
    { key: 'province', title: t('registry.partners.province'), render: (_, partner) => names.province(partner.provinceCode) },
  ];
  return (
    <Table<OrganizationPartner>
      data-testid="partners-table"
      rowKey={(partner) => `${partner.name}|${partner.provinceCode ?? ''}`}
      size="small"
      columns={columns}
      dataSource={partners}
      pagination={false}
    />
  );
}
