/**
 * Dossier components (thành phần hồ sơ) of the six Decree 58/2022 procedures (brief §3.1–3.6). One set of each
 * dossier, each component in one copy (Art. 11(1), 16(1), 17(1)). Components whose content the brief gives as
 * inferred carry `basis.confirmed: false`.
 */
import type { ProcedureSettings } from './procedure-defaults';
import type {
  AmendChange,
  Bilingual,
  ComponentCondition,
  DossierComponent,
  ForeignDocumentRule,
  LegalBasis,
  ProcedureCertificateType,
  ProcedureCode,
} from './procedure-types';

type Draft = Omit<DossierComponent, 'copies' | 'acceptedFormats' | 'note' | 'when' | 'formNumber'> &
  Partial<Pick<DossierComponent, 'note' | 'when' | 'formNumber'>>;

const basis = (citation: string, confirmed: boolean, note?: string): LegalBasis => (note ? { citation, confirmed, note } : { citation, confirmed });

/** Who the sub-dossier for approval of the person in charge is about. */
const PERSON: Record<ProcedureCertificateType, Bilingual> = {
  operation: { vi: 'Người đại diện', en: 'Representative' },
  rep_office: { vi: 'Trưởng Văn phòng đại diện', en: 'Head of the Representative Office' },
};

/** Completes a draft with the common copy count and file formats. */
function complete(settings: ProcedureSettings, drafts: readonly Draft[]): DossierComponent[] {
  return drafts.map((d) => ({ copies: 1, note: null, when: [], formNumber: null, ...d, acceptedFormats: settings.acceptedFileFormats }));
}

/**
 * The sub-dossier for approval of the proposed Representative / Head of office (D58 Art. 11(1)(đ); for the
 * representative office mirrored, Art. 15(1)). `extra` adds conditions (e.g. "the representative changes").
 */
function personSubDossier(type: ProcedureCertificateType, at: LegalBasis, extra: readonly ComponentCondition[]): Draft[] {
  const person = PERSON[type];
  return [
    {
      code: 'appointment_decision',
      name: { vi: `Quyết định cử ${person.vi} (có chữ ký, đóng dấu của người đứng đầu tổ chức)`, en: `Decision appointing the ${person.en} (signed and sealed by the head of the NGO)` },
      when: extra,
      copyKind: 'original',
      foreignDocuments: 'legalisation_and_translation',
      basis: at,
    },
    {
      code: 'curriculum_vitae',
      name: { vi: `Tiểu sử của ${person.vi}`, en: `Curriculum vitae of the ${person.en}` },
      when: extra,
      copyKind: 'original',
      foreignDocuments: 'certified_translation',
      basis: at,
    },
    {
      code: 'criminal_record',
      name: { vi: 'Phiếu lý lịch tư pháp', en: 'Criminal record certificate' },
      note: {
        vi: 'Do cơ quan có thẩm quyền nơi người được đề nghị cư trú trong 6 tháng gần nhất cấp.',
        en: 'Issued where the person has resided during the last 6 months.',
      },
      when: extra,
      copyKind: 'original',
      foreignDocuments: 'legalisation_and_translation',
      basis: at,
    },
    {
      code: 'passport_copy',
      name: { vi: 'Bản sao hộ chiếu còn giá trị', en: 'Copy of a valid passport' },
      when: [...extra, { kind: 'nationality', is: 'foreign' }],
      copyKind: 'copy',
      foreignDocuments: 'none',
      basis: at,
    },
    {
      code: 'identity_document_copy',
      name: { vi: 'Bản sao hộ chiếu, chứng minh nhân dân hoặc căn cước công dân', en: 'Copy of the passport, ID card or citizen identity card' },
      when: [...extra, { kind: 'nationality', is: 'vietnamese' }],
      copyKind: 'copy',
      foreignDocuments: 'none',
      basis: at,
    },
  ];
}

