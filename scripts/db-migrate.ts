// `npm run db:migrate`: apply pending migrations to DATABASE_URL or to the embedded database under DATA_DIR.
// The server also migrates at start; this refuses to touch an embedded directory a running server owns.
import { loadConfig } from '../server/config/env';
import { openConfiguredDatabase } from '../server/main';
import { runMigrations } from '../server/platform/db/migrate';

const config = loadConfig();
try {
  const { database, lock } = await openConfiguredDatabase(config, 'db:migrate');
  await runMigrations(database);
  await database.close();
  lock?.release();
  console.log(`Migrations applied (${database.kind}).`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
