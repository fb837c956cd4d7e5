import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Input, Result, Spin, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { formatDateTime } from '../../../components/format';
import { PageTitle } from '../../../components/page-title';
import { useDevMailbox, type OutboxMail } from '../api';
import { splitLinks } from '../links';

/** The body of a mail as plain text with its links clickable. */
function MailBody({ text }: { text: string }) {
  const parts = splitLinks(text, window.location.origin);
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', marginBottom: 0 }} data-testid="mailbox-body">
      {parts.map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} data-testid="mailbox-link">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </Typography.Paragraph>
  );
}

function DeliveryTag({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation();
  if (mail.sentAt) return <Tag color="green">{t('mailbox.sent', { date: formatDateTime(mail.sentAt) })}</Tag>;
  if (mail.lastError) {
    return (
      <Tag color="red" title={mail.lastError}>
        {t('mailbox.failed', { attempts: mail.attempts })}
      </Tag>
    );
  }
  return <Tag>{t('mailbox.pending')}</Tag>;
}

/**
 * The development mailbox: the outbox the server has written (newest first), for trying sign-up and other mails
 * without an SMTP server. When the server has it off (SMTP configured), it says so instead.
 */
export default function MailboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const to = params.get('to')?.trim() ?? '';
  const [text, setText] = useState(to);
  const mailbox = useDevMailbox(to);

  const apply = (value: string) => setParams(value.trim() ? { to: value.trim() } : {}, { replace: true });

  let content;
  if (mailbox.isPending) content = <Spin />;
  else if (mailbox.isError) content = <Alert type="error" showIcon title={errorMessage(mailbox.error)} />;
  else if (mailbox.data === null) {
    content = <Result data-testid="mailbox-disabled" status="info" title={t('mailbox.disabledTitle')} subTitle={t('mailbox.disabledText')} />;
  } else if (mailbox.data.length === 0) content = <Empty data-testid="mailbox-empty" description={t('mailbox.empty')} />;
  else {
    content = (
      <Flex vertical gap={16}>
        {mailbox.data.map((mail) => (
          <Card
            key={mail.id}
            size="small"
            data-testid="mailbox-mail"
            title={<span data-testid="mailbox-subject">{mail.subject}</span>}
            extra={<DeliveryTag mail={mail} />}
          >
            <Typography.Paragraph type="secondary">
              {t('mailbox.to')}: <span data-testid="mailbox-to">{mail.to}</span> · {t('mailbox.createdAt')}: {formatDateTime(mail.createdAt)}
            </Typography.Paragraph>
            <MailBody text={mail.bodyText} />
          </Card>
        ))}
      </Flex>
    );
  }

  return (
    <>
      <PageTitle
        title={t('mailbox.title')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void mailbox.refetch()} disabled={mailbox.data === null}>
            {t('mailbox.refresh')}
          </Button>
        }
      />
      <Typography.Paragraph>{t('mailbox.intro')}</Typography.Paragraph>
      {mailbox.data !== null && (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Input.Search
            data-testid="mailbox-filter"
            allowClear
            placeholder={t('mailbox.filterPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={apply}
            style={{ maxWidth: 420 }}
          />
          <Typography.Text type="secondary">{t('mailbox.localLinks')}</Typography.Text>
        </Flex>
      )}
      {content}
    </>
  );
}
