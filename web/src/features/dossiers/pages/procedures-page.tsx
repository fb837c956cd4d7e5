import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Radio, Row, Spin, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, pickText } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useCreateDossier, useProcedureGuide, useProcedures } from '../api';
import { newClientKey } from '../client-key';
import { GuideResult } from '../components/guide-result';
import { TargetCertificatePicker } from '../components/target-certificate-picker';
import { toCreateBody, toGuideQuery, visibleQuestions, type GuideAnswers } from '../guide-answers';
import { canStart, needsTargetCertificate } from '../target-certificates';
import type { Procedure, ProcedureCode } from '../types';

/** The guide's questions: amendment kind, what changes, the representative's nationality, legalisation exemption. */
function GuideQuestions({ procedure, openQuestions, answers, onChange }: { procedure: Procedure; openQuestions: string[]; answers: GuideAnswers; onChange: (a: GuideAnswers) => void }) {
  const { t } = useTranslation();
  const shown = visibleQuestions(openQuestions, procedure, answers);
  if (shown.size === 0) return null;
  return (
    <Card size="small" title={t('dossiers.guide.questionsTitle')} style={{ marginBottom: 16 }} data-testid="guide-questions">
      <Form layout="vertical">
        {shown.has('amendKind') && (
          <Form.Item label={t('dossiers.guide.questions.amendKind')}>
            <Radio.Group value={answers.amendKind} onChange={(e) => onChange({ ...answers, amendKind: e.target.value })} data-testid="guide-amendKind">
              {procedure.amendKinds.map((k) => (
                <Radio key={k} value={k} data-testid={`guide-amendKind-${k}`}>
                  {t(`dossiers.amendKinds.${k}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        {shown.has('changes') && (
          <Form.Item label={t('dossiers.guide.questions.changes')}>
            <Checkbox.Group value={answers.changes ?? []} onChange={(changes) => onChange({ ...answers, changes })} options={procedure.amendChanges.map((c) => ({ value: c, label: t(`dossiers.amendChanges.${c}`) }))} data-testid="guide-changes" />
          </Form.Item>
        )}
        {shown.has('nationality') && (
          <Form.Item label={procedure.certificateType === 'rep_office' ? t('dossiers.guide.questions.nationalityHead') : t('dossiers.guide.questions.nationality')}>
            <Radio.Group value={answers.nationality} onChange={(e) => onChange({ ...answers, nationality: e.target.value })} data-testid="guide-nationality">
              <Radio value="foreign" data-testid="guide-nationality-foreign">
                {t('dossiers.guide.questions.foreign')}
              </Radio>
              <Radio value="vietnamese" data-testid="guide-nationality-vietnamese">
                {t('dossiers.guide.questions.vietnamese')}
              </Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {shown.has('legalisationExempt') && (
          <Form.Item label={t('dossiers.guide.questions.legalisationExempt')} extra={t('dossiers.guide.questions.legalisationExemptHint')} style={{ marginBottom: 0 }}>
            <Radio.Group value={answers.legalisationExempt} onChange={(e) => onChange({ ...answers, legalisationExempt: e.target.value })} data-testid="guide-legalisationExempt">
              <Radio value={false} data-testid="guide-legalisationExempt-no">
                {t('dossiers.guide.questions.no')}
              </Radio>
              <Radio value={true} data-testid="guide-legalisationExempt-yes">
                {t('dossiers.guide.questions.yes')}
              </Radio>
            </Radio.Group>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}

/**
 * "Thủ tục / Procedures": the NGO picks one of the six procedures (Decree 58/2022 Art. 10–17), answers the guide's
 * questions, sees the components to submit, the planned steps and the expected decision day; to extend or amend it
 * picks the certificate concerned (the draft's form is then prefilled from the registry); then "Bắt đầu / Start"
 * opens a draft dossier (one per click-burst: the page's client key makes the create idempotent).
 */
export default function ProceduresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const procedures = useProcedures();
  const [code, setCode] = useState<ProcedureCode | null>(null);
  const [answers, setAnswers] = useState<GuideAnswers>({});
  const [targetCertificateId, setTargetCertificateId] = useState<string | null>(null);
  const [clientKey, setClientKey] = useState(newClientKey);
  const procedure = procedures.data?.find((p) => p.code === code) ?? null;
  const query = useMemo(() => (procedure ? toGuideQuery(procedure, answers) : {}), [procedure, answers]);
  const guide = useProcedureGuide(code, query);
  const create = useCreateDossier();
  const choose = (next: ProcedureCode) => {
    setCode(next);
    setAnswers({});
    setTargetCertificateId(null);
    setClientKey(newClientKey());
  };
  const chooseTarget = (id: string | null) => {
    setTargetCertificateId(id);
    setClientKey(newClientKey());
  };
  const start = () => procedure && create.mutate(toCreateBody(procedure, answers, clientKey, targetCertificateId), { onSuccess: (d) => navigate(`/my/dossiers/${d.id}`) });

  return (
    <>
      <PageTitle title={t('dossiers.guide.title')} />
      <Typography.Paragraph type="secondary">{t('dossiers.guide.intro')}</Typography.Paragraph>
      {procedures.isError && <Alert type="error" showIcon title={errorMessage(procedures.error)} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('dossiers.guide.pick')} style={{ marginBottom: 16 }} loading={procedures.isPending}>
            <Radio.Group value={code} onChange={(e) => choose(e.target.value)} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="procedure-picker">
              {(procedures.data ?? []).map((p) => (
                <Radio key={p.code} value={p.code} data-testid={`procedure-${p.code}`}>
                  <Flex vertical>
                    <span>{pickText(p.name)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {p.basis.join('; ')}
                    </Typography.Text>
                  </Flex>
                </Radio>
              ))}
            </Radio.Group>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {!procedure && <Alert type="info" showIcon title={t('dossiers.guide.pickFirst')} />}
          {procedure && (
            <>
              <GuideQuestions procedure={procedure} openQuestions={guide.data?.openQuestions ?? []} answers={answers} onChange={setAnswers} />
              {guide.isError && <Alert type="error" showIcon title={errorMessage(guide.error)} style={{ marginBottom: 16 }} />}
              {guide.isPending && <Spin />}
              {guide.data && <GuideResult guide={guide.data} />}
              {needsTargetCertificate(procedure) && <TargetCertificatePicker key={procedure.code} procedure={procedure} value={targetCertificateId} onChange={chooseTarget} />}
              {create.error && <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 16 }} />}
              <Flex justify="end">
                <Button type="primary" size="large" icon={<ArrowRightOutlined />} loading={create.isPending} disabled={!canStart(procedure, targetCertificateId)} onClick={start} data-testid="guide-start">
                  {t('dossiers.guide.start')}
                </Button>
              </Flex>
            </>
          )}
        </Col>
      </Row>
    </>
  );
}
