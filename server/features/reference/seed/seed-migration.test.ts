import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../../platform/db/migrate';
import { buildReferenceSeedSql } from './build-seed-sql';

describe('committed reference seed migration', () => {
  it('matches the reference data modules (regenerate with write-seed-migration.ts when they change)', () => {
    const committed = fs.readFileSync(path.join(migrationsFolder, '0003_reference_seed.sql'), 'utf8');
    expect(committed.trim()).toBe(buildReferenceSeedSql().trim());
  });
});
