import type { Deps } from '../../platform/deps';
import { provinceProgramCode } from '../reporting/action-tasks.policy';
import { upsertTasks } from '../reporting/action-tasks.repo';
import { currentReportingYear, ensureResolution100Tasks, seedTaskRows } from '../reporting/action-tasks.service';
import type { ActionTaskSeed } from '../reporting/seed/resolution-100-tasks';
import { findUnitByCode } from '../units/units.service';

/** Demo: Huế's own plan implementing the action program (illustrative tasks, not an official plan). */
const HUE_GROUPS = { 1: { vi: 'Kế hoạch của thành phố Huế về công tác tổ chức PCPNN', en: "Huế's plan on foreign NGO work" } } as const;
const HUE_TASKS: readonly ActionTaskSeed[] = [
  { code: 'H1', groupNo: 1, titleVi: 'Đề nghị các sở, ngành báo cáo công tác tổ chức PCPNN trước ngày 25/10', titleEn: 'Ask the departments for their NGO work reports by 25 October', leadCode: 'PROV-46', coordinatingCodes: ['PROV-46-CA', 'PROV-46-STC'], expectedOutputVi: 'Báo cáo của các sở, ngành', expectedOutputEn: 'Department reports', deadlineOn: null, deadlineText: 'Hằng năm, trước ngày 25/10' },
  { code: 'H2', groupNo: 1, titleVi: 'Rà soát hoạt động của các tổ chức PCPNN tại các xã, phường sau sắp xếp', titleEn: 'Review NGO activities in the communes after the 2025 reorganisation', leadCode: 'PROV-46', coordinatingCodes: ['PROV-46-CA'], expectedOutputVi: 'Danh sách tổ chức, dự án theo xã, phường', expectedOutputEn: 'List of NGOs and projects per commune', deadlineOn: null, deadlineText: 'Quý IV' },
  { code: 'H3', groupNo: 1, titleVi: 'Theo dõi tiếp nhận, giải ngân viện trợ của các tổ chức PCPNN trên địa bàn', titleEn: 'Track receipt and disbursement of NGO aid in the city', leadCode: 'PROV-46-STC', coordinatingCodes: ['PROV-46'], expectedOutputVi: 'Số liệu viện trợ trong báo cáo năm', expectedOutputEn: 'Aid figures in the annual report', deadlineOn: null, deadlineText: 'Hằng năm, trước ngày 01/12' },
];

/** Loads the national program and Huế's demo plan (program PROVINCE-46-<year>, owned by Huế's focal unit). */
export async function seedDemoTasks(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  const year = currentReportingYear(deps);
  await ensureResolution100Tasks(deps.db);
  const hue = await findUnitByCode(deps.db, 'PROV-46');
  if (!hue) return;
  await upsertTasks(deps.db, await seedTaskRows(deps.db, provinceProgramCode('46', year), HUE_TASKS, HUE_GROUPS, hue.id));
}
