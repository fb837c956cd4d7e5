/**
 * The consultation step of a dossier (Decree 58/2022 Art. 11(2), 15(2), 13, 17(3); brief §3.1 steps 3–6), as the
 * dossier workflow runs it inside its own transactions: the proposal of agencies to ask, sending one request per
 * agency with its own 10-WD clock when the officer takes `send_for_consultation`, and the check before the step
 * closes (`close_consultation`): all replies in, or every missing one past its due day, or the officer's reason.
 */
import { consultationClosable, missedDeadlineReading, replyDueDay, silenceAfterDeadline } from '../../domain/consultation/request-clock';
import { proposeConsultees, type ConsulteeProposal, type ConsulteeUnit } from '../../domain/consultation/consultees';
import type { AmendChange, AmendKind } from '../../domain/procedures/procedure-types';
import type { Executor } from '../../platform/db/client';
import type { RequestContext } from '../../platform/http/context';
import { ConflictError, ValidationError } from '../../platform/http/errors';
import { appendAudit } from '../audit/audit.service';
import { listCertificateContents } from '../certificates/certificates.service';
import type { DossierRow } from '../dossiers/dossiers.repo';
import { nextNumber, selectUnitEmails } from '../dossiers/dossiers.repo';
import type { Application, DossierRules } from '../dossiers/dossiers.service';
import { queueMail } from '../mail/mail.service';
import { getConsultationClock, getConsultationConfig } from '../settings/settings.service';
import { selectUnits, type UnitRow } from '../units/units.repo';
import * as repo from './consultation.repo';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

/** The officer's choice when sending: the agencies (unit codes) and, where it differs from the proposal, why. */
export interface ConsulteeChoice {
  consultees?: { unitCode: string; reason?: string | null }[];
  adjustReason?: string | null;
  note?: string | null;
}

export interface ProposedWithNames extends ConsulteeProposal {
  units: Map<string, UnitRow>;
}

function consulteeUnits(units: UnitRow[]): ConsulteeUnit[] {
  const codeById = new Map(units.map((u) => [u.id, u.code]));
  return units.map((u) => ({ code: u.code, active: u.activeTo === null, successorCode: u.successorId ? (codeById.get(u.successorId) ?? null) : null }));
}

/** The agencies the law and the dossier call for, with why (domain/consultation/consultees.ts). */
export async function proposalFor(db: Executor, row: DossierRow, rules: DossierRules): Promise<ProposedWithNames> {
  const application = row.application as Application;
  const [config, units] = await Promise.all([getConsultationConfig(db), selectUnits(db, {})]);
  let previousProvinceCodes: string[] | undefined;
  let previousFieldCodes: string[] | undefined;
  if (rules.procedure.kind === 'amend' && row.organizationId && row.targetCertificateId) {
    const target = (await listCertificateContents(db, row.organizationId, new Map())).find((c) => c.id === row.targetCertificateId);
    previousProvinceCodes = target?.areas.map((a) => a.provinceCode);
    previousFieldCodes = target?.fields;
  }
  const proposal = proposeConsultees(
    {
      kind: rules.procedure.kind,
      certificateType: rules.procedure.certificateType,
      consultedParties: rules.procedure.consultedParties,
      provinceCodes: application.provinceCodes ?? [],
      fieldCodes: application.fieldCodes ?? [],
      officeCityCode: application.officeCityCode ?? null,
      amendKind: (row.amendKind as AmendKind | null) ?? null,
      changeKinds: (application.changeKinds ?? []) as AmendChange[],
      previousProvinceCodes,
      previousFieldCodes,
    },
    config,
    consulteeUnits(units),
  );
  return { ...proposal, units: new Map(units.map((u) => [u.code, u])) };
}

const invalid = (path: string, code: string, vi: string, en: string) => new ValidationError([{ path, code, message: { vi, en } }]);

/**
 * Sends the requests for opinion of `send_for_consultation` inside the action's transaction: the proposal, or the
 * officer's adjusted list (an agency added by hand needs its reason, a proposed one left out needs `adjustReason`,
 * both kept in the audit). Each request is due `replyWorkingDays` (10) working days after today; the agency's users get an e-mail.
 * @returns what the action log records.
 */
