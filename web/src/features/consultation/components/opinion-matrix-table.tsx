import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../consultation-rules';
import type { MatrixRow } from '../types';
import { ConsulteeReasons, CountdownTag, MissedDeadlineTag, PositionTag, TimelinessTag } from './consultation-tags';
import { ReplyLetterLink } from './reply-letter-upload';

/**
 * MOFA's opinion matrix: one row per agency asked, with its clock, timeliness (and, past the due day without a reply,
 * how the silence reads under the configuration), position, conditions and the signed reply letter.
 */
export function OpinionMatrixTable({ rows }: { rows: readonly MatrixRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table<MatrixRow>
      size="small"
      rowKey={(row) => row.request.id}
      pagination={false}
      dataSource={[...rows]}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('consultation.card.noRequests') }}
      data-testid="opinion-matrix"
      onRow={(row) => ({ 'data-testid': `matrix-${row.request.unit.code}`, 'data-timeliness': row.request.timeliness }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('consultation.columns.agency'),
          key: 'agency',
          render: (_, row) => (
            <>
              <Link to={`/consultations/${row.request.id}`}>{localName(row.request.unit, language)}</Link>
              <br />
              <ConsulteeReasons reasons={row.request.reasons} addedReason={row.request.addedReason} />
            </>
          ),
        },
        {
          title: `${t('consultation.columns.sentOn')} / ${t('consultation.columns.dueOn')}`,
          key: 'days',
          render: (_, row) => (
            <>
              <div>{formatDay(row.request.sentOn)}</div>
              <div>{formatDay(row.request.dueOn)}</div>
              {!row.request.answeredOn && <CountdownTag workingDaysLeft={row.request.workingDaysLeft} />}
            </>
          ),
        },
        {
          title: t('consultation.columns.answeredOn'),
          key: 'answered',
          render: (_, row) => (
            <>
              {row.request.answeredOn && <div>{formatDay(row.request.answeredOn)}</div>}
              <TimelinessTag timeliness={row.request.timeliness} />
              {row.missedDeadline && (
                <div style={{ marginTop: 4 }}>
                  <MissedDeadlineTag missedDeadline={row.missedDeadline} />
                </div>
              )}
            </>
          ),
        },
        { title: t('consultation.columns.position'), key: 'position', render: (_, row) => <PositionTag position={row.reply?.position ?? null} /> },
        {
          title: t('consultation.columns.conditions'),
          key: 'conditions',
          render: (_, row) => (
            <>
              {row.reply?.items.map((item, i) => (
                <div key={i} data-testid="matrix-item">
                  {t(`consultation.itemKinds.${item.kind}`)}: {item.text}
                </div>
              ))}
              {row.reply?.reasons && <Typography.Text type="secondary">{row.reply.reasons}</Typography.Text>}
              {row.reply?.letterFile && (
                <div>
                  <ReplyLetterLink requestId={row.request.id} reply={row.reply} />
                </div>
              )}
              {row.superseded.length > 0 && (
                <div>
                  <Typography.Text type="secondary" delete>
                    {t('consultation.card.supersededCount', { count: row.superseded.length })}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
