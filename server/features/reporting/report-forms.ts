import type { z } from 'zod';
import type { Executor } from '../../platform/db/client';
import type { AidLineInput } from './aid-lines.repo';
import type { ReportForm, reportCampaign, reportObligation } from './reporting.tables';

export type CampaignRow = typeof reportCampaign.$inferSelect;
export type ObligationRow = typeof reportObligation.$inferSelect;

/** What a form needs to know about the report it works on. */
export interface FormContext {
  campaign: CampaignRow;
  obligation: ObligationRow;
  /** Today (server clock, ISO day). */
  today: string;
}

/** A problem found in a report's content: blocking ones stop the submission, warnings are shown and kept. */
export interface ContentIssue {
  path: string;
  code: string;
  severity: 'error' | 'warning';
  messageVi: string;
  messageEn: string;
}

/**
 * The contract between the generic report workflow (campaigns, drafts, submit, amend) and one form
 * (Form 05 for NGOs, the agency / province annual report). Each form registers itself with `registerReportForm`.
 */
export interface ReportFormHandler<Content = unknown> {
  form: ReportForm;
  /** Validates a draft / submitted content (drafts may be incomplete: use `.partial()` where needed). */
  contentSchema: z.ZodType<Content>;
  /** The content a new draft starts with (from the registry, the NGO reports, earlier versions). */
  prefill(db: Executor, ctx: FormContext): Promise<Content>;
  /** Rule checks beyond the schema (e.g. a province outside the certificate's areas → warning). */
  check(db: Executor, ctx: FormContext, content: Content): Promise<ContentIssue[]>;
  /** The aid figures the submitted content contributes (stored by replaceCurrentAidLines). */
  aidLines(db: Executor, ctx: FormContext, content: Content): Promise<AidLineInput[]>;
  /**
   * Brings the parts of a draft that the unit does not type up to date (e.g. its action-program task status, updated
   * on another page while the draft is open): applied when the draft is read, saved and submitted.
   */
  refresh?(db: Executor, ctx: FormContext, content: Content): Promise<Content>;
}

const handlers = new Map<ReportForm, ReportFormHandler>();

export function registerReportForm<C>(handler: ReportFormHandler<C>): void {
  handlers.set(handler.form, handler as unknown as ReportFormHandler);
}

export function reportFormHandler(form: ReportForm): ReportFormHandler {
  const h = handlers.get(form);
  if (!h) throw new Error(`No handler registered for report form ${form}`);
  return h;
}
