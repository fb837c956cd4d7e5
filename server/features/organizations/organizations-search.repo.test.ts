import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionStatus } from '../../../common/registry';
import { certificateStatus } from '../../domain/registry/certificate-status';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { statusSql } from './organizations-search.repo';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

describe('statusSql (the SQL twin of certificateStatus, used by filters and facets)', () => {
  const today = '2026-11-23';
  it.each([
    ['in_force', '2026-11-24'],
    ['in_force', '2026-11-23'],
    ['in_force', '2026-11-22'],
    ['suspended', '2027-01-01'],
    ['terminated', '2020-01-01'],
    ['revoked', '2028-01-01'],
  ] as const)('%s until %s reads as certificateStatus() says', async (decision, validTo) => {
    const result = await t.database.db.execute(
      sql`select ${statusSql(today)} as status from (values (${decision}::text, ${validTo}::date)) as c(decision_status, valid_to)`,
    );
    const [row] = (result as unknown as { rows: { status: string }[] }).rows;
    expect(row?.status).toBe(certificateStatus(decision as DecisionStatus, validTo, today));
  });
});
