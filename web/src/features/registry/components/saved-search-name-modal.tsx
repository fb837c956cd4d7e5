import { Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from './server-error-alert';
import { useServerErrors } from './use-server-errors';

interface NameFormValues {
  name: string;
  replaceQuery?: boolean;
}

interface SavedSearchNameModalProps {
  /** 'create' saves the current filters; 'rename' names an existing search (and may replace its filters). */
  mode: 'create' | 'rename';
  initialName?: string;
  pending: boolean;
  onCancel: () => void;
  /** Called with the name; resolves when saved, rejects with the API error (shown on the form). */
  onSubmit: (values: { name: string; replaceQuery: boolean }) => Promise<unknown>;
}

/** The name prompt of "Lưu tìm kiếm" and "Đổi tên" (mounted while open); a taken name (409) shows under the field. */
export function SavedSearchNameModal({ mode, initialName, pending, onCancel, onSubmit }: SavedSearchNameModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NameFormValues>();
  const errors = useServerErrors(form, ['name']);

  const onFinish = (values: NameFormValues) => {
    errors.clear();
    onSubmit({ name: values.name.trim(), replaceQuery: values.replaceQuery === true }).catch(errors.show);
  };

  return (
    <Modal
      open
      title={mode === 'create' ? t('savedSearches.saveTitle') : t('savedSearches.renameTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'saved-search-name-submit' }}
      data-testid="saved-search-name-modal"
    >
      <ServerErrorAlert messages={errors.general} testId="saved-search-error" />
      <Form<NameFormValues> form={form} initialValues={{ name: initialName ?? '', replaceQuery: false }} layout="vertical" onFinish={onFinish} disabled={pending}>
        <Form.Item
          name="name"
          label={t('savedSearches.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 100, message: t('registryEntry.validation.maxLength', { max: 100 }) },
          ]}
        >
          <Input data-testid="saved-search-name" autoComplete="off" placeholder={t('savedSearches.namePlaceholder')} autoFocus />
        </Form.Item>
        {mode === 'rename' && (
          <Form.Item name="replaceQuery" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox data-testid="saved-search-replace-query">{t('savedSearches.replaceFilters')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
