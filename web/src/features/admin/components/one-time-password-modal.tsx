import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** What the modal shows: the account and its freshly issued one-time password. */
export interface IssuedPassword {
  username: string;
  password: string;
}

/**
 * Shows a one-time password ONCE, with a copy button and a warning that it will not be shown again.
 * Closing needs an explicit click so it is not dismissed by accident.
 */
export function OneTimePasswordModal({ issued, onClose }: { issued: IssuedPassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.password);
      void message.success(t('common.copied'));
    } catch {
      // Clipboard refused (permissions): the password stays selectable on screen.
    }
  };
  return (
    <Modal
      open={issued !== null}
      title={t('users.oneTimePassword.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" data-testid="one-time-password-done" onClick={onClose}>
          {t('users.oneTimePassword.done')}
        </Button>
      }
    >
      {issued && (
        <Flex vertical gap={16}>
          <Typography.Text>{t('users.oneTimePassword.intro', { username: issued.username })}</Typography.Text>
          <Flex align="center" gap={12} wrap>
            <Typography.Text
              data-testid="one-time-password"
              code
              style={{ fontSize: 20, letterSpacing: 1, userSelect: 'all' }}
            >
              {issued.password}
            </Typography.Text>
            <Button icon={<CopyOutlined />} data-testid="one-time-password-copy" onClick={() => void copy()}>
              {t('common.copy')}
            </Button>
          </Flex>
          <Alert type="warning" showIcon title={t('users.oneTimePassword.warning')} />
        </Flex>
      )}
    </Modal>
  );
}
