import { App, Button, Flex, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { ORGANIZATION_FIELD_PATTERNS, OrganizationForm } from '../components/organization-form';
import { ServerErrorAlert } from '../components/server-error-alert';
import { useServerErrors } from '../components/use-server-errors';
import { useCreateOrganization } from '../entry-api';
import { toCreateOrganizationBody, type OrganizationFormValues } from '../organization-form-values';

/**
 * "Thêm tổ chức / Add organisation" (MOFA data entry of an NGO already working in Vietnam). On success the new
 * profile opens; an NGO of the same name is refused (409) with a link to the record that exists.
 */
export default function OrganizationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationFormValues>();
  const create = useCreateOrganization();
  const errors = useServerErrors(form, ORGANIZATION_FIELD_PATTERNS);
  const existing = isApiError(errors.error, 'organization_exists') ? (errors.error.details as { id?: string; registryCode?: string }) : null;

  const onFinish = (values: OrganizationFormValues) => {
    errors.clear();
    create.mutate(toCreateOrganizationBody(values), {
      onSuccess: (profile) => {
        void message.success(t('registryEntry.created', { name: profile.nameEn }));
        navigate(`/registry/${profile.id}`);
      },
      onError: errors.show,
    });
  };

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/registry')} data-testid="entry-back">
      {t('registryEntry.backToRegistry')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('registryEntry.newTitle')} extra={back} />
      <OrganizationForm
        form={form}
        onFinish={onFinish}
        disabled={create.isPending}
        footer={
          <>
            <ServerErrorAlert
              messages={errors.general}
              extra={
                existing?.id ? (
                  <Link to={`/registry/${existing.id}`} data-testid="entry-existing-link">
                    {t('registryEntry.openExisting', { code: existing.registryCode ?? '' })}
                  </Link>
                ) : undefined
              }
            />
            <Flex gap={8} justify="flex-end">
              <Button onClick={() => navigate('/registry')}>{t('common.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="organization-submit">
                {t('registryEntry.createSubmit')}
              </Button>
            </Flex>
          </>
        }
      />
    </>
  );
}
