import { useState } from 'react';
import { App, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../../api/types';
import { useUpdateOrganization } from '../entry-api';
import { organizationFormValuesOf, toUpdateOrganizationBody, type OrganizationFormValues } from '../organization-form-values';
import { ORGANIZATION_FIELD_PATTERNS, OrganizationForm } from './organization-form';
import { ServerErrorAlert } from './server-error-alert';
import { useServerErrors } from './use-server-errors';

interface OrganizationEditDrawerProps {
  profile: OrganizationProfile;
  onClose: () => void;
}

/**
 * Edit of an NGO's record from its profile (shown when `abilities.canEdit`); the profile refreshes after saving.
 * Mounted while open, so each opening starts from the profile as it is then.
 */
export function OrganizationEditDrawer({ profile, onClose }: OrganizationEditDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationFormValues>();
  const update = useUpdateOrganization(profile.id);
  const errors = useServerErrors(form, ORGANIZATION_FIELD_PATTERNS);

  // Taken once: a profile refetch while editing must not discard typing.
  const [initialValues] = useState(() => organizationFormValuesOf(profile));

  const onFinish = (values: OrganizationFormValues) => {
    errors.clear();
    update.mutate(toUpdateOrganizationBody(values), {
      onSuccess: () => {
        void message.success(t('registryEntry.updated'));
        onClose();
      },
      onError: errors.show,
    });
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={960}
      title={t('registryEntry.editTitle', { name: profile.nameEn })}
      data-testid="organization-edit-drawer"
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()} data-testid="organization-edit-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <ServerErrorAlert messages={errors.general} />
      <OrganizationForm form={form} initialValues={initialValues} onFinish={onFinish} disabled={update.isPending} />
    </Drawer>
  );
}
