import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Upload } from 'antd';
import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { replyLetterUrl, useUploadReplyLetter } from '../api';
import type { ConsultationReply } from '../types';

/** A link to the signed letter of a reply (opens the PDF in a new tab). */
export function ReplyLetterLink({ requestId, reply }: { requestId: string; reply: Pick<ConsultationReply, 'id' | 'letterFile'> }) {
  const { t } = useTranslation();
  if (!reply.letterFile) return null;
  return (
    <a href={replyLetterUrl(requestId, reply.id)} target="_blank" rel="noreferrer" title={t('consultation.letter.open')} data-testid="reply-letter-link">
      <FilePdfOutlined /> {reply.letterFile.fileName}
    </a>
  );
}

/**
 * The signed letter (PDF) of the draft reply: the agency scans the signed letter and attaches it. Choosing a file
 * first saves the draft (the letter belongs to a draft), then uploads; the server checks the content is a PDF and
 * the size limit, and its refusal (415, 413, 409) shows under the control in the interface language.
 */
export function ReplyLetterUpload({ requestId, draft, ensureDraft, disabled }: { requestId: string; draft: ConsultationReply | undefined; ensureDraft: () => Promise<unknown>; disabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadReplyLetter(requestId);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setError(null);
    if (!/\.pdf$/i.test(file.name) && file.type !== 'application/pdf') {
      setError(t('consultation.letter.notPdf', { name: file.name }));
      return;
    }
    try {
      await ensureDraft();
      await upload.mutateAsync(file);
      void message.success(t('consultation.letter.uploaded', { name: file.name }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Form.Item label={t('consultation.letter.label')} extra={t('consultation.letter.hint')}>
      <Flex gap={12} align="center" wrap>
        {draft && <ReplyLetterLink requestId={requestId} reply={draft} />}
        <Upload accept=".pdf,application/pdf" showUploadList={false} maxCount={1} disabled={disabled || upload.isPending} beforeUpload={(file) => (void onFile(file), false)}>
          <Button icon={<UploadOutlined />} loading={upload.isPending} disabled={disabled} data-testid="reply-letter-upload">
            {draft?.letterFile ? t('consultation.letter.replace') : t('consultation.letter.upload')}
          </Button>
        </Upload>
      </Flex>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} style={{ marginTop: 8 }} data-testid="reply-letter-error" />}
    </Form.Item>
  );
}
