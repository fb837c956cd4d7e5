import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Input, List, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { formatDateTime } from '../../../components/format';
import { usePostMessage } from '../api';
import { partyLabel } from '../dossier-labels';
import type { DossierDetail } from '../types';

/** Messages between the applicant and MOFA about the dossier, oldest first, with a box to write one. */
export function DossierMessages({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const post = usePostMessage(dossier.id);
  const send = () => {
    if (!body.trim()) return;
    post.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <Card size="small" title={t('dossiers.messages.title')} style={{ marginBottom: 16 }} data-testid="dossier-messages">
      {dossier.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossiers.messages.empty')} />
      ) : (
        <List
          size="small"
          dataSource={dossier.messages}
          rowKey="id"
          renderItem={(m) => (
            <List.Item data-testid="message">
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Typography.Text type="secondary">
                  <Typography.Text strong>{m.author}</Typography.Text> ({partyLabel(t, m.authorParty)}) · {formatDateTime(m.createdAt)}
                </Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.body}</Typography.Paragraph>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {post.error && <Alert type="error" showIcon title={errorMessage(post.error)} style={{ margin: '8px 0' }} />}
      <Flex gap={8} align="end" style={{ marginTop: 8 }}>
        <Input.TextArea value={body} onChange={(e) => setBody(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} placeholder={t('dossiers.messages.placeholder')} data-testid="message-input" />
        <Button type="primary" icon={<SendOutlined />} onClick={send} loading={post.isPending} disabled={!body.trim()} data-testid="message-send">
          {t('dossiers.messages.send')}
        </Button>
      </Flex>
    </Card>
  );
}
