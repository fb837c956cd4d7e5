/**
 * Writes the reference seed SQL (see build-seed-sql.ts) to the file given as the only argument, typically a
 * drizzle custom migration created with `drizzle-kit generate --custom --name reference_seed`.
 *
 * Usage: node --import tsx server/features/reference/seed/write-seed-migration.ts migrations/0003_reference_seed.sql
 */
import { writeFileSync } from 'node:fs';
import { buildReferenceSeedSql } from './build-seed-sql';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  console.error('Usage: write-seed-migration.ts <output.sql>');
  process.exit(2);
}
const sql = buildReferenceSeedSql();
writeFileSync(target, sql);
console.log(`wrote ${sql.length} characters of reference seed SQL to ${target}`);
