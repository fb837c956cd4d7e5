// `npm run seed:synthetic -- --orgs 200000 [--seed 1] [--data-dir DIR] [--today YYYY-MM-DD] [--reset-synthetic] [--batch 500]`
// Adds synthetic NGOs (registry codes SYN-…) with realistic names, areas, fields and certificate histories to
// DATABASE_URL or to the embedded database under DATA_DIR (migrated first). Refuses, like db:migrate, while a
// server holds the embedded data directory. Exit codes: 0 done, 1 failed, 2 bad arguments, 3 data directory in use.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config/env';
import { seedSyntheticRegistry, SyntheticDataPresentError } from '../server/features/synthetic/synthetic.service';
import { openConfiguredDatabase } from '../server/main';
import { DataDirLockedError } from '../server/platform/db/lock';
import { runMigrations } from '../server/platform/db/migrate';

function fail(code: number, vi: string, en: string): never {
  console.error(`${vi}\n${en}`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      orgs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      today: { type: 'string' },
      'reset-synthetic': { type: 'boolean', default: false },
      batch: { type: 'string', default: '500' },
    },
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(2, `Tham số không hợp lệ: ${(error as Error).message}`, `Invalid arguments: ${(error as Error).message}`);
}
const orgs = Number(args.orgs);
const seed = Number(args.seed);
const batch = Number(args.batch);
if (!Number.isInteger(orgs) || orgs < 1 || orgs > 5_000_000) fail(2, 'Cần --orgs N (1–5.000.000).', 'Expected --orgs N (1–5,000,000).');
if (!Number.isInteger(seed) || seed < 0) fail(2, '--seed phải là số nguyên không âm.', '--seed must be a non-negative integer.');
if (!Number.isInteger(batch) || batch < 1 || batch > 5000) fail(2, '--batch phải từ 1 đến 5000.', '--batch must be between 1 and 5000.');
if (args.today && !/^\d{4}-\d{2}-\d{2}$/.test(args.today)) fail(2, '--today phải có dạng YYYY-MM-DD.', '--today must be YYYY-MM-DD.');

const config = loadConfig({ ...process.env, ...(args['data-dir'] ? { DATA_DIR: args['data-dir'] } : {}), LOG_LEVEL: 'silent' });
let opened: Awaited<ReturnType<typeof openConfiguredDatabase>>;
try {
  opened = await openConfiguredDatabase(config, 'seed:synthetic');
} catch (error) {
  if (error instanceof DataDirLockedError) {
    fail(3, 'Không thể thêm dữ liệu tổng hợp: một máy chủ INGO Hub đang dùng thư mục dữ liệu này.', `Cannot add synthetic data: ${error.message}`);
  }
  throw error;
}
const { database, lock } = opened;
try {
  await runMigrations(database);
  const where = database.kind === 'pglite' ? `embedded database in ${config.pgDataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Generating ${orgs} synthetic NGOs (seed ${seed}) into the ${where}…`);
  let last = 0;
  const report = await seedSyntheticRegistry(database, {
    organizations: orgs,
    seed,
    today: args.today,
    batchSize: batch,
    resetSynthetic: args['reset-synthetic'],
    onProgress: (done, total) => {
      if (done === total || Date.now() - last > 5000) {
        last = Date.now();
        console.log(`  ${done} / ${total}`);
      }
    },
  });
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (report.removed) console.log(`Removed ${report.removed} earlier synthetic NGOs.`);
  console.log(Object.entries(report.counts).map(([k, n]) => `${k} ${n}`).join(', '));
  console.log(`Done in ${s(report.ms.total)} (generate ${s(report.ms.generate)}, insert ${s(report.ms.insert)}, vacuum analyze ${s(report.ms.analyze)}); histories end on ${report.today}.`);
} catch (error) {
  if (error instanceof SyntheticDataPresentError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  lock?.release();
}
