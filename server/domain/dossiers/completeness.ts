/**
 * The completeness pre-check before a dossier is submitted (brief §3: COMINGO checks the components within 2 WD;
 * the system checks what it can before that, so an NGO does not wait two days to learn a file is missing).
 */
import type { AmendKind, DossierComponent, Procedure } from '../procedures/procedure-types';
import type { RuleIssue } from '../registry/rule-issue';

/** What the check reads of a dossier. */
export interface CompletenessInput {
  amendKind: AmendKind | null;
  application: {
    nameEn?: string | null;
    nameOriginal?: string | null;
    countryCode?: string | null;
    legalForm?: string | null;
    hqAddress?: string | null;
    provinceCodes?: readonly string[] | null;
    fieldCodes?: readonly string[] | null;
    representative?: { fullName?: string | null; nationality?: string | null } | null;
    officeCityCode?: string | null;
    officeAddress?: string | null;
    changes?: string | null;
    changeKinds?: readonly string[] | null;
    plan?: string | null;
  };
  /** Component code → number of files uploaded. */
  uploaded: ReadonlyMap<string, number>;
  /** The certificate amended or extended, when the procedure needs one. */
  targetCertificateId: string | null;
}

/** True when a component applies to this dossier (all its conditions hold). */
export function componentApplies(component: DossierComponent, input: Pick<CompletenessInput, 'amendKind' | 'application'>): boolean {
  return component.when.every((condition) => {
    switch (condition.kind) {
      case 'amend_kind':
        return input.amendKind !== null && condition.anyOf.includes(input.amendKind);
      case 'change':
        return (input.application.changeKinds ?? []).some((c) => (condition.anyOf as readonly string[]).includes(c));
      case 'nationality': {
        const nationality = input.application.representative?.nationality;
        return condition.is === 'vietnamese' ? nationality === 'VN' : nationality !== 'VN';
      }
    }
  });
}

const missing = (path: string, vi: string, en: string): RuleIssue => ({ path, code: 'required', message: { vi: `Chưa có ${vi}.`, en: `${en} is missing.` } });

/**
 * What is still missing before submission: the application fields the procedure needs, and every component that
 * applies without an uploaded file — Decree 58/2022 Art. 11(1) (issue), 12 (extend), 13 (amend) and 15–17 for a
 * representative office. Empty = ready to submit.
 */
export function completenessIssues(procedure: Procedure, input: CompletenessInput): RuleIssue[] {
  const a = input.application;
  const issues: RuleIssue[] = [];
  if (procedure.kind === 'issue') {
    if (!a.nameEn) issues.push(missing('application.nameEn', 'tên tiếng Anh của tổ chức', 'The English name'));
    if (!a.nameOriginal) issues.push(missing('application.nameOriginal', 'tên nguyên gốc của tổ chức', 'The name in the original language'));
    if (!a.countryCode) issues.push(missing('application.countryCode', 'quốc gia thành lập', 'The country of establishment'));
    if (!a.legalForm) issues.push(missing('application.legalForm', 'loại hình pháp lý', 'The legal form'));
    if (!a.representative?.fullName) issues.push(missing('application.representative.fullName', procedure.certificateType === 'rep_office' ? 'người đứng đầu văn phòng' : 'người đại diện', procedure.certificateType === 'rep_office' ? 'The head of office' : 'The representative'));
    if (!a.fieldCodes?.length) issues.push(missing('application.fieldCodes', 'lĩnh vực hoạt động', 'The fields of operation'));
    if (!a.provinceCodes?.length) issues.push(missing('application.provinceCodes', 'địa bàn hoạt động', 'The provinces of operation'));
    if (!a.plan) issues.push(missing('application.plan', 'danh mục chương trình, dự án dự kiến', 'The planned programs and projects'));
  } else if (!input.targetCertificateId) {
    issues.push(missing('targetCertificateId', 'giấy đăng ký cần sửa đổi hoặc gia hạn', 'The certificate to amend or extend'));
  }
  if (procedure.certificateType === 'rep_office' && procedure.kind === 'issue') {
    if (!a.officeCityCode) issues.push(missing('application.officeCityCode', 'thành phố đặt văn phòng', 'The office city'));
    if (!a.officeAddress) issues.push(missing('application.officeAddress', 'địa chỉ văn phòng', 'The office address'));
  }
  if (procedure.kind === 'amend') {
    if (!input.amendKind) issues.push(missing('amendKind', 'loại đề nghị (sửa đổi, bổ sung, cấp lại)', 'The kind of request (amend, supplement, re-issue)'));
    if (!a.changes) issues.push(missing('application.changes', 'nội dung đề nghị thay đổi hoặc lý do cấp lại', 'The content to change or the reason for re-issue'));
  }
  if (procedure.kind === 'extend' && !a.plan) issues.push(missing('application.plan', 'báo cáo tổng kết và kế hoạch nhiệm kỳ tới', 'The activity summary and next-term plan'));
  for (const component of procedure.components) {
    if (!componentApplies(component, input)) continue;
    if ((input.uploaded.get(component.code) ?? 0) === 0) {
      issues.push({
        path: `components.${component.code}`,
        code: 'component_missing',
        message: { vi: `Chưa tải lên: ${component.name.vi}.`, en: `Not uploaded: ${component.name.en}.` },
      });
    }
  }
  return issues;
}
