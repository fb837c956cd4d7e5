import type { paths } from '../../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** One report my unit must file (GET /my/reports). */
export type ReportSummary = JsonOf<paths['/api/v1/my/reports']['get']['responses'][200]>['items'][number];
/** A report with its versions, the version in force, the draft and the abilities. */
export type ReportView = JsonOf<paths['/api/v1/reports/{id}']['get']['responses'][200]>;
/** One version of a report (content, warnings, who and when). */
export type ReportVersion = NonNullable<ReportView['current']>;
/** A warning or error of the form checks. */
export type ContentIssue = ReportVersion['warnings'][number];
/** Where a report stands: filed on time / late, open, due soon, overdue. */
export type FilingStatus = ReportSummary['status'];
/** A reporting campaign (MOFA). */
export type Campaign = JsonOf<paths['/api/v1/report-campaigns']['get']['responses'][200]>['items'][number];
/** Body of POST /report-campaigns. */
export type CreateCampaignBody = JsonOf<paths['/api/v1/report-campaigns']['post']['requestBody']>;
/** The filing status board of a campaign. */
export type CampaignBoard = JsonOf<paths['/api/v1/report-campaigns/{id}/obligations']['get']['responses'][200]>;
export type BoardRow = CampaignBoard['items'][number];
export type ReportForm = Campaign['form'];

/** Form 05 content as the editor handles it (mirrors server/features/reporting/ngo-report.form.ts). */
export interface NgoAidLine {
  provinceCode: string;
  currency: string;
  committed: number;
  disbursed: number;
}
export interface NgoAidItem {
  kind: 'program' | 'project' | 'non_project';
  titleVi: string;
  titleEn?: string | null;
  fieldCodes: string[];
  vietnamesePartners: { name: string; province?: string | null }[];
  lines: NgoAidLine[];
  beneficiaries: { description: string; count?: number | null };
}
export interface NgoReportContent {
  items: NgoAidItem[];
  staff?: { foreign: number; vietnamese: number } | null;
  difficulties: string;
  nextYearPlan: string;
  contact?: { name: string; title?: string | null; email?: string | null; phone?: string | null } | null;
}
/** The reporting calendar and USD rates (GET/PUT /reporting/settings). */
export type ReportingSettings = JsonOf<paths['/api/v1/reporting/settings']['get']['responses'][200]>;
