import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkPassword, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from '../password-policy';

/** The password rules with a tick beside each one the typed password already satisfies. */
export function PasswordPolicyList({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  const checks = checkPassword(password, username);
  // Nothing typed yet: show every rule as still to do rather than some as already met.
  const isMet = (rule: keyof typeof checks) => password.length > 0 && checks[rule];
  return (
    <div data-testid="password-policy" style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t('changePassword.policyTitle')}</Typography.Text>
      <Flex vertical gap={2} style={{ marginTop: 4 }}>
        {PASSWORD_RULES.map((rule) => (
          <Typography.Text key={rule} type={isMet(rule) ? 'success' : 'secondary'}>
            {isMet(rule) ? <CheckCircleFilled /> : <MinusCircleOutlined />}{' '}
            {t(`changePassword.policy.${rule}`, { min: PASSWORD_MIN_LENGTH })}
          </Typography.Text>
        ))}
      </Flex>
    </div>
  );
}
