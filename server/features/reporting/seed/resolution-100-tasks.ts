/**
 * Tasks of the Government's action program on foreign NGO work (Resolution 100/NQ-CP, appendix: 7 groups; issue 7 §4).
 *
 * SUMMARISED FOR THE SYSTEM — VERIFY AGAINST THE PUBLISHED APPENDIX. The appendix text was not available when this
 * file was written: groups, tasks, lead and coordinating agencies, outputs and deadlines below are a working summary
 * derived from Decree 58/2022, Decree 313/2025 and the responsibilities in the domain brief (§5–§7, §9.3). An
 * official must compare them with the published appendix and correct them (the seed upserts by program and code,
 * so a corrected file replaces the rows at the next start). Unit codes are those of the reference agencies
 * (server/features/reference/seed/agencies.ts).
 */

/** Program code of the Government's action program (Resolution 100/NQ-CP). */
export const RESOLUTION_100_PROGRAM = 'NQ100-CP';

/** Shown with every task of the seed (UI and exports). */
export const RESOLUTION_100_NOTICE = {
  vi: 'Nội dung tóm tắt để đưa vào hệ thống; cần đối chiếu với Phụ lục Nghị quyết số 100/NQ-CP đã ban hành.',
  en: 'Summarised for the system; verify against the published appendix of Resolution 100/NQ-CP.',
} as const;

/** One task of an action program as seeded (units by code; resolved to ids when loaded). */
export interface ActionTaskSeed {
  readonly code: string;
  readonly groupNo: number;
  readonly titleVi: string;
  readonly titleEn: string;
  /** Lead unit code, or null when `leadScope` names every ministry / province. */
  readonly leadCode: string | null;
  readonly leadScope?: 'all_ministries' | 'all_provinces' | null;
  readonly coordinatingCodes: readonly string[];
  readonly expectedOutputVi: string;
  readonly expectedOutputEn: string;
  readonly deadlineOn: string | null;
  readonly deadlineText?: string | null;
}

/** The seven groups (titles vi/en). */
export const RESOLUTION_100_GROUPS: Readonly<Record<number, { vi: string; en: string }>> = {
  1: { vi: 'Hoàn thiện thể chế, hướng dẫn thi hành Nghị định 58/2022/NĐ-CP', en: 'Legal framework and guidance on Decree 58/2022' },
  2: { vi: 'Cơ sở dữ liệu quốc gia và dịch vụ công trực tuyến về tổ chức PCPNN', en: 'National database and online public services on foreign NGOs' },
  3: { vi: 'Phối hợp liên ngành và lấy ý kiến', en: 'Inter-agency coordination and consultation' },
  4: { vi: 'Vận động, quản lý và sử dụng viện trợ (Nghị định 313/2025/NĐ-CP)', en: 'Aid mobilisation and management (Decree 313/2025)' },
  5: { vi: 'Bảo đảm an ninh, kiểm tra, giám sát', en: 'Security, inspection and oversight' },
  6: { vi: 'Quản lý tại địa phương', en: 'Local management by provinces' },
  7: { vi: 'Thông tin, tuyên truyền, đào tạo và hợp tác quốc tế', en: 'Information, training and international cooperation' },
};

const ANNUAL_BEFORE_1_DEC = 'Hằng năm, trước ngày 01/12';

