import { vnDateOf } from '../../../common/dates';
import type { Database } from '../../platform/db/client';
import { DEMO_REGISTRY } from '../demo/demo-registry-data';
import { emptyRows, type SyntheticRows } from './synthetic-builder';
import { createContext, generateOrganization } from './synthetic-history';
import * as repo from './synthetic.repo';

/** What to generate. */
export interface SyntheticOptions {
  /** Number of NGOs to add. */
  organizations: number;
  /** Same seed (and same `today`) → same rows. */
  seed?: number;
  /** The day histories end on (YYYY-MM-DD, Vietnam); today by default. */
  today?: string;
  /** NGOs per INSERT statement (one transaction each). */
  batchSize?: number;
  /** Delete earlier synthetic NGOs first (otherwise their presence is refused). */
  resetSynthetic?: boolean;
  /** Called after each batch is stored. */
  onProgress?: (done: number, total: number) => void;
}

/** What was written and how long it took. */
export interface SyntheticReport {
  removed: number;
  counts: Record<keyof SyntheticRows, number>;
  today: string;
  seed: number;
  /** `insert` is the load time not spent generating (on PostgreSQL the two overlap). */
  ms: { generate: number; insert: number; analyze: number; total: number };
}

/** Thrown when the database already holds synthetic NGOs and no reset was asked for. */
export class SyntheticDataPresentError extends Error {
  constructor(readonly count: number) {
    super(
      `Cơ sở dữ liệu đã có ${count} tổ chức tổng hợp (mã SYN-…): thêm --reset-synthetic để xóa chúng trước. / ` +
        `The database already holds ${count} synthetic NGOs (SYN-… codes): add --reset-synthetic to delete them first.`,
    );
    this.name = 'SyntheticDataPresentError';
  }
}

/**
 * Fills the NGO register with synthetic NGOs for benchmarks and demos: the rows the registry services would
 * write (organisations, people, partners, certificates with areas, fields, version chains and decisions,
 * profile snapshots, derived search columns), generated deterministically and inserted in bulk, one batch per
 * transaction — several times faster than calling the services per record. Registry codes start with 'SYN-'.
 * @throws SyntheticDataPresentError
 */
export async function seedSyntheticRegistry(database: Database, options: SyntheticOptions): Promise<SyntheticReport> {
  const started = performance.now();
  const db = database.db;
  const seed = options.seed ?? 1;
  const today = options.today ?? vnDateOf(new Date());
  const batchSize = options.batchSize ?? 500;
  let removed = 0;
  if (options.resetSynthetic) removed = await db.transaction((tx) => repo.deleteSyntheticOrganizations(tx));
  else {
    const present = await repo.countSyntheticOrganizations(db);
    if (present) throw new SyntheticDataPresentError(present);
  }
  const taken = await repo.selectTakenNamesAndNumbers(db);
  // The demo register may be seeded later (it is seeded into an empty database): never take its names.
  taken.names.push(...DEMO_REGISTRY.flatMap((d) => [d.nameEn, d.nameOriginal]));
  const ctx = createContext(seed, today, await repo.selectActiveFieldCodes(db), taken, options.organizations);
  const counts = Object.fromEntries(Object.keys(emptyRows()).map((k) => [k, 0])) as SyntheticReport['counts'];
  const ms = { generate: 0, insert: 0, analyze: 0, total: 0 };
  // On PostgreSQL two batches are inserted at once (two connections, two cores) while the next is generated;
  // PGlite runs in this thread, so there each batch is awaited.
  const inFlight: Promise<void>[] = [];
  const maxInFlight = database.kind === 'pglite' ? 1 : 2;
  const t1 = performance.now();
  for (let from = 0; from < options.organizations; from += batchSize) {
    const t0 = performance.now();
    const rows = emptyRows();
    const to = Math.min(options.organizations, from + batchSize);
    for (let i = from; i < to; i++) generateOrganization(ctx, i, rows);
    for (const [k, list] of Object.entries(rows)) counts[k as keyof SyntheticRows] += list.length;
    ms.generate += performance.now() - t0;
    if (inFlight.length >= maxInFlight) await inFlight.shift();
    const insert = db.transaction((tx) => repo.insertSyntheticRows(tx, rows)).then(() => options.onProgress?.(to, options.organizations));
    insert.catch(() => undefined); // rejections are reported when awaited below, not as unhandled
    inFlight.push(insert);
    if (database.kind === 'pglite') await insert;
  }
  await Promise.all(inFlight);
  ms.insert = performance.now() - t1 - ms.generate;
  const t2 = performance.now();
  await repo.analyzeRegistryTables(db);
  ms.analyze = performance.now() - t2;
  ms.total = performance.now() - started;
  return { removed, counts, today, seed, ms };
}
