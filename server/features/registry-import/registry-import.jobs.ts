import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/queue';
import { COMMIT_JOB, commitImport, VALIDATE_JOB, validateImport, type ImportContext } from './registry-import.service';

/**
 * Background work of the bulk import: the dry run of a large file (progress saved after every chunk) and the
 * all-or-nothing commit. Both are idempotent: they re-read the batch and skip it unless it is still
 * `validating` / `committing`; a retried dry run resumes after the rows already checked.
 */
export function registryImportJobs(deps: Pick<Deps, 'db' | 'clock' | 'jobs' | 'log'>): JobDefinition[] {
  return [
    { name: VALIDATE_JOB, handler: async (data) => validateImport(deps, (data as { importId: string }).importId) },
    {
      name: COMMIT_JOB,
      handler: async (data) => {
        const { importId, ctx } = data as { importId: string; ctx: ImportContext };
        return (await commitImport(deps, ctx, importId)).status;
      },
    },
  ];
}
