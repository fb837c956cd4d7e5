import { useState } from 'react';
import { Alert, Button, Form, Input, Result, Typography } from 'antd';
import { MailOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { applyServerFieldErrors } from '../../../components/form-errors';
import { useLanguage } from '../../../i18n/use-language';
import { PasswordPolicyList } from '../../auth/components/password-policy-list';
import { isPasswordAcceptable } from '../../auth/password-policy';
import { useDevMailbox } from '../../mailbox/api';
import { CountrySelect } from '../../registry/components/reference-selects';
import { useSignup, type SignupAccepted } from '../api';
import { SignupFrame } from '../components/signup-frame';

interface SignupValues {
  organizationName: string;
  countryCode: string;
  fullName: string;
  email: string;
  password: string;
  confirmPassword: string;
}

const SERVER_FIELDS = ['organizationName', 'countryCode', 'fullName', 'email', 'password'] as const;

/** After sending: "check your mailbox", plus a link to the development mailbox when the server has one. */
function MailSent({ accepted }: { accepted: SignupAccepted }) {
  const { t } = useTranslation();
  const devMailbox = useDevMailbox(accepted.email);
  return (
    <Result
      data-testid="signup-sent"
      icon={<MailOutlined />}
      title={t('signup.sentTitle')}
      subTitle={t('signup.sentText', { email: accepted.email, hours: accepted.expiresInHours })}
      extra={[
        <Typography.Paragraph key="note" type="secondary">
          {t('signup.sentNote')}
        </Typography.Paragraph>,
        devMailbox.data ? (
          <Alert
            key="dev"
            type="info"
            showIcon
            title={t('signup.devMailboxHint')}
            action={
              <Link to={`/dev/mailbox?to=${encodeURIComponent(accepted.email)}`} data-testid="signup-dev-mailbox">
                {t('signup.openDevMailbox')}
              </Link>
            }
            style={{ textAlign: 'left', marginBottom: 16 }}
          />
        ) : null,
        <Link key="login" to="/login">
          {t('signup.backToLogin')}
        </Link>,
      ]}
    />
  );
}

/**
 * Self-registration of a foreign NGO: organisation, country, representative, e-mail (the future username) and
 * a password checked as typed against the shared policy. The server always answers the same way, then mails a
 * verification link.
 */
export default function SignupPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const signup = useSignup();
  const [form] = Form.useForm<SignupValues>();
  const password = Form.useWatch('password', form) ?? '';
  const email = (Form.useWatch('email', form) ?? '').trim().toLowerCase();
  const [generalError, setGeneralError] = useState<string | null>(null);

  if (signup.data) {
    return (
      <SignupFrame title={t('signup.title')}>
        <MailSent accepted={signup.data} />
      </SignupFrame>
    );
  }

  const onFinish = (values: SignupValues) => {
    setGeneralError(null);
    signup.mutate(
      {
        organizationName: values.organizationName.trim(),
        countryCode: values.countryCode,
        fullName: values.fullName.trim(),
        email: values.email.trim(),
        password: values.password,
        language,
      },
      {
        onError: (error) => {
          if (applyServerFieldErrors(form, error, SERVER_FIELDS)) return;
          setGeneralError(errorMessage(error));
        },
      },
    );
  };

  return (
    <SignupFrame title={t('signup.title')}>
      <Typography.Paragraph>{t('signup.intro')}</Typography.Paragraph>
      {generalError && <Alert data-testid="signup-error" type="error" showIcon title={generalError} style={{ marginBottom: 16 }} />}
      <Form<SignupValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signup.isPending}>
        <Form.Item
          name="organizationName"
          label={t('signup.organizationName')}
          extra={t('signup.organizationNameHelp')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { min: 2, max: 300, message: t('signup.lengthRange', { min: 2, max: 300 }) }]}
        >
          <Input data-testid="signup-organization" autoComplete="organization" autoFocus />
        </Form.Item>
        <Form.Item name="countryCode" label={t('signup.country')} rules={[{ required: true, message: t('common.required') }]}>
          <CountrySelect data-testid="signup-country" placeholder={t('signup.countryPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('signup.fullName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { min: 2, max: 120, message: t('signup.lengthRange', { min: 2, max: 120 }) }]}
        >
          <Input data-testid="signup-full-name" autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('signup.email')}
          extra={t('signup.emailHelp')}
          rules={[
            { required: true, message: t('common.required') },
            { type: 'email', message: t('common.invalidEmail') },
          ]}
        >
          <Input data-testid="signup-email" type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('signup.password')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || isPasswordAcceptable(value, email) ? Promise.resolve() : Promise.reject(new Error(t('signup.policyNotMet'))),
            },
          ]}
        >
          <Input.Password data-testid="signup-password" autoComplete="new-password" />
        </Form.Item>
        <PasswordPolicyList password={password} username={email} />
        <Form.Item
          name="confirmPassword"
          label={t('signup.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('signup.mismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="signup-confirm-password" autoComplete="new-password" />
        </Form.Item>
        <Button data-testid="signup-submit" type="primary" htmlType="submit" block loading={signup.isPending}>
          {t('signup.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        <Link to="/login" data-testid="signup-login-link">
          {t('signup.haveAccount')}
        </Link>
      </Typography.Paragraph>
    </SignupFrame>
  );
}
