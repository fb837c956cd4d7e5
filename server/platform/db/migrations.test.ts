import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

const one = async <T>(query: ReturnType<typeof sql>): Promise<T> => {
  const result = (await t.database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows[0]!;
};

describe('migrations (applied to a fresh database of this run’s kind)', () => {
  it('folds Vietnamese diacritics and case, including đ → d', async () => {
    const row = await one<{ a: string; b: string }>(sql`select vn_norm('Đà Nẵng') as a, vn_norm('HỘI CHỮ THẬP ĐỎ') as b`);
    expect(row).toEqual({ a: 'da nang', b: 'hoi chu thap do' });
  });

  it('has pg_trgm for typo-tolerant matching', async () => {
    const row = await one<{ s: number }>(sql`select word_similarity(vn_norm('cuu tro tre em'), vn_norm('Tổ chức Cứu trợ Trẻ em Quốc tế')) as s`);
    expect(Number(row.s)).toBeGreaterThan(0.9);
  });

  it('seeds the reference data: 34 provinces, 63 legacy provinces mapped to them, countries, agencies, calendar', async () => {
    const row = await one<Record<string, string | number>>(sql`select
      (select count(*) from province)::int as provinces,
      (select count(*) from legacy_province)::int as legacy,
      (select count(*) from legacy_province l left join province p on p.code = l.successor_code where p.code is null)::int as orphans,
      (select count(*) from country)::int as countries,
      (select count(*) from org_unit where kind = 'province')::int as focal_units,
      (select name_vi from org_unit where code = 'MPS') as mps,
      (select s.code from org_unit m join org_unit s on s.id = m.successor_id where m.code = 'MPI') as mpi_successor,
      (select count(*) from calendar_day where day between '2026-02-16' and '2026-02-20' and not is_working_day)::int as tet_2026`);
    expect(row).toEqual({ provinces: 34, legacy: 63, orphans: 0, countries: 249, focal_units: 34, mps: 'Bộ Công an', mpi_successor: 'MOF', tet_2026: 5 });
  });

  it('keeps the audit log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await t.database.db.execute(sql`insert into audit_event (action, entity_type) values ('test.append', 'test')`);
    const refusal = async (query: ReturnType<typeof sql>) => {
      const error = (await t.database.db.execute(query).then(() => null, (e: unknown) => e)) as { message: string; cause?: { message: string } } | null;
      return error ? (error.cause?.message ?? error.message) : 'no error';
    };
    expect(await refusal(sql`update audit_event set action = 'x'`)).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(sql`delete from audit_event`)).toMatch(/append-only \(DELETE refused\)/);
    expect(await refusal(sql`truncate audit_event`)).toMatch(/append-only \(TRUNCATE refused\)/);
    const row = await one<{ n: number }>(sql`select count(*)::int as n from audit_event where action = 'test.append'`);
    expect(row.n).toBe(1);
  });
});
