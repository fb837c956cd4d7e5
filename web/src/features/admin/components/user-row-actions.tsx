import { App, Button, Dropdown, type MenuProps } from 'antd';
import { EditOutlined, KeyOutlined, LockOutlined, MoreOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import type { AdminUser } from '../../../api/types';
import { useResetPassword, useSetUserEnabled } from '../api';
import type { IssuedPassword } from './one-time-password-modal';

interface UserRowActionsProps {
  user: AdminUser;
  onEdit: (user: AdminUser) => void;
  onPasswordIssued: (issued: IssuedPassword) => void;
}

/** Row actions of the users table: edit, reset password (after confirmation), disable / enable (after confirmation). */
export function UserRowActions({ user, onEdit, onPasswordIssued }: UserRowActionsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const resetPassword = useResetPassword();
  const setEnabled = useSetUserEnabled();
  const isActive = user.status === 'active';

  const confirmReset = () =>
    modal.confirm({
      title: t('users.confirm.resetTitle', { username: user.username }),
      content: t('users.confirm.resetText'),
      okText: t('users.actions.resetPassword'),
      cancelText: t('common.cancel'),
      onOk: () =>
        resetPassword
          .mutateAsync(user.id)
          .then((result) => onPasswordIssued({ username: user.username, password: result.oneTimePassword }))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });

  const confirmToggle = () =>
    modal.confirm({
      title: t(isActive ? 'users.confirm.disableTitle' : 'users.confirm.enableTitle', { username: user.username }),
      content: t(isActive ? 'users.confirm.disableText' : 'users.confirm.enableText'),
      okText: t(isActive ? 'users.actions.disable' : 'users.actions.enable'),
      okButtonProps: { danger: isActive },
      cancelText: t('common.cancel'),
      onOk: () =>
        setEnabled
          .mutateAsync({ id: user.id, enabled: !isActive })
          .then(() => void message.success(t(isActive ? 'users.disabled' : 'users.enabled', { username: user.username })))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });

  const items: MenuProps['items'] = [
    { key: 'reset', icon: <KeyOutlined />, label: t('users.actions.resetPassword') },
    isActive
      ? { key: 'toggle', icon: <LockOutlined />, danger: true, label: t('users.actions.disable') }
      : { key: 'toggle', icon: <UnlockOutlined />, label: t('users.actions.enable') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => (key === 'reset' ? confirmReset() : confirmToggle());

  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(user)}>
        {t('users.actions.edit')}
      </Button>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('common.actions')} data-testid={`user-actions-${user.username}`} />
      </Dropdown>
    </span>
  );
}
