import { useState } from 'react';
import { Button } from 'antd';
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../../api/types';
import { CertificateRecordModal } from './certificate-record-modal';
import { OrganizationEditDrawer } from './organization-edit-drawer';

/** "Sửa thông tin" and "Nhập giấy đăng ký" on a profile, shown only where `profile.abilities` allow them. */
export function ProfileActions({ profile }: { profile: OrganizationProfile }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'edit' | 'certificate' | null>(null);
  const { canEdit, canRecordCertificate } = profile.abilities;
  return (
    <>
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="action-edit-organization">
          {t('registryEntry.actions.edit')}
        </Button>
      )}
      {canRecordCertificate && (
        <Button icon={<FileAddOutlined />} onClick={() => setOpen('certificate')} data-testid="action-record-certificate">
          {t('registryEntry.actions.recordCertificate')}
        </Button>
      )}
      {open === 'edit' && <OrganizationEditDrawer profile={profile} onClose={() => setOpen(null)} />}
      {open === 'certificate' && <CertificateRecordModal profile={profile} onClose={() => setOpen(null)} />}
    </>
  );
}
