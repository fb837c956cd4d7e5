import type { paths } from '../../api/schema';

/** The JSON body of a response object in openapi-typescript's shape. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** GET /action-tasks. */
export type ActionTaskList = JsonOf<paths['/api/v1/action-tasks']['get']['responses'][200]>;
export type ActionTask = ActionTaskList['items'][number];
export type ActionTaskUpdate = NonNullable<ActionTask['myUpdate']>;
export type TaskStatus = ActionTaskUpdate['status'];
export type ActionTaskQuery = NonNullable<paths['/api/v1/action-tasks']['get']['parameters']['query']>;
export type TaskUpdateBody = JsonOf<paths['/api/v1/action-tasks/{id}/updates']['post']['requestBody']>;
export type UploadedEvidence = JsonOf<paths['/api/v1/action-tasks/{id}/evidence']['post']['responses'][201]>;

/** GET /reporting/consolidation and /reporting/reconciliation. */
export type Consolidation = JsonOf<paths['/api/v1/reporting/consolidation']['get']['responses'][200]>;
export type AggregateRow = Consolidation['byProvince'][number];
export type Reconciliation = JsonOf<paths['/api/v1/reporting/reconciliation']['get']['responses'][200]>;
export type ReconciliationRow = Reconciliation['rows'][number];
export type ConsolidationQuery = NonNullable<paths['/api/v1/reporting/consolidation']['get']['parameters']['query']>;

/** GET /reports/{id} (the generic report workflow). */
export type ReportView = JsonOf<paths['/api/v1/reports/{id}']['get']['responses'][200]>;

/** The agency / province report content (server: agency-report.schemas.ts). */
export interface NgoActivityRow {
  organizationId: string;
  nameVi: string;
  provinceCode: string;
  currency: string;
  committed: number;
  disbursed: number;
  projects: number;
  explanation?: string | null;
  adjusted: boolean;
  ngoReported: { committed: number; disbursed: number };
  note?: 'no_report' | null;
}

export interface TaskStatusRow {
  taskId: string;
  programCode: string;
  code: string;
  titleVi: string;
  titleEn: string;
  status: TaskStatus;
  progressPercent: number;
  note: string | null;
  reportedAt: string | null;
}

export interface AgencyReportContent {
  scope?: { provinceCode: string | null; fieldCodes: string[] };
  ngoActivity: NgoActivityRow[];
  totals: { currency: string; committed: number; disbursed: number; ngoCommitted: number; ngoDisbursed: number; projects: number }[];
  assessment: string;
  difficulties: string;
  proposals: string;
  taskStatus: TaskStatusRow[];
}
