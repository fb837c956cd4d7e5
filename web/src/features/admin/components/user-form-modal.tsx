import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import type { AdminUser, Role } from '../../../api/types';
import { applyServerFieldErrors } from '../../../components/form-errors';
import { ROLES, roleLabel, unitKindsForRole } from '../../../components/labels';
import { useCreateUser, useUpdateUser } from '../api';
import type { IssuedPassword } from './one-time-password-modal';
import { UnitSelect } from './unit-select';

interface UserFormValues {
  username: string;
  fullName: string;
  email?: string;
  role: Role;
  unitId: string;
}

const FIELDS = ['username', 'fullName', 'email', 'role', 'unitId'] as const;
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

interface UserFormModalProps {
  /** 'create' for a new account, or the account being edited. */
  target: 'create' | AdminUser | null;
  onClose: () => void;
  /** Called after a create with the one-time password to show once. */
  onCreated: (issued: IssuedPassword) => void;
  onSaved: () => void;
}

/** The create / edit account form in a modal. Field errors from the server appear under the fields. */
export function UserFormModal({ target, onClose, onCreated, onSaved }: UserFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const isCreate = target === 'create';
  const editing = target !== null && target !== 'create' ? target : null;
  const isPending = createUser.isPending || updateUser.isPending;

  useEffect(() => {
    setGeneralError(null);
    if (editing) {
      form.setFieldsValue({ username: editing.username, fullName: editing.fullName, email: editing.email ?? '', role: editing.role, unitId: editing.unit.id });
    } else {
      form.resetFields();
    }
  }, [editing, form, target]);

  const onError = (error: unknown) => {
    if (!applyServerFieldErrors(form, error, FIELDS)) setGeneralError(errorMessage(error));
  };

  const onFinish = (values: UserFormValues) => {
    setGeneralError(null);
    const email = values.email?.trim() ? values.email.trim() : undefined;
    if (isCreate) {
      const input = { username: values.username.trim(), fullName: values.fullName.trim(), email, role: values.role, unitId: values.unitId };
      createUser.mutate(input, {
        onSuccess: (result) => onCreated({ username: result.user.username, password: result.oneTimePassword }),
        onError,
      });
    } else if (editing) {
      // The contract has no way to clear an e-mail yet (email?: string), so an emptied field leaves it unchanged.
      const input = { fullName: values.fullName.trim(), email, role: values.role, unitId: values.unitId };
      updateUser.mutate({ id: editing.id, input }, { onSuccess: onSaved, onError });
    }
  };

  return (
    <Modal
      open={target !== null}
      title={isCreate ? t('users.createTitle') : t('users.editTitle', { username: editing?.username ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: isPending, 'data-testid': 'user-form-submit' }}
      forceRender
    >
      {generalError && <Alert type="error" showIcon title={generalError} style={{ marginBottom: 16 }} />}
      <Form<UserFormValues> form={form} layout="vertical" onFinish={onFinish} disabled={isPending} requiredMark>
        <Form.Item
          name="username"
          label={t('users.fields.username')}
          extra={isCreate ? t('users.fields.usernameHelp') : undefined}
          rules={
            isCreate
              ? [
                  { required: true, whitespace: true, message: t('common.required') },
                  { pattern: USERNAME_PATTERN, message: t('users.fields.usernameInvalid') },
                ]
              : []
          }
        >
          <Input data-testid="user-form-username" disabled={!isCreate} autoComplete="off" />
        </Form.Item>
        <Form.Item name="fullName" label={t('users.fields.fullName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="user-form-full-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('users.fields.email')} rules={[{ type: 'email', message: t('common.invalidEmail') }]}>
          <Input data-testid="user-form-email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('users.fields.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select data-testid="user-form-role" options={ROLES.map((value) => ({ value, label: roleLabel(t, value) }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.fields.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect data-testid="user-form-unit" kinds={unitKindsForRole(role)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
