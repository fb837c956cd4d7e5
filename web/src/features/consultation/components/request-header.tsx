import { Button, Card, Descriptions, Flex } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { letterUrl } from '../api';
import { formatDay } from '../consultation-rules';
import type { RequestView } from '../types';
import { CountdownTag, TimelinessTag } from './consultation-tags';

/** Who asked, the letter number, sent and due days with the countdown, and the letter to download. */
export function RequestHeader({ view }: { view: RequestView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const r = view.request;
  const isSubRequest = r.parentRequestId !== null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="request-header"
      extra={
        !isSubRequest && (
          <Flex gap={8} wrap>
            <Button size="small" icon={<FilePdfOutlined />} href={letterUrl(r.id, 'pdf')} data-testid="letter-pdf">
              {t('consultation.request.downloadPdf')}
            </Button>
            <Button size="small" icon={<FileWordOutlined />} href={letterUrl(r.id, 'docx')} data-testid="letter-docx">
              {t('consultation.request.downloadDocx')}
            </Button>
          </Flex>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('consultation.request.from')}>
          {isSubRequest ? t('consultation.request.fromProvince') : t('consultation.request.fromMofa')}
        </Descriptions.Item>
        <Descriptions.Item label={t('consultation.request.to')}>{localName(r.unit, language)}</Descriptions.Item>
        {r.letterNumber && (
          <Descriptions.Item label={t('consultation.request.letterNumber')}>
            <span data-testid="letter-number">{r.letterNumber}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('consultation.columns.sentOn')}>{formatDay(r.sentOn)}</Descriptions.Item>
        <Descriptions.Item label={t('consultation.columns.dueOn')}>
          <Flex gap={8} align="center" wrap>
            <span data-testid="request-due">{formatDay(r.dueOn)}</span>
            {r.answeredOn ? null : <CountdownTag workingDaysLeft={r.workingDaysLeft} />}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('consultation.columns.status')}>
          <TimelinessTag timeliness={r.timeliness} />
        </Descriptions.Item>
        {r.note && <Descriptions.Item label={t('consultation.request.note')}>{r.note}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
