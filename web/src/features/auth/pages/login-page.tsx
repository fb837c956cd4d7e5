import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { BookOutlined, LockOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../api/api-error';
import { LanguageSwitch } from '../../../components/language-switch';
import { useDocumentTitle } from '../../../components/page-title';
import { useLogin, useMe } from '../api';
import { redirectTarget, type RedirectState } from '../redirect';

interface LoginValues {
  username: string;
  password: string;
}

/** Error text for a failed login: the server's message, plus the wait time when throttled. */
function useLoginErrorText(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  const text = errorMessage(error);
  const seconds = error instanceof ApiError ? error.details.retryAfterSeconds : undefined;
  if (error instanceof ApiError && error.status === 429 && typeof seconds === 'number' && seconds > 0) {
    const minutes = Math.ceil(seconds / 60);
    // The server's message may already state the wait; add it only when it does not.
    return text.includes(String(minutes)) ? text : `${text} ${t('login.retryAfter', { minutes })}`;
  }
  return text;
}

/** The login page: username and password; routes to /change-password when the server demands it. */
export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  // A verified sign-up links here with ?username=… so the new account only needs its password.
  const [params] = useSearchParams();
  const prefilledUsername = params.get('username') ?? '';
  const me = useMe();
  const login = useLogin();
  const [submitted, setSubmitted] = useState(false);
  const errorText = useLoginErrorText(login.error);
  const target = redirectTarget(location.state as RedirectState | null);
  useDocumentTitle(t('login.title'));

  if (me.data && !submitted) {
    return <Navigate to={me.data.mustChangePassword ? '/change-password' : target} replace />;
  }

  const onFinish = (values: LoginValues) => {
    setSubmitted(true);
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (result) =>
          navigate(result.mustChangePassword ? '/change-password' : target, {
            replace: true,
            state: { from: target },
          }),
        onError: () => setSubmitted(false),
      },
    );
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f4f8' }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={2} style={{ margin: 0, color: '#b3261e' }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        <Typography.Title level={4}>{t('login.title')}</Typography.Title>
        <Typography.Paragraph>{t('login.intro')}</Typography.Paragraph>
        {errorText && (
          <Alert data-testid="login-error" type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />
        )}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending} initialValues={{ username: prefilledUsername }}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus={!prefilledUsername} />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" autoFocus={!!prefilledUsername} />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Link to="/signup" data-testid="login-signup" style={{ marginTop: 16 }}>
        <TeamOutlined /> {t('signup.loginLink')}
      </Link>
      <Link to="/public/register" data-testid="login-public-register" style={{ marginTop: 8 }}>
        <BookOutlined /> {t('login.publicRegister')}
      </Link>
    </Flex>
  );
}
