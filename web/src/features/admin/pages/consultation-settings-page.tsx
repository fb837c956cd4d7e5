import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, InputNumber, Radio, Select, Skeleton, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, pickText } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useConsultationSettings, useSaveConsultationSettings, useUnits, type ConsultationSettings } from '../api';
import { FieldMinistriesTable } from '../components/field-ministries-table';
import { EntryErrors } from '../components/entry-errors';
import { ProvinceFocalUnitsTable } from '../components/province-focal-units-table';
import { errorsByEntry, REMINDER_OFFSET_CHOICES } from '../consultation-settings-rules';

/**
 * The consultation configuration (system administrators): which ministries are asked about each field, which unit
 * receives a province's requests, what a missed deadline means, and the reply clock. Saved as a whole; the server
 * refuses merged or unknown units entry by entry (its messages appear on the rows).
 */
export default function ConsultationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useConsultationSettings();
  const units = useUnits();
  const save = useSaveConsultationSettings();
  const [draft, setDraft] = useState<ConsultationSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data);
  }, [settings.data, draft]);
  const errors = useMemo(() => {
    if (!(error instanceof ApiError)) return new Map<string, string[]>();
    return errorsByEntry((error.details.fields ?? []).map((f) => ({ path: f.path, message: pickText(f.message) })));
  }, [error]);

  if (settings.isError) return <Alert type="error" showIcon title={errorMessage(settings.error)} />;
  if (!draft) return <Skeleton active />;
  const change = (next: Partial<ConsultationSettings>) => setDraft({ ...draft, ...next });
  const onSave = () => {
    setError(null);
    save.mutate(draft, {
      onSuccess: (saved) => {
        setDraft(saved);
        void message.success(t('consultationSettings.saved'));
      },
      onError: (e) => setError(e),
    });
  };

  return (
    <>
      <PageTitle
        title={t('consultationSettings.title')}
        extra={
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={onSave} data-testid="consultation-settings-save">
            {t('consultationSettings.save')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('consultationSettings.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon title={errorMessage(error)} description={errors.size ? t('consultationSettings.seeRows') : undefined} style={{ marginBottom: 16 }} data-testid="consultation-settings-error" />}
      <Card size="small" title={t('consultationSettings.missedDeadline.title')} style={{ marginBottom: 16 }}>
        <Radio.Group value={draft.onMissedDeadline} onChange={(e) => change({ onMissedDeadline: e.target.value as ConsultationSettings['onMissedDeadline'] })} data-testid="missed-deadline-choice">
          <Flex vertical gap={8}>
            {(['no_reply', 'deemed_agreement'] as const).map((option) => (
              <Radio key={option} value={option} data-testid={`missed-deadline-${option}`}>
                <Typography.Text strong>{t(`consultationSettings.missedDeadline.${option}`)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t(`consultationSettings.missedDeadline.${option}Explain`)}</Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Card>
      <Card size="small" title={t('consultationSettings.clock.title')} style={{ marginBottom: 16 }}>
        <Flex gap={24} wrap align="start">
          <div>
            <Typography.Text>{t('consultationSettings.clock.replyWorkingDays')}</Typography.Text>
            <br />
            <InputNumber min={1} max={30} value={draft.replyWorkingDays} onChange={(v) => change({ replyWorkingDays: v ?? draft.replyWorkingDays })} data-testid="reply-working-days" />
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('consultationSettings.clock.replyWorkingDaysHint')}
            </Typography.Text>
          </div>
          <div style={{ minWidth: 280 }}>
            <Typography.Text>{t('consultationSettings.clock.reminderOffsets')}</Typography.Text>
            <Select
              mode="multiple"
              style={{ width: '100%' }}
              value={draft.reminderOffsets}
              onChange={(offsets: number[]) => change({ reminderOffsets: [...offsets].sort((a, b) => a - b) })}
              options={REMINDER_OFFSET_CHOICES.map((n) => ({ value: n, label: t(n < 0 ? 'consultationSettings.clock.before' : n === 0 ? 'consultationSettings.clock.onDueDay' : 'consultationSettings.clock.after', { count: Math.abs(n) }) }))}
              data-testid="reminder-offsets"
            />
            <EntryErrors messages={errors.get('reminderOffsets')} testId="reminder-offsets-error" />
          </div>
        </Flex>
      </Card>
      <Card size="small" title={t('consultationSettings.fields.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('consultationSettings.fields.hint')}</Typography.Paragraph>
        <FieldMinistriesTable value={draft.fieldMinistries} onChange={(fieldMinistries) => change({ fieldMinistries })} units={units.data ?? []} errors={errors} />
      </Card>
      <Card size="small" title={t('consultationSettings.provinces.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('consultationSettings.provinces.hint')}</Typography.Paragraph>
        <ProvinceFocalUnitsTable value={draft.provinceFocalUnits} onChange={(provinceFocalUnits) => change({ provinceFocalUnits })} units={units.data ?? []} errors={errors} />
      </Card>
      <EntryErrors messages={[...errors].filter(([key]) => key.startsWith('standing')).flatMap(([, m]) => m)} testId="standing-errors" />
      <Flex justify="end">
        <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={onSave}>
          {t('consultationSettings.save')}
        </Button>
      </Flex>
    </>
  );
}
