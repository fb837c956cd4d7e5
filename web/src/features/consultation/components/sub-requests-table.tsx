import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../consultation-rules';
import type { SubRequest } from '../types';
import { CountdownTag, PositionTag, TimelinessTag } from './consultation-tags';
import { ReplyLetterLink } from './reply-letter-upload';

/** The consolidation view of a province: each department asked, its due day, and its sent reply. */
export function SubRequestsTable({ subRequests, extra }: { subRequests: readonly SubRequest[]; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Card size="small" title={t('consultation.subRequests.title')} extra={extra} style={{ marginBottom: 16 }} data-testid="sub-requests">
      <Table<SubRequest>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...subRequests]}
        locale={{ emptyText: t('consultation.subRequests.empty') }}
        scroll={{ x: 700 }}
        onRow={(row) => ({ 'data-testid': `sub-${row.unit.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('consultation.columns.agency'), key: 'unit', render: (_, row) => localName(row.unit, language) },
          { title: t('consultation.columns.dueOn'), key: 'dueOn', render: (_, row) => formatDay(row.dueOn) },
          { title: t('consultation.columns.answeredOn'), key: 'answered', render: (_, row) => (row.answeredOn ? formatDay(row.answeredOn) : <CountdownTag workingDaysLeft={row.workingDaysLeft} />) },
          { title: t('consultation.columns.status'), key: 'status', render: (_, row) => <TimelinessTag timeliness={row.timeliness} /> },
          { title: t('consultation.columns.position'), key: 'position', render: (_, row) => <PositionTag position={row.reply?.position ?? null} /> },
          {
            title: t('consultation.columns.conditions'),
            key: 'items',
            render: (_, row) => (
              <>
                {row.reply?.reasons && <Typography.Paragraph style={{ margin: 0 }}>{row.reply.reasons}</Typography.Paragraph>}
                {row.reply?.items.map((item, i) => (
                  <div key={i}>
                    {t(`consultation.itemKinds.${item.kind}`)}: {item.text}
                  </div>
                ))}
                {row.reply && [row.reply.signerName, row.reply.signerTitle].filter(Boolean).join(', ')}
                {row.reply?.letterFile && (
                  <div>
                    <ReplyLetterLink requestId={row.id} reply={row.reply} />
                  </div>
                )}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
