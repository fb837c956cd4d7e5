import { date, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { province } from '../reference/reference.tables';

export const ORG_UNIT_KINDS = ['mofa', 'ministry', 'agency', 'province', 'ngo'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * An organisation unit a user belongs to: MOFA / COMINGO ('mofa'), a ministry ('ministry'), another central
 * agency such as the State Bank or VUFO ('agency'), a province's focal unit ('province') or a foreign NGO ('ngo').
 * Ministries merged in 2025 keep their row with `activeTo` set and a `successorId` (brief §9.4).
 */
export const orgUnit = pgTable(
  'org_unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: ORG_UNIT_KINDS }).notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    abbreviation: text('abbreviation'),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnit.id),
    provinceCode: text('province_code').references(() => province.code),
    successorId: uuid('successor_id').references((): AnyPgColumn => orgUnit.id),
    activeFrom: date('active_from'),
    activeTo: date('active_to'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_unit_kind_idx').on(t.kind), index('org_unit_province_idx').on(t.provinceCode)],
);
