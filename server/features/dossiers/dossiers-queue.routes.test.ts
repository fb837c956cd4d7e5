import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDateOf } from '../../../common/dates';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { appUser } from '../accounts/accounts.tables';
import { insertDossier } from './dossiers.repo';

// MOFA's queue filtered by SLA colour: the filter runs in SQL before the limit, so no matching dossier is cut off.
let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('mofa.officer');
  const [user] = await t.deps.db.select({ id: appUser.id }).from(appUser).limit(1);
  const today = vnDateOf(new Date());
  // 55 overdue dossiers sort first (earliest due day); behind them 3 on time and 2 due today; 1 paused, overdue by its date.
  const rows: { status: 'submitted' | 'appraisal' | 'supplement_requested'; stepDueOn: string }[] = [
    ...Array.from({ length: 55 }, (_, i) => ({ status: 'submitted' as const, stepDueOn: `2020-01-${String((i % 28) + 1).padStart(2, '0')}` })),
    ...Array.from({ length: 3 }, () => ({ status: 'appraisal' as const, stepDueOn: '2099-06-01' })),
    ...Array.from({ length: 2 }, () => ({ status: 'appraisal' as const, stepDueOn: today })),
    { status: 'supplement_requested' as const, stepDueOn: '2020-01-01' },
  ];
  for (const [i, row] of rows.entries()) {
    await insertDossier(t.deps.db, { code: `HS-2020-${String(i + 1).padStart(6, '0')}`, procedure: 'operation.issue', applicantName: `NGO ${i + 1}`, createdBy: user!.id, receivedOn: '2020-01-01', stepEnteredOn: '2020-01-01', ...row });
  }
});
afterAll(async () => t?.close());

const queue = async (query: string) => {
  const res = await officer.request('GET', `/api/v1/dossiers?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { code: string; status: string; clock: { sla: string } }[];
};

describe('GET /api/v1/dossiers with an SLA filter and more than 50 open dossiers', () => {
  it('finds the on-time dossiers that sort after the first 50', async () => {
    const items = await queue('sla=on_time');
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.clock.sla === 'on_time')).toBe(true);
  });

  it('finds the dossiers due today as due soon', async () => {
    const items = await queue('sla=due_soon');
    expect(items.map((i) => i.clock.sla)).toEqual(['due_soon', 'due_soon']);
  });

  it('pages overdue dossiers by the limit, leaving out a paused one whatever its stored due day', async () => {
    expect(await queue('sla=overdue&limit=200')).toHaveLength(55);
    const first = await queue('sla=overdue');
    expect(first).toHaveLength(50);
    expect(first.every((i) => i.clock.sla === 'overdue' && i.status === 'submitted')).toBe(true);
  });

  it('combines the SLA filter with a status filter', async () => {
    expect(await queue('sla=on_time&status=appraisal')).toHaveLength(3);
    expect(await queue('sla=on_time&status=submitted')).toHaveLength(0);
    expect(await queue('sla=overdue&status=supplement_requested')).toHaveLength(0);
  });
});
