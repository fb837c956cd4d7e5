import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('procedure guide (public)', () => {
  it('lists the six Decree 58/2022 procedures', async () => {
    const res = await t.anonymous('GET', '/api/v1/procedures');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { code: string }) => p.code).sort()).toEqual(['operation.amend', 'operation.extend', 'operation.issue', 'rep_office.amend', 'rep_office.extend', 'rep_office.issue']);
  });

  it('gives the components and the expected decision date across Tết 2026, never on a day off', async () => {
    const res = await t.anonymous('GET', '/api/v1/procedures/operation.issue/guide?submittedOn=2026-02-12&nationality=foreign');
    expect(res.statusCode, res.body).toBe(200);
    const guide = res.json();
    expect(guide.components.length).toBeGreaterThan(4);
    expect(guide.steps[0]).toMatchObject({ code: 'completeness_check', startOn: '2026-02-12', dueOn: '2026-02-23' });
    // 2 WD check (→ 23/2) + 30 WD: 24/2 … 6/4/2026
    expect(guide.expectedDecisionOn).toBe('2026-04-06');
    const day = new Date(`${guide.expectedDecisionOn}T00:00:00Z`).getUTCDay();
    expect([0, 6]).not.toContain(day);
  });

  it('asks which content changes for an amendment, and narrows the components once answered', async () => {
    const open = (await t.anonymous('GET', '/api/v1/procedures/rep_office.amend/guide')).json();
    expect(open.openQuestions).toContain('amendKind');
    const answered = (await t.anonymous('GET', '/api/v1/procedures/rep_office.amend/guide?amendKind=reissue_lost')).json();
    expect(answered.openQuestions).not.toContain('amendKind');
  });
});
