// `npm run db:seed`: migrate, then seed the demo accounts and NGOs if the database has no users.
// On PostgreSQL it seeds only with SEED_DEMO=true (it never touches a populated database either way).
import { loadConfig } from '../server/config/env';
import { seedDemoData, shouldSeedDemo } from '../server/features/demo/demo.seed';
import { openConfiguredDatabase } from '../server/main';
import { systemClock } from '../server/platform/clock';
import { runMigrations } from '../server/platform/db/migrate';

const config = loadConfig();
try {
  const { database, lock } = await openConfiguredDatabase(config, 'db:seed');
  await runMigrations(database);
  if (shouldSeedDemo(config)) {
    const created = await seedDemoData({ db: database.db, clock: systemClock, config, log: console as never }, { print: true });
    if (!created.length) console.log('Nothing seeded: the database already has users.');
  } else {
    console.log('Not seeding: set SEED_DEMO=true to seed a PostgreSQL database.');
  }
  await database.close();
  lock?.release();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