/** Issue an operation certificate (Art. 11(1)) or a representative office certificate (Art. 15(1), mirrored). */
function issueComponents(settings: ProcedureSettings, type: ProcedureCertificateType): Draft[] {
  const operation = type === 'operation';
  const at = operation
    ? basis('Decree 58/2022 Art. 11(1)', true)
    : basis('Decree 58/2022 Art. 15(1)', false, 'Details of Art. 15(1) not fully visible; mirrors Art. 11(1) (brief §3.4).');
  const code: ProcedureCode = operation ? 'operation.issue' : 'rep_office.issue';
  return [
    {
      code: 'application',
      name: operation
        ? { vi: 'Đơn đề nghị cấp Giấy đăng ký hoạt động', en: 'Application for an operation certificate' }
        : { vi: 'Đơn đề nghị cấp Giấy đăng ký lập Văn phòng đại diện', en: 'Application for a representative office certificate' },
      formNumber: settings.applicationForms[code],
      copyKind: 'original',
      foreignDocuments: 'none',
      basis: at,
    },
    { code: 'charter_copy', name: { vi: 'Bản sao Điều lệ của tổ chức', en: "Copy of the NGO's charter" }, copyKind: 'copy', foreignDocuments: 'legalisation_and_translation', basis: at },
    {
      code: 'legal_status_proof',
      name: { vi: 'Bản sao giấy tờ chứng minh tư cách pháp nhân', en: 'Copy of the document proving legal-person status' },
      copyKind: 'copy',
      foreignDocuments: 'legalisation_and_translation',
      basis: at,
    },
    {
      code: 'programme_list',
      name: operation
        ? { vi: 'Bản thống kê chi tiết chương trình, dự án, phi dự án dự kiến thực hiện tại Việt Nam trong 3 năm', en: 'Detailed list of programmes, projects and non-project aid planned in Vietnam for 3 years' }
        : { vi: 'Bản thống kê chi tiết chương trình, dự án dự kiến thực hiện tại Việt Nam trong ít nhất 5 năm', en: 'Detailed list of programmes and projects planned in Vietnam for at least 5 years' },
      copyKind: 'original',
      foreignDocuments: 'certified_translation',
      basis: at,
    },
    ...personSubDossier(type, at, []),
  ];
}

/** Extend a certificate: Art. 16(1) for a representative office (confirmed); Art. 12 mirrors it (unconfirmed). */
function extendComponents(settings: ProcedureSettings, type: ProcedureCertificateType): Draft[] {
  const operation = type === 'operation';
  const at = operation ? basis('Decree 58/2022 Art. 12', false, 'Mirrors Art. 16(1) (brief §3.2).') : basis('Decree 58/2022 Art. 16(1)', true);
  const foreign: ForeignDocumentRule = operation ? settings.operationExtensionForeignDocuments : 'certified_translation';
  const years = operation ? 3 : 5;
  return [
    {
      code: 'application',
      name: operation
        ? { vi: 'Đơn đề nghị gia hạn Giấy đăng ký hoạt động', en: 'Application to extend the operation certificate' }
        : { vi: 'Đơn đề nghị gia hạn Giấy đăng ký lập Văn phòng đại diện', en: 'Application to extend the representative office certificate' },
      formNumber: operation ? settings.applicationForms['operation.extend'] : '03a',
      copyKind: 'original',
      foreignDocuments: 'none',
      basis: at,
    },
    { code: 'certificate_original', name: { vi: 'Bản chính Giấy đăng ký đã được cấp', en: 'The original certificate' }, copyKind: 'original', foreignDocuments: 'none', basis: at },
    {
      code: 'activity_report_and_plan',
      name: {
        vi: `Báo cáo tóm tắt hoạt động trong thời hạn của Giấy đăng ký và kế hoạch hoạt động cụ thể trong ${years} năm tiếp theo`,
        en: `Summary report of activities during the certificate term and concrete activity plan for the next ${years} years`,
      },
      copyKind: 'original',
      foreignDocuments: foreign,
      basis: at,
    },
  ];
}