export async function sendConsultationRequests(tx: Executor, ctx: Ctx, row: DossierRow, rules: DossierRules, today: string, choice: ConsulteeChoice = {}, publicBaseUrl = '') {
  const proposal = await proposalFor(tx, row, rules);
  const proposed = new Map(proposal.consultees.map((c) => [c.unitCode, c]));
  const chosen = choice.consultees ?? proposal.consultees.map((c) => ({ unitCode: c.unitCode, reason: null }));
  if (!chosen.length) throw invalid('consultees', 'no_consultee', 'Cần chọn ít nhất một cơ quan để lấy ý kiến.', 'Choose at least one agency to consult.');
  const left = [...proposed.keys()].filter((code) => !chosen.some((c) => c.unitCode === code));
  if (left.length && !choice.adjustReason?.trim()) {
    throw invalid('adjustReason', 'reason_required', `Cần ghi lý do không lấy ý kiến: ${left.join(', ')}.`, `Give the reason for not consulting: ${left.join(', ')}.`);
  }
  const year = Number(today.slice(0, 4));
  const dueOn = replyDueDay(rules.calendar, today, await getConsultationClock(tx));
  const values: repo.RequestInsert[] = [];
  for (const [i, c] of chosen.entries()) {
    const unit = proposal.units.get(c.unitCode);
    if (!unit || unit.activeTo !== null || unit.kind === 'ngo' || unit.kind === 'mofa') {
      throw invalid(`consultees.${i}.unitCode`, 'unknown_unit', `Không có cơ quan "${c.unitCode}" có thể lấy ý kiến.`, `No agency "${c.unitCode}" can be consulted.`);
    }
    if (!proposed.has(c.unitCode) && !c.reason?.trim()) {
      throw invalid(`consultees.${i}.reason`, 'reason_required', `Cần ghi lý do lấy thêm ý kiến của ${unit.nameVi}.`, `Give the reason for also consulting ${unit.nameEn}.`);
    }
    if (values.some((v) => v.unitId === unit.id)) continue;
    const number = await nextNumber(tx, 'consultation_letter', year);
    values.push({
      dossierId: row.id,
      unitId: unit.id,
      letterNumber: `${number}/UBCT-PCPNN`,
      reasons: proposed.get(c.unitCode)?.reasons ?? [],
      addedReason: proposed.has(c.unitCode) ? null : c.reason!.trim(),
      note: choice.note ?? null,
      sentOn: today,
      dueOn,
      sentBy: ctx.actor.userId!,
    });
  }
  const requests = await repo.insertRequests(tx, values);
  for (const request of requests) {
    const unit = [...proposal.units.values()].find((u) => u.id === request.unitId)!;
    for (const to of await selectUnitEmails(tx, request.unitId)) {
      await queueMail(tx, {
        to,
        kind: 'consultation.request',
        subject: `Đề nghị cho ý kiến về hồ sơ ${row.code} / Request for opinion on dossier ${row.code}`,
        bodyText: [
          `Kính gửi ${unit.nameVi},`,
          `Ủy ban công tác về các tổ chức phi chính phủ nước ngoài đề nghị Quý Cơ quan cho ý kiến về hồ sơ ${row.code} (${row.applicantName}) trước hết ngày ${vnDay(dueOn)}.`,
          `Xem và trả lời: ${publicBaseUrl.replace(/\/$/, '')}/consultations/${request.id}`,
          '',
          `To ${unit.nameEn}: COMINGO asks for your opinion on dossier ${row.code} (${row.applicantName}) by ${vnDay(dueOn)}.`,
        ].join('\n'),
      });
    }
  }
  await appendAudit(tx, ctx, {
    action: 'consultation.send',
    entityType: 'dossier',
    entityId: row.id,
    after: { agencies: chosen.map((c) => c.unitCode), dueOn, proposed: [...proposed.keys()], left, adjustReason: choice.adjustReason ?? null, added: chosen.filter((c) => !proposed.has(c.unitCode)) },
  });
  return { agencies: chosen.map((c) => c.unitCode), dueOn };
}

const vnDay = (isoDay: string) => isoDay.split('-').reverse().join('/');

/**
 * Whether `close_consultation` may go ahead on `today`: every request answered or past its due day; otherwise only
 * with the officer's reason (e.g. the opinions came on paper). @throws ConflictError listing who has not replied.
 * @returns what the action log records: who has not replied and, under the configuration `onMissedDeadline`
 * ('no_reply' by default, or 'deemed_agreement' — request-clock.ts `silenceAfterDeadline`, Decree 58/2022 Art. 11(2)),
 * which of them past their due day are deemed to agree (none under 'no_reply').
 */
export async function checkConsultationClose(db: Executor, dossierId: string, today: string, reason: string | null | undefined) {
  const [all, config] = await Promise.all([repo.selectDossierRequests(db, dossierId), getConsultationConfig(db)]);
  const requests = all.filter((r) => r.parentRequestId === null && r.status !== 'withdrawn');
  const onMissedDeadline = missedDeadlineReading(config.onMissedDeadline);
  const summary = requests.map((r) => ({ dueDay: r.dueOn, answeredDay: r.answeredOn }));
  const pending = requests.filter((r) => r.answeredOn === null && today <= r.dueOn);
  if (requests.length && !consultationClosable(summary, today) && !reason?.trim()) {
    throw new ConflictError(
      'consultation_open',
      { vi: `Chưa hết hạn trả lời của: ${pending.map((r) => r.unitNameVi).join(', ')}. Ghi rõ lý do nếu vẫn kết thúc lấy ý kiến.`, en: `Still within their reply period: ${pending.map((r) => r.unitNameEn).join(', ')}. Give a reason to close the consultation anyway.` },
      { pending: pending.map((r) => ({ unitCode: r.unitCode, dueOn: r.dueOn })) },
    );
  }
  return {
    missing: requests.filter((r) => r.answeredOn === null).map((r) => r.unitCode),
    onMissedDeadline,
    deemedAgreement: requests.filter((r) => silenceAfterDeadline(onMissedDeadline, r.dueOn, r.answeredOn, today) === 'deemed_agreement').map((r) => r.unitCode),
  };
}
