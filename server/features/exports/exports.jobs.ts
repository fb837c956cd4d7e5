import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import './exporters';
import { EXPORT_JOB, runExportJob } from './exports.service';

/** The generic export job: one run per export_job row (singletonKey = its id). */
export function exportsJobs(deps: Deps): JobDefinition<{ id: string }>[] {
  return [{ name: EXPORT_JOB, handler: async ({ id }) => runExportJob(deps, id) }];
}
