import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationPerson } from '../../../api/types';
import { formatDate } from '../../../components/format';
import type { ReferenceNames } from '../../reference/api';

/** The NGO's representatives, heads of office and staff with their identity papers (internal only). */
export function PeopleTable({ people, names }: { people: OrganizationPerson[]; names: ReferenceNames }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const columns: TableProps<OrganizationPerson>['columns'] = [
    { key: 'fullName', title: t('registry.people.fullName'), dataIndex: 'fullName' },
    { key: 'role', title: t('registry.people.role'), render: (_, person) => t(`registry.personRoles.${person.role}`) },
    { key: 'nationality', title: t('registry.people.nationality'), render: (_, person) => names.country(person.nationality) },
    { key: 'dateOfBirth', title: t('registry.people.dateOfBirth'), render: (_, person) => formatDate(person.dateOfBirth) },
    {
      key: 'gender',
      title: t('registry.people.gender'),
      render: (_, person) => (person.gender === 'female' || person.gender === 'male' || person.gender === 'other' ? t(`registry.gender.${person.gender}`) : empty),
    },
    { key: 'passport', title: t('registry.people.passport'), render: (_, person) => person.passportNumber ?? empty },
    { key: 'passportExpiresOn', title: t('registry.people.passportExpiresOn'), render: (_, person) => formatDate(person.passportExpiresOn) },
    { key: 'address', title: t('registry.people.address'), render: (_, person) => person.address ?? empty },
    {
      key: 'period',
      title: t('registry.people.period'),
      render: (_, person) => (person.fromDate || person.toDate ? `${formatDate(person.fromDate)} – ${formatDate(person.toDate)}` : empty),
    },
  ];
  return <Table<OrganizationPerson> data-testid="people-table" rowKey="id" size="small" columns={columns} dataSource={people} pagination={false} scroll={{ x: 'max-content' }} />;
}
