import type { ProcedureCode, QueueQuery, Sla } from './types';

/** Statuses offered in the queue's filter: the open ones MOFA works on. */
export const QUEUE_STATUSES = ['submitted', 'supplement_requested', 'accepted', 'in_consultation', 'appraisal', 'decision_pending', 'approved', 'refused'] as const;

/** The queue page's filters. */
export interface QueueFilters {
  status?: (typeof QUEUE_STATUSES)[number];
  procedure?: ProcedureCode;
  sla?: Exclude<Sla, 'paused' | 'none'>;
  mine: boolean;
  q: string;
}

/** The API query for the filters (empty values left out). */
export function toQueueQuery(filters: QueueFilters): QueueQuery {
  const query: QueueQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.procedure) query.procedure = filters.procedure;
  if (filters.sla) query.sla = filters.sla;
  if (filters.mine) query.mine = 'true';
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}
