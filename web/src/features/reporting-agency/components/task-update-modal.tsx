import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, InputNumber, List, Modal, Select, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage, toApiError } from '../../../api/api-error';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { useMe } from '../../auth/api';
import { evidenceUploadUrl, useRecordTaskUpdate } from '../api';
import type { ActionTask, TaskStatus, TaskUpdateBody, UploadedEvidence } from '../types';

export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'delayed'];
type Evidence = NonNullable<TaskUpdateBody['evidence']>[number];

/** Report my unit's status, progress, note and evidence (files checked by content on the server, or links). */
export function TaskUpdateModal({ task, onClose }: { task: ActionTask; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const record = useRecordTaskUpdate();
  const [form] = Form.useForm<{ status: TaskStatus; progressPercent: number; note?: string }>();
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [link, setLink] = useState({ url: '', fileName: '' });
  const [uploadError, setUploadError] = useState<string | null>(null);
  const status = Form.useWatch('status', form);

  const submit = async () => {
    const values = await form.validateFields();
    await record.mutateAsync({ id: task.id, body: { ...values, evidence } });
    void message.success(t('actionProgram.update.saved'));
    onClose();
  };

  return (
    <Modal open title={`${task.code}. ${localName({ nameVi: task.title.vi, nameEn: task.title.en }, language)}`} onCancel={onClose} onOk={() => void submit()} okText={t('actionProgram.update.submit')} confirmLoading={record.isPending} okButtonProps={{ 'data-testid': 'task-update-submit' }} width={640} data-testid="task-update-modal">
      {record.isError && <Alert type="error" showIcon title={errorMessage(record.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ status: task.myUpdate?.status ?? 'in_progress', progressPercent: task.myUpdate?.progressPercent ?? 0, note: task.myUpdate?.note ?? '' }}>
        <Flex gap={16}>
          <Form.Item name="status" label={t('actionProgram.columns.status')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select data-testid="task-status" options={TASK_STATUSES.map((s) => ({ value: s, label: t(`actionProgram.status.${s}`) }))} onChange={(s) => s === 'done' && form.setFieldValue('progressPercent', 100)} />
          </Form.Item>
          <Form.Item name="progressPercent" label={t('actionProgram.columns.progress')} rules={[{ required: true }, { validator: (_, v) => (status === 'done' && v !== 100 ? Promise.reject(new Error(t('actionProgram.update.doneNeeds100'))) : Promise.resolve()) }]} style={{ width: 160 }}>
            <InputNumber min={0} max={100} addonAfter="%" data-testid="task-progress" />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={t('actionProgram.update.note')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="task-note" />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('actionProgram.update.evidence')}</Typography.Text>
      <List
        size="small"
        dataSource={evidence}
        locale={{ emptyText: t('actionProgram.update.noEvidence') }}
        renderItem={(e, i) => (
          <List.Item actions={[<Button key="rm" size="small" type="text" icon={<DeleteOutlined />} aria-label={t('common.cancel')} onClick={() => setEvidence(evidence.filter((_, j) => j !== i))} />]}>
            {'url' in e ? <LinkOutlined /> : <PaperClipOutlined />} {e.fileName}
          </List.Item>
        )}
      />
      {uploadError && <Alert type="error" showIcon title={uploadError} style={{ margin: '8px 0' }} />}
      <Space wrap style={{ marginTop: 8 }}>
        <Upload
          name="file"
          action={evidenceUploadUrl(task.id)}
          accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
          withCredentials
          showUploadList={false}
          headers={{ 'x-csrf-token': me?.csrfToken ?? '', 'accept-language': language }}
          onChange={({ file }) => {
            if (file.status === 'done') {
              setUploadError(null);
              setEvidence((list) => [...list, file.response as UploadedEvidence]);
            } else if (file.status === 'error') {
              setUploadError(errorMessage(toApiError((file.error as { status?: number } | undefined)?.status ?? 0, file.response)));
            }
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="task-evidence-upload">
            {t('actionProgram.update.uploadFile')}
          </Button>
        </Upload>
        <Input placeholder="https://…" value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} style={{ width: 220 }} data-testid="task-evidence-url" />
        <Input placeholder={t('actionProgram.update.linkName')} value={link.fileName} onChange={(e) => setLink({ ...link, fileName: e.target.value })} style={{ width: 160 }} />
        <Button
          icon={<LinkOutlined />}
          disabled={!/^https?:\/\/\S+$/.test(link.url) || !link.fileName.trim()}
          onClick={() => {
            setEvidence([...evidence, { url: link.url.trim(), fileName: link.fileName.trim() }]);
            setLink({ url: '', fileName: '' });
          }}
        >
          {t('actionProgram.update.addLink')}
        </Button>
      </Space>
    </Modal>
  );
}
