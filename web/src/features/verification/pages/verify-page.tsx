import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, Spin, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { formatDate, formatDateTime } from '../../../components/format';
import { PageTitle } from '../../../components/page-title';
import { useVerification, type CertificateVerification } from '../api';
import { asCertificateStatus, STATUS_STYLE, tokenFromInput, verdictOf, type Verdict } from '../verification-status';

const VERDICT_ALERT: Record<Verdict, 'success' | 'info' | 'warning' | 'error'> = { valid: 'success', not_in_force: 'warning', changed: 'warning', unknown: 'warning', invalid: 'error' };
const CERTIFICATE_TYPES = ['operation', 'rep_office', 'legacy_operation', 'legacy_project_office', 'legacy_rep_office'] as const;

/** The verification's result: the verdict banner, the signature check and the register's live record. */
function VerificationResult({ result }: { result: CertificateVerification }) {
  const { t } = useTranslation();
  const verdict = verdictOf(result);
  const current = result.current;
  const status = current ? asCertificateStatus(current.status) : null;
  const statusText = status ? t(`verification.status.${status}`) : (current?.status ?? '');
  const type = current && (CERTIFICATE_TYPES as readonly string[]).includes(current.type) ? t(`verification.types.${current.type as (typeof CERTIFICATE_TYPES)[number]}`) : current?.type;
  const alertType = status && verdict === 'not_in_force' ? STATUS_STYLE[status].alert : VERDICT_ALERT[verdict];
  return (
    <Flex vertical gap={16}>
      <Alert type={alertType} showIcon title={t(`verification.verdict.${verdict}`, { status: statusText })} description={t(`verification.verdictHint.${verdict}`)} data-testid="verify-verdict" data-verdict={verdict} />
      <Card size="small">
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('verification.signature')}>
            {result.signatureValid ? (
              <Tag icon={<CheckCircleFilled />} color="green" data-testid="verify-signature" data-valid="true">
                {t('verification.signatureValid')}
              </Tag>
            ) : (
              <Tag icon={<CloseCircleFilled />} color="red" data-testid="verify-signature" data-valid="false">
                {t('verification.signatureInvalid')}
              </Tag>
            )}
          </Descriptions.Item>
          {current && (
            <>
              <Descriptions.Item label={t('verification.currentStatus')}>
                <Tag color={status ? STATUS_STYLE[status].tag : 'default'} style={{ fontSize: 15, padding: '2px 10px' }} data-testid="verify-status" data-status={current.status}>
                  {statusText}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('verification.number')}>
                <Typography.Text strong data-testid="verify-number">
                  {current.number}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('verification.type')}>{type}</Descriptions.Item>
              <Descriptions.Item label={t('verification.organization')}>
                <span data-testid="verify-organization">{current.organizationName}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('verification.validity')}>
                <span data-testid="verify-validity">
                  {formatDate(current.validFrom)} – {formatDate(current.validTo)}
                </span>
              </Descriptions.Item>
            </>
          )}
          {result.claims && !current?.matchesClaims && (
            <Descriptions.Item label={t('verification.asPrinted')}>
              {t('verification.claims', { number: result.claims.n, from: formatDate(result.claims.f), to: formatDate(result.claims.u), organization: result.claims.o })}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('verification.checkedAt', { at: formatDateTime(new Date()) })}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

/**
 * The public verification page a certificate's QR code opens (`/verify/<token>`, or the older `/verify?t=<token>`; no login): whether the signature
 * is MOFA's, and the certificate's status in the national register today (valid, expired, suspended, terminated,
 * revoked) with its number, organisation and validity. A link or token can also be pasted.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = useParams().token ?? params.get('t');
  const [input, setInput] = useState('');
  const verification = useVerification(token);
  const check = () => {
    const next = tokenFromInput(input);
    if (next) void navigate(`/verify/${encodeURIComponent(next)}`);
  };

  return (
    <>
      <PageTitle title={t('verification.title')} />
      <Typography.Paragraph type="secondary">{t('verification.intro')}</Typography.Paragraph>
      {!token && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Flex gap={8}>
            <Input value={input} onChange={(e) => setInput(e.target.value)} onPressEnter={check} placeholder={t('verification.pastePlaceholder')} data-testid="verify-input" />
            <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={check} data-testid="verify-check">
              {t('verification.check')}
            </Button>
          </Flex>
        </Card>
      )}
      {token && verification.isPending && <Spin size="large" style={{ display: 'block', margin: '48px auto' }} />}
      {verification.isError && <Alert type="error" showIcon title={errorMessage(verification.error)} data-testid="verify-error" />}
      {verification.data && <VerificationResult result={verification.data} />}
    </>
  );
}
