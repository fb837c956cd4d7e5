import { useEffect, useRef } from 'react';
import { Button, Result, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../api/api-error';
import { useVerifySignup } from '../api';
import { SignupFrame } from '../components/signup-frame';

const loginLink = (username: string | undefined) => (username ? `/login?username=${encodeURIComponent(username)}` : '/login');

/** What to show when the link could not be used: its kind, and where the user can go from there. */
function VerifyFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : '';
  const username = error instanceof ApiError && typeof error.details.username === 'string' ? error.details.username : undefined;
  if (code === 'signup_token_used') {
    return (
      <Result
        data-testid="verify-used"
        status="info"
        title={t('signup.verify.usedTitle')}
        subTitle={errorMessage(error)}
        extra={
          <Link to={loginLink(username)}>
            <Button type="primary">{t('signup.verify.signIn')}</Button>
          </Link>
        }
      />
    );
  }
  const title = code === 'signup_token_expired' ? 'expiredTitle' : code === 'signup_token_invalid' ? 'invalidTitle' : 'failedTitle';
  return (
    <Result
      data-testid="verify-failed"
      status={code === 'signup_token_expired' ? 'warning' : 'error'}
      title={t(`signup.verify.${title}`)}
      subTitle={errorMessage(error)}
      extra={
        <Link to="/signup">
          <Button type="primary">{t('signup.verify.registerAgain')}</Button>
        </Link>
      }
    />
  );
}

/**
 * The page the verification link opens: confirms the token once (a ref guards against React's double effects
 * in development), then offers to sign in with the new username filled in.
 */
export default function VerifySignupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const verify = useVerifySignup();
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  let content;
  if (!token) {
    content = <Result data-testid="verify-failed" status="error" title={t('signup.verify.invalidTitle')} subTitle={t('signup.verify.missingToken')} />;
  } else if (verify.isSuccess) {
    content = (
      <Result
        data-testid="verify-success"
        status="success"
        title={t('signup.verify.successTitle')}
        subTitle={t('signup.verify.successText', { username: verify.data.username })}
        extra={
          <Link to={loginLink(verify.data.username)} data-testid="verify-sign-in">
            <Button type="primary">{t('signup.verify.signIn')}</Button>
          </Link>
        }
      />
    );
  } else if (verify.isError) {
    content = <VerifyFailure error={verify.error} />;
  } else {
    content = <Result icon={<Spin size="large" />} title={t('signup.verify.pending')} />;
  }
  return <SignupFrame title={t('signup.verify.title')}>{content}</SignupFrame>;
}
