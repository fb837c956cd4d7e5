import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The 34 provincial-level units in force since 12 Jun 2025 (brief §9.3). Code = GSO code. */
export const province = pgTable('province', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  /** 'city' = centrally-run city (thành phố trực thuộc trung ương), 'province' = tỉnh. */
  kind: text('kind', { enum: ['province', 'city'] }).notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/** The 63 provinces in force before 12 Jun 2025, each mapped to its successor among the 34 (brief §9.3). */
export const legacyProvince = pgTable(
  'legacy_province',
  {
    code: text('code').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: ['province', 'city'] }).notNull(),
    successorCode: text('successor_code')
      .notNull()
      .references(() => province.code),
    validTo: date('valid_to').notNull(),
  },
  (t) => [index('legacy_province_successor_idx').on(t.successorCode)],
);

/** Fields / sectors (lĩnh vực) an NGO may register in: a configurable list (brief §2, unconfirmed vocabulary). */
export const field = pgTable('field', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
  active: boolean('active').notNull().default(true),
});

/** Countries and territories (ISO 3166-1) with Vietnamese and English names. */
export const country = pgTable('country', {
  code: text('code').primaryKey(),
  alpha3: text('alpha3').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

/**
 * Working-day calendar exceptions (brief §9.1–9.2). A date absent from this table is a working day
 * on Monday–Friday and a rest day on Saturday/Sunday; a row overrides that.
 */
export const calendarDay = pgTable('calendar_day', {
  day: date('day').primaryKey(),
  isWorkingDay: boolean('is_working_day').notNull(),
  kind: text('kind', {
    enum: ['holiday', 'compensatory_day_off', 'swap_day_off', 'make_up_working_day', 'extra_holiday'],
  }).notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  /** 'computed' = from Labour Code Art. 112 rules and the lunar calendar; 'official' = announced schedule; 'admin' = edited in the app. */
  source: text('source', { enum: ['computed', 'official', 'admin'] }).notNull(),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
