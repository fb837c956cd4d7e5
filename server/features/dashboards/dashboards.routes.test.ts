import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReportingData } from '../../../bench/reporting-data';
import { consolidationFromAggregate, consolidationFromLines } from '../../../bench/reporting-queries';
import { createTestApp, fixedClock, type Session, type TestApp } from '../../test/test-app';
import { DASHBOARD_CHARTS } from './dashboards.schemas';
import { clearPublicStatisticsCache, queryOverview } from './dashboards.service';

let t: TestApp;
let mofa: Session;
let hue: Session;
let police: Session;
let ngo: Session;
const rows = async <T>(query: ReturnType<typeof sql>) => (await t.deps.db.execute(query)) as unknown as { rows: T[] };

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(new Date('2026-11-23T03:00:00Z')) });
  [mofa, hue, police, ngo] = [await t.login('mofa.officer'), await t.login('hue.focal'), await t.login('police.focal'), await t.login('ngo.demo')];
  // Synthetic submitted reports for the demo register (the same generator as the 200k benchmark, small scale).
  await generateReportingData(t.deps.db, { years: [2022, 2023] });
  clearPublicStatisticsCache();
}, 180_000);
afterAll(async () => t?.close());

const overview = async (session: Session) => {
  const res = await session.request('GET', '/api/v1/dashboards/overview');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('GET /api/v1/dashboards/overview', () => {
  it('answers 401 without a session and 403 to an NGO', async () => {
    expect((await t.anonymous('GET', '/api/v1/dashboards/overview')).statusCode).toBe(401);
    expect((await ngo.request('GET', '/api/v1/dashboards/overview')).statusCode).toBe(403);
  });

  it('shows MOFA the whole country: provinces are today’s 34 (pre-2025 areas rolled up), aid per year from the pre-aggregate', async () => {
    const body = await overview(mofa);
    expect(body.scope).toEqual({ kind: 'all' });
    const current = new Set((await rows<{ code: string }>(sql`select code from province`)).rows.map((r) => r.code));
    expect(current.size).toBe(34);
    expect(body.ngosByProvince.length).toBeGreaterThan(3);
    expect(body.ngosByProvince.every((r: { code: string }) => current.has(r.code))).toBe(true);
    const hueRow = body.ngosByProvince.find((r: { code: string }) => r.code === '46');
    expect(hueRow.nameVi).toBe('Huế');
    expect(body.ngosByCountry.length).toBeLessThanOrEqual(16);
    expect(body.aidByYear.map((r: { year: number }) => r.year)).toEqual(expect.arrayContaining([2022, 2023]));
    const [fromLines] = (await rows<{ c: number }>(sql`select sum(committed_usd)::float8 as c from report_aid_line where current and source = 'ngo' and reporting_year = 2023`)).rows;
    expect(body.aidByYear.find((r: { year: number }) => r.year === 2023).committedUsd).toBeCloseTo(Number(fromLines!.c), 2);
    expect(body.certificateExpiries.map((r: { withinDays: number }) => r.withinDays)).toEqual([30, 90, 180]);
    expect(body.dossierTimeliness).not.toBeNull();
    expect(body.consultationTimeliness.totals).toHaveProperty('missing');
  });

  it('shows a province unit only NGOs working in its province and aid reported there', async () => {
    const body = await overview(hue);
    expect(body.scope).toEqual({ kind: 'province', provinceCode: '46' });
    expect(body.ngosByProvince.map((r: { code: string }) => r.code)).toEqual(['46']);
    const [inHue] = (await rows<{ c: number }>(sql`select coalesce(sum(committed_usd), 0)::float8 as c from aid_aggregate where province_code = '46' and reporting_year = 2023`)).rows;
    expect(body.aidByYear.find((r: { year: number }) => r.year === 2023)?.committedUsd ?? 0).toBeCloseTo(Number(inHue!.c), 2);
    const all = await overview(mofa);
    expect(body.ngosByProvince[0].count).toBe(all.ngosByProvince.find((r: { code: string }) => r.code === '46').count);
    expect(body.dossierTimeliness).toBeNull();
  });

  it('shows the police (a standing consultee) the whole country', async () => {
    expect((await overview(police)).scope).toEqual({ kind: 'all' });
  });

  it('restricts a ministry’s statements to its fields', async () => {
    const scoped = await queryOverview(t.deps.db, { kind: 'fields', fieldCodes: ['health'] }, '2026-11-23');
    expect(scoped.ngosByField.map((r) => r.code)).toEqual(['health']);
    const [health] = (await rows<{ c: number }>(sql`select coalesce(sum(committed_usd), 0)::float8 as c from aid_aggregate where field_code = 'health'`)).rows;
    expect(scoped.aidByYear.reduce((s, r) => s + r.committedUsd, 0)).toBeCloseTo(Number(health!.c), 2);
  });

  it('downloads each chart as CSV with a BOM and Vietnamese headers', async () => {
    for (const chart of DASHBOARD_CHARTS) {
      const res = await mofa.request('GET', `/api/v1/dashboards/overview/csv?chart=${chart}`);
      expect(res.statusCode, `${chart}: ${res.body}`).toBe(200);
      expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(res.headers['content-disposition']).toContain(`ingo-dashboard-${chart}-2026-11-23.csv`);
    }
    const res = await mofa.request('GET', '/api/v1/dashboards/overview/csv?chart=ngosByProvince');
    expect(res.body).toContain('Tỉnh, thành phố');
    expect(res.body).toContain('Huế');
    const english = await mofa.request('GET', '/api/v1/dashboards/overview/csv?chart=ngosByProvince', undefined, { 'accept-language': 'en' });
    expect(english.body).toContain('Province');
    expect((await hue.request('GET', '/api/v1/dashboards/overview/csv?chart=dossierTimeliness')).statusCode).toBe(404);
    expect((await mofa.request('GET', '/api/v1/dashboards/overview/csv?chart=nope')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/public/statistics', () => {
  const ALLOWED_KEYS = new Set(['asOf', 'ngosByCountry', 'ngosByField', 'ngosByProvince', 'certificatesByStatus', 'aidByYear', 'code', 'nameVi', 'nameEn', 'count', 'status', 'year', 'committedUsd', 'disbursedUsd']);
  const keysOf = (value: unknown, into = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        into.add(k);
        keysOf(v, into);
      }
    }
    return into;
  };

  it('answers without a login with aggregates only: no personal field, no person’s name, no single NGO', async () => {
    const res = await t.anonymous('GET', '/api/v1/public/statistics');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([...keysOf(body)].filter((k) => !ALLOWED_KEYS.has(k))).toEqual([]);
    const people = (await rows<{ name: string }>(sql`select full_name as name from person`)).rows.map((r) => r.name);
    const organisations = (await rows<{ name: string; code: string }>(sql`select name_en as name, registry_code as code from organization`)).rows;
    expect(people.length).toBeGreaterThan(5);
    for (const name of people) expect(res.body).not.toContain(name);
    for (const o of organisations) expect(res.body).not.toContain(o.code);
    expect(res.body).not.toMatch(/@|passport|birth|phone|email|representative/i);
    expect(body.ngosByProvince.length).toBeGreaterThan(0);
    expect(body.certificatesByStatus.map((r: { status: string }) => r.status)).toContain('valid');
  });

  it('downloads public charts as CSV and refuses the internal ones', async () => {
    const res = await t.anonymous('GET', '/api/v1/public/statistics/csv?chart=ngosByCountry');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await t.anonymous('GET', '/api/v1/public/statistics/csv?chart=dossierTimeliness')).statusCode).toBe(400);
  });
});

describe('reporting benchmark statements (small scale)', () => {
  it('gives the same consolidated sums from aid_aggregate as straight from the aid lines', async () => {
    const [fromAggregate, fromLines] = [await consolidationFromAggregate(t.deps.db), await consolidationFromLines(t.deps.db)];
    const keyed = (rows: typeof fromLines) => rows.map((r) => `${r.year}|${r.dimension}|${r.key}|${Number(r.committedUsd).toFixed(0)}|${r.lines}`);
    expect(fromAggregate.length).toBeGreaterThan(4);
    expect(new Set(fromAggregate.map((r) => r.dimension))).toEqual(new Set(['year', 'province', 'field', 'country']));
    expect(keyed(fromAggregate)).toEqual(keyed(fromLines));
  });

  it('loads 1–4 submitted aid lines per NGO report and reuses a loaded year', async () => {
    const again = await generateReportingData(t.deps.db, { years: [2022, 2023] });
    expect(again.campaigns).toBe(2);
    expect(again.loadedYears).toEqual([]);
    expect(again.versions).toBe(again.obligations);
    expect(again.aidLines).toBeGreaterThanOrEqual(again.versions);
    expect(again.aidLines).toBeLessThanOrEqual(again.versions * 4);
  });
});