/** Supporting documents per changed content (inferred from the typical amendment triggers, brief §3.6). */
function changeDocuments(type: ProcedureCertificateType, at: LegalBasis): Draft[] {
  const inferred = basis(at.citation, false, 'Inferred supporting document for this change (brief §3.6).');
  const change = (anyOf: AmendChange[]): ComponentCondition[] => [{ kind: 'change', anyOf }];
  const drafts: Draft[] = [
    ...personSubDossier(type, inferred, change(['representative'])),
    {
      code: 'updated_programme_list',
      name: { vi: 'Bản thống kê chương trình, dự án tại địa bàn, lĩnh vực đề nghị bổ sung', en: 'List of programmes and projects in the areas or fields to be added' },
      when: change(['areas', 'fields']),
      copyKind: 'original',
      foreignDocuments: 'certified_translation',
      basis: inferred,
    },
    {
      code: 'legal_change_proof',
      name: { vi: 'Giấy tờ chứng minh việc thay đổi tên, tư cách pháp nhân hoặc Điều lệ', en: 'Proof of the change of name, legal status or charter' },
      when: change(['name_or_legal_status']),
      copyKind: 'copy',
      foreignDocuments: 'legalisation_and_translation',
      basis: inferred,
    },
    {
      code: 'headquarters_address_proof',
      name: { vi: 'Giấy tờ chứng minh việc thay đổi địa chỉ trụ sở chính ở nước ngoài', en: 'Proof of the change of head-office address abroad' },
      when: change(['headquarters_address']),
      copyKind: 'copy',
      foreignDocuments: 'legalisation_and_translation',
      basis: inferred,
    },
  ];
  if (type === 'rep_office') {
    drafts.push({
      code: 'office_premises_document',
      name: { vi: 'Giấy tờ về địa điểm đặt trụ sở Văn phòng đại diện mới', en: 'Document on the premises of the new office' },
      when: change(['office_address']),
      copyKind: 'copy',
      foreignDocuments: 'none',
      basis: inferred,
    });
  }
  return drafts;
}

/** Amend, supplement or re-issue: Art. 17(1) for a representative office (confirmed); Art. 13 mirrors it. */
function amendComponents(settings: ProcedureSettings, type: ProcedureCertificateType): Draft[] {
  const operation = type === 'operation';
  const at = operation ? basis('Decree 58/2022 Art. 13', false, 'Mirrors Art. 17(1) (brief §3.3).') : basis('Decree 58/2022 Art. 17(1)', true);
  const contentChange: ComponentCondition[] = [{ kind: 'amend_kind', anyOf: ['amend', 'supplement'] }];
  return [
    {
      code: 'application',
      name: {
        vi: 'Đơn đề nghị sửa đổi, bổ sung hoặc cấp lại, nêu rõ nội dung thay đổi hoặc lý do cấp lại',
        en: 'Application to amend, supplement or re-issue, stating the change or the reason for re-issue',
      },
      formNumber: operation ? settings.applicationForms['operation.amend'] : '03b',
      copyKind: 'original',
      foreignDocuments: 'none',
      basis: at,
    },
    {
      code: 'certificate_original',
      name: { vi: 'Bản chính Giấy đăng ký đã được cấp', en: 'The original certificate' },
      when: [{ kind: 'amend_kind', anyOf: ['amend', 'supplement', 'reissue_damaged'] }],
      copyKind: 'original',
      foreignDocuments: 'none',
      basis: at,
    },
    {
      code: 'certificate_copy',
      name: { vi: 'Bản sao Giấy đăng ký đã được cấp (trường hợp bị mất)', en: 'A copy of the certificate (when the original was lost)' },
      when: [{ kind: 'amend_kind', anyOf: ['reissue_lost'] }],
      copyKind: 'copy',
      foreignDocuments: 'none',
      basis: at,
    },
    {
      code: 'supporting_documents',
      name: { vi: 'Tài liệu liên quan đến nội dung sửa đổi, bổ sung', en: 'Documents supporting the change' },
      when: contentChange,
      copyKind: 'copy',
      foreignDocuments: 'certified_translation',
      basis: at,
    },
    ...changeDocuments(type, at).map((d) => ({ ...d, when: [...contentChange, ...(d.when ?? [])] })),
  ];
}

/** The components of a procedure, with the settings in force. */
export function componentsOf(settings: ProcedureSettings, type: ProcedureCertificateType, kind: 'issue' | 'extend' | 'amend'): DossierComponent[] {
  const drafts = kind === 'issue' ? issueComponents(settings, type) : kind === 'extend' ? extendComponents(settings, type) : amendComponents(settings, type);
  return complete(settings, drafts);
}