/** The summarised tasks (see the file header: verify against the published appendix). */
export const RESOLUTION_100_TASKS: readonly ActionTaskSeed[] = [
  { code: '1.1', groupNo: 1, titleVi: 'Rà soát, đánh giá việc thi hành Nghị định 58/2022/NĐ-CP và đề xuất sửa đổi, bổ sung', titleEn: 'Review the implementation of Decree 58/2022 and propose amendments', leadCode: 'MOFA', coordinatingCodes: ['MOJ', 'MPS', 'MOHA'], expectedOutputVi: 'Báo cáo đánh giá và đề xuất trình Chính phủ', expectedOutputEn: 'Assessment report and proposals to the Government', deadlineOn: '2026-12-31' },
  { code: '1.2', groupNo: 1, titleVi: 'Ban hành văn bản hướng dẫn thủ tục, biểu mẫu và chế độ báo cáo về tổ chức PCPNN', titleEn: 'Issue guidance on procedures, forms and reporting on foreign NGOs', leadCode: 'MOFA', coordinatingCodes: ['MOJ', 'COMINGO'], expectedOutputVi: 'Văn bản hướng dẫn được ban hành', expectedOutputEn: 'Guidance issued', deadlineOn: '2026-06-30' },
  { code: '1.3', groupNo: 1, titleVi: 'Hướng dẫn quản lý nhà nước về tổ chức PCPNN theo mô hình chính quyền địa phương hai cấp', titleEn: 'Guide state management of foreign NGOs under the two-tier local government', leadCode: 'MOHA', coordinatingCodes: ['MOFA'], expectedOutputVi: 'Văn bản hướng dẫn gửi các tỉnh, thành phố', expectedOutputEn: 'Guidance sent to the provinces', deadlineOn: '2026-09-30' },
  { code: '2.1', groupNo: 2, titleVi: 'Xây dựng, vận hành Cơ sở dữ liệu quốc gia về tổ chức PCPNN', titleEn: 'Build and run the national database on foreign NGOs', leadCode: 'MOFA', coordinatingCodes: ['MPS', 'MOF', 'MOST'], expectedOutputVi: 'Cơ sở dữ liệu quốc gia đi vào vận hành, kết nối với các bộ, ngành, địa phương', expectedOutputEn: 'National database in operation, connected with ministries and provinces', deadlineOn: '2026-12-31' },
  { code: '2.2', groupNo: 2, titleVi: 'Cung cấp dịch vụ công trực tuyến cấp, gia hạn, sửa đổi giấy đăng ký của tổ chức PCPNN', titleEn: 'Provide online public services to issue, extend and amend NGO certificates', leadCode: 'COMINGO', coordinatingCodes: ['MOFA'], expectedOutputVi: 'Các thủ tục hành chính được thực hiện trực tuyến toàn trình', expectedOutputEn: 'Administrative procedures fully online', deadlineOn: '2026-12-31' },
  { code: '2.3', groupNo: 2, titleVi: 'Cập nhật dữ liệu, báo cáo định kỳ của bộ, ngành, địa phương trên hệ thống', titleEn: 'Ministries and provinces update data and file periodic reports in the system', leadCode: null, leadScope: 'all_provinces', coordinatingCodes: ['MOFA'], expectedOutputVi: 'Dữ liệu và báo cáo được cập nhật trên hệ thống', expectedOutputEn: 'Data and reports kept up to date in the system', deadlineOn: null, deadlineText: ANNUAL_BEFORE_1_DEC },
  { code: '3.1', groupNo: 3, titleVi: 'Thực hiện quy chế phối hợp liên ngành trong quản lý tổ chức PCPNN', titleEn: 'Apply the inter-agency coordination rules on foreign NGO management', leadCode: 'COMINGO', coordinatingCodes: ['MPS', 'MOF', 'MOHA'], expectedOutputVi: 'Quy chế phối hợp được thực hiện; họp định kỳ', expectedOutputEn: 'Coordination rules applied; regular meetings', deadlineOn: null, deadlineText: 'Thường xuyên' },
  { code: '3.2', groupNo: 3, titleVi: 'Trả lời ý kiến về hồ sơ của tổ chức PCPNN đúng thời hạn 10 ngày làm việc', titleEn: 'Answer requests for opinion on NGO dossiers within 10 working days', leadCode: null, leadScope: 'all_ministries', coordinatingCodes: ['COMINGO'], expectedOutputVi: 'Tỷ lệ trả lời đúng hạn được theo dõi trên hệ thống', expectedOutputEn: 'On-time reply rate tracked in the system', deadlineOn: null, deadlineText: 'Thường xuyên' },
  { code: '4.1', groupNo: 4, titleVi: 'Hướng dẫn thi hành Nghị định 313/2025/NĐ-CP về viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức', titleEn: 'Guide the implementation of Decree 313/2025 on non-ODA aid', leadCode: 'MOF', coordinatingCodes: ['MOFA', 'MPS'], expectedOutputVi: 'Văn bản hướng dẫn được ban hành', expectedOutputEn: 'Guidance issued', deadlineOn: '2026-06-30' },
  { code: '4.2', groupNo: 4, titleVi: 'Tổng hợp, báo cáo tình hình tiếp nhận, giải ngân viện trợ của tổ chức PCPNN', titleEn: 'Consolidate and report the receipt and disbursement of NGO aid', leadCode: 'MOF', coordinatingCodes: ['MOFA', 'PACCOM'], expectedOutputVi: 'Báo cáo tổng hợp viện trợ hằng năm', expectedOutputEn: 'Annual consolidated aid report', deadlineOn: null, deadlineText: ANNUAL_BEFORE_1_DEC },
  { code: '4.3', groupNo: 4, titleVi: 'Vận động viện trợ của tổ chức PCPNN phù hợp ưu tiên phát triển', titleEn: 'Mobilise NGO aid in line with development priorities', leadCode: 'VUFO', coordinatingCodes: ['PACCOM', 'MOFA'], expectedOutputVi: 'Kế hoạch vận động viện trợ và kết quả thực hiện', expectedOutputEn: 'Aid mobilisation plan and results', deadlineOn: '2026-12-31' },
  { code: '5.1', groupNo: 5, titleVi: 'Bảo đảm an ninh, trật tự trong hoạt động của tổ chức PCPNN', titleEn: 'Ensure security and order in foreign NGO activities', leadCode: 'MPS', coordinatingCodes: ['MOFA', 'MOD'], expectedOutputVi: 'Báo cáo tình hình an ninh liên quan đến tổ chức PCPNN', expectedOutputEn: 'Report on security matters concerning foreign NGOs', deadlineOn: null, deadlineText: ANNUAL_BEFORE_1_DEC },
  { code: '5.2', groupNo: 5, titleVi: 'Quản lý xuất nhập cảnh, cư trú của nhân sự nước ngoài làm việc cho tổ chức PCPNN', titleEn: 'Manage entry, exit and residence of foreign staff of NGOs', leadCode: 'MPS', coordinatingCodes: ['MOFA', 'MOHA'], expectedOutputVi: 'Số liệu xuất nhập cảnh, cư trú được cập nhật', expectedOutputEn: 'Entry, exit and residence data kept up to date', deadlineOn: null, deadlineText: 'Thường xuyên' },
  { code: '5.3', groupNo: 5, titleVi: 'Kiểm tra, thanh tra việc chấp hành pháp luật của tổ chức PCPNN', titleEn: 'Inspect foreign NGOs’ compliance with the law', leadCode: 'GI', coordinatingCodes: ['MOFA', 'MPS', 'MOF'], expectedOutputVi: 'Kế hoạch và kết quả kiểm tra', expectedOutputEn: 'Inspection plan and results', deadlineOn: '2026-12-31' },
  { code: '6.1', groupNo: 6, titleVi: 'Chỉ định cơ quan đầu mối quản lý tổ chức PCPNN tại địa phương', titleEn: 'Designate the provincial focal unit for foreign NGO management', leadCode: null, leadScope: 'all_provinces', coordinatingCodes: ['MOFA'], expectedOutputVi: 'Quyết định chỉ định cơ quan đầu mối', expectedOutputEn: 'Decision designating the focal unit', deadlineOn: '2026-03-31' },
  { code: '6.2', groupNo: 6, titleVi: 'Báo cáo hằng năm về công tác tổ chức PCPNN trên địa bàn gửi Bộ Ngoại giao', titleEn: 'Send the annual report on NGO work in the province to MOFA', leadCode: null, leadScope: 'all_provinces', coordinatingCodes: ['MOFA'], expectedOutputVi: 'Báo cáo năm gửi Bộ Ngoại giao trước ngày 01/12', expectedOutputEn: 'Annual report to MOFA before 1 December', deadlineOn: null, deadlineText: ANNUAL_BEFORE_1_DEC },
  { code: '6.3', groupNo: 6, titleVi: 'Ban hành kế hoạch của địa phương thực hiện chương trình hành động', titleEn: 'Adopt the province’s own plan implementing the action program', leadCode: null, leadScope: 'all_provinces', coordinatingCodes: [], expectedOutputVi: 'Kế hoạch của UBND tỉnh, thành phố', expectedOutputEn: 'Plan of the Provincial People’s Committee', deadlineOn: '2026-06-30' },
  { code: '7.1', groupNo: 7, titleVi: 'Thông tin, tuyên truyền về chính sách, pháp luật liên quan đến tổ chức PCPNN', titleEn: 'Inform the public on policy and law concerning foreign NGOs', leadCode: 'MOFA', coordinatingCodes: ['MOCST', 'VUFO'], expectedOutputVi: 'Tài liệu, hoạt động tuyên truyền', expectedOutputEn: 'Information materials and activities', deadlineOn: null, deadlineText: 'Hằng năm' },
  { code: '7.2', groupNo: 7, titleVi: 'Tập huấn cán bộ làm công tác tổ chức PCPNN ở trung ương và địa phương', titleEn: 'Train central and provincial officials working on foreign NGOs', leadCode: 'MOFA', coordinatingCodes: ['MOHA', 'PACCOM'], expectedOutputVi: 'Các lớp tập huấn được tổ chức', expectedOutputEn: 'Training courses held', deadlineOn: null, deadlineText: 'Hằng năm' },
  { code: '7.3', groupNo: 7, titleVi: 'Hợp tác quốc tế, đối thoại với cộng đồng tổ chức PCPNN', titleEn: 'International cooperation and dialogue with the NGO community', leadCode: 'VUFO', coordinatingCodes: ['MOFA', 'PACCOM'], expectedOutputVi: 'Hội nghị, đối thoại định kỳ với tổ chức PCPNN', expectedOutputEn: 'Regular conferences and dialogue with NGOs', deadlineOn: null, deadlineText: 'Hằng năm' },
];
