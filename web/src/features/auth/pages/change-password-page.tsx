import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../api/api-error';
import { applyServerFieldErrors } from '../../../components/form-errors';
import { PageTitle } from '../../../components/page-title';
import { useChangePassword, useMe } from '../api';
import { PasswordPolicyList } from '../components/password-policy-list';
import { isPasswordAcceptable } from '../password-policy';
import { redirectTarget, type RedirectState } from '../redirect';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Change-password page. Reached voluntarily or forced after the first login / a reset; the client checks
 * mirror the policy, the server's field errors are shown under the fields.
 */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: me } = useMe();
  const changePassword = useChangePassword();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [generalError, setGeneralError] = useState<string | null>(null);
  const username = me?.username ?? '';

  const onFinish = (values: ChangePasswordValues) => {
    setGeneralError(null);
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          void message.success(t('changePassword.success'));
          navigate(redirectTarget(location.state as RedirectState | null), { replace: true });
        },
        onError: (error) => {
          if (applyServerFieldErrors(form, error, SERVER_FIELDS)) return;
          if (error instanceof ApiError && error.code === 'invalid_current_password') {
            form.setFields([{ name: 'currentPassword', errors: [error.localizedMessage()] }]);
            return;
          }
          setGeneralError(errorMessage(error));
        },
      },
    );
  };

  return (
    <>
      <PageTitle title={t('changePassword.title')} />
      <Card style={{ maxWidth: 520 }}>
        {me?.mustChangePassword && (
          <Alert data-testid="forced-change-notice" type="warning" showIcon title={t('changePassword.forcedNotice')} style={{ marginBottom: 16 }} />
        )}
        {generalError && <Alert type="error" showIcon title={generalError} style={{ marginBottom: 16 }} />}
        <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={changePassword.isPending}>
          <Form.Item name="currentPassword" label={t('changePassword.currentPassword')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password data-testid="current-password" autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('changePassword.newPassword')}
            rules={[
              { required: true, message: t('common.required') },
              {
                validator: (_rule, value: string | undefined) =>
                  !value || isPasswordAcceptable(value, username)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('changePassword.policyNotMet'))),
              },
            ]}
          >
            <Input.Password data-testid="new-password" autoComplete="new-password" />
          </Form.Item>
          <PasswordPolicyList password={newPassword} username={username} />
          <Form.Item
            name="confirmPassword"
            label={t('changePassword.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('changePassword.mismatch'))),
              }),
            ]}
          >
            <Input.Password data-testid="confirm-password" autoComplete="new-password" />
          </Form.Item>
          <Button data-testid="change-password-submit" type="primary" htmlType="submit" loading={changePassword.isPending}>
            {t('changePassword.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
