import { useState } from 'react';
import { App, Button, Card, Flex, Form } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ServerErrorAlert } from '../../registry/components/server-error-alert';
import { useServerErrors } from '../../registry/components/use-server-errors';
import { useProcedures, useSaveApplication } from '../api';
import { toApplication, toFormValues, withoutApplicationPrefix, type ApplicationFormValues } from '../application-form-values';
import type { AmendKind, DossierDetail } from '../types';
import { APPLICATION_FIELD_PATTERNS, ApplicationForm } from './application-form';

/**
 * The applicant's editable application form with "Lưu nháp / Save draft". Server messages land under their fields;
 * `onDirtyChange` tells the page when there are unsaved changes (submission waits for a save).
 */
export function ApplicationEditor({ dossier, onDirtyChange }: { dossier: DossierDetail; onDirtyChange: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplicationFormValues>();
  const save = useSaveApplication(dossier.id);
  const errors = useServerErrors(form, APPLICATION_FIELD_PATTERNS);
  const procedures = useProcedures();
  const amendChanges = procedures.data?.find((p) => p.code === dossier.procedure)?.amendChanges ?? [];
  // The form starts from the stored application once; later saves keep what the user sees.
  const [initialValues] = useState(() => toFormValues(dossier.application));

  const onFinish = (values: ApplicationFormValues) => {
    errors.clear();
    // The whole store, not only the fields on screen: an amend / extend draft keeps what the registry prefilled
    // in the sections its form does not show.
    const all = { ...(form.getFieldsValue(true) as ApplicationFormValues), ...values };
    save.mutate(
      { application: toApplication(all), lockVersion: dossier.lockVersion },
      {
        onSuccess: () => {
          onDirtyChange(false);
          void message.success(t('dossiers.form.saved'));
        },
        onError: (error) => {
          if (isApiError(error, 'stale_dossier')) void message.warning(t('dossiers.form.stale'));
          errors.show(withoutApplicationPrefix(error));
        },
      },
    );
  };

  return (
    <Card size="small" title={t('dossiers.form.title')} style={{ marginBottom: 16 }} data-testid="application-editor">
      <ServerErrorAlert messages={errors.general} testId="application-error" />
      <ApplicationForm
        form={form}
        procedure={dossier.procedure}
        amendKind={(dossier.amendKind as AmendKind | null) ?? null}
        amendChanges={amendChanges}
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={() => onDirtyChange(true)}
        disabled={save.isPending}
        footer={
          <Flex justify="end">
            {/* Not a submit button: Enter in a field (e.g. confirming a date) must not save the draft. */}
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => form.submit()} data-testid="application-save">
              {t('dossiers.form.save')}
            </Button>
          </Flex>
        }
      />
    </Card>
  );
}
