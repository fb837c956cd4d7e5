import type { ReactNode } from 'react';
import { Card, Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format';
import { useReferenceNames } from '../../reference/api';
import { legalFormLabel } from '../../registry/profile-labels';
import { amendKindLabel } from '../dossier-labels';
import type { Application, DossierDetail } from '../types';

const multiline = (value: string) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>;

/**
 * The application form as filed, read-only (MOFA's view, and the applicant's once submitted). With `registryOnly`,
 * only what an amend / extend dossier was prefilled with from the registry (organisation, areas, fields,
 * representative, office), under its own title: the context of a draft whose form asks only for what changes.
 */
export function ApplicationView({ dossier, registryOnly = false }: { dossier: DossierDetail; registryOnly?: boolean }) {
  const { t } = useTranslation();
  const names = useReferenceNames();
  const { plan: _plan, changes: _changes, changeKinds: _changeKinds, ...registry } = dossier.application;
  const a: Application = registryOnly ? registry : dossier.application;
  const person = a.representative;
  const rows: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode | undefined | null | false) => {
    if (value !== undefined && value !== null && value !== false && value !== '') rows.push([label, value]);
  };
  if (dossier.amendKind && !registryOnly) add(t('dossiers.form.amendKind'), amendKindLabel(t, dossier.amendKind));
  add(t('dossiers.form.changeKinds'), a.changeKinds?.length ? a.changeKinds.map((c) => t(`dossiers.amendChanges.${c}`)).join('; ') : null);
  add(t('dossiers.form.changes'), a.changes && multiline(a.changes));
  add(t('dossiers.form.nameOriginal'), a.nameOriginal);
  add(t('dossiers.form.nameEn'), a.nameEn);
  add(t('dossiers.form.nameVi'), a.nameVi);
  add(t('dossiers.form.abbreviation'), a.abbreviation);
  add(t('dossiers.form.countryCode'), a.countryCode && names.country(a.countryCode));
  add(t('dossiers.form.legalForm'), a.legalForm && legalFormLabel(t, a.legalForm));
  add(t('dossiers.form.homeRegistrationExpiresOn'), a.homeRegistrationExpiresOn && formatDate(a.homeRegistrationExpiresOn));
  add(t('dossiers.form.hqAddress'), a.hqAddress);
  add(t('dossiers.form.email'), a.email);
  add(t('dossiers.form.phone'), a.phone);
  add(t('dossiers.form.website'), a.website);
  add(t('dossiers.form.purposes'), a.purposes && multiline(a.purposes));
  add(t('dossiers.form.provinceCodes'), a.provinceCodes?.length ? a.provinceCodes.map(names.province).join('; ') : null);
  add(t('dossiers.form.fieldCodes'), a.fieldCodes?.length ? a.fieldCodes.map(names.field).join('; ') : null);
  if (person) {
    const parts = [
      person.fullName,
      person.nationality && names.country(person.nationality),
      person.dateOfBirth && t('dossiers.view.bornOn', { date: formatDate(person.dateOfBirth) }),
      person.passportNumber && t('dossiers.view.passport', { number: person.passportNumber, date: formatDate(person.passportExpiresOn) }),
      person.email,
      person.phone,
    ].filter(Boolean);
    add(dossier.procedure.startsWith('rep_office') ? t('dossiers.form.sections.headOfOffice') : t('dossiers.form.sections.representative'), parts.join(' · '));
  }
  add(t('dossiers.form.officeCityCode'), a.officeCityCode && names.province(a.officeCityCode));
  add(t('dossiers.form.officeAddress'), a.officeAddress);
  add(t('dossiers.view.plan'), a.plan && multiline(a.plan));

  return (
    <Card
      size="small"
      title={registryOnly ? t('dossiers.target.registryTitle') : t('dossiers.view.applicationTitle')}
      extra={registryOnly && dossier.targetCertificate ? <span data-testid="registry-target">{dossier.targetCertificate.number}</span> : undefined}
      style={{ marginBottom: 16 }}
      data-testid={registryOnly ? 'registry-prefill' : 'application-view'}
    >
      {rows.length === 0 ? (
        <Empty description={t('dossiers.view.emptyApplication')} />
      ) : (
        <Descriptions column={1} size="small" bordered>
          {rows.map(([label, value]) => (
            <Descriptions.Item key={label} label={label}>
              {value}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}
