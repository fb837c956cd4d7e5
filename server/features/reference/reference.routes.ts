import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { errorResponses } from '../../platform/http/schemas';
import * as repo from './reference.repo';
import {
  calendarDaySchema,
  calendarQuerySchema,
  countrySchema,
  fieldSchema,
  legacyProvinceSchema,
  listOf,
  provinceSchema,
  workingDaysQuerySchema,
  workingDaysSchema,
} from './reference.schemas';
import { computeWorkingDayDeadline } from './reference.service';

const tags = ['reference'];

/** Public reference lists: provinces (current and pre-2025), fields, countries, the working-day calendar. */
export const referenceRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const pick = <T extends Record<string, unknown>, K extends keyof T>(rows: T[], keys: K[]) =>
    rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])) as Pick<T, K>);

  app.get(
    '/reference/provinces',
    { config: { access: 'public' }, schema: { operationId: 'listProvinces', tags, summary: 'The 34 provinces / 34 tỉnh, thành phố', response: { 200: listOf(provinceSchema) } } },
    async () => ({ items: pick(await repo.selectProvinces(deps.db), ['code', 'nameVi', 'nameEn', 'kind']) }),
  );
  app.get(
    '/reference/legacy-provinces',
    {
      config: { access: 'public' },
      schema: { operationId: 'listLegacyProvinces', tags, summary: 'The 63 pre-2025 provinces and their successors / 63 tỉnh trước 2025', response: { 200: listOf(legacyProvinceSchema) } },
    },
    async () => ({ items: pick(await repo.selectLegacyProvinces(deps.db), ['code', 'nameVi', 'nameEn', 'successorCode', 'validTo']) }),
  );
  app.get(
    '/reference/fields',
    { config: { access: 'public' }, schema: { operationId: 'listFields', tags, summary: 'Fields of operation / Lĩnh vực', response: { 200: listOf(fieldSchema) } } },
    async () => ({ items: pick(await repo.selectFields(deps.db), ['code', 'nameVi', 'nameEn']) }),
  );
  app.get(
    '/reference/countries',
    { config: { access: 'public' }, schema: { operationId: 'listCountries', tags, summary: 'Countries (ISO 3166) / Quốc gia', response: { 200: listOf(countrySchema) } } },
    async () => ({ items: pick(await repo.selectCountries(deps.db), ['code', 'alpha3', 'nameVi', 'nameEn']) }),
  );
  app.get(
    '/reference/calendar',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listCalendarDays',
        tags,
        summary: 'Holidays and day swaps of a year / Ngày nghỉ lễ và hoán đổi ngày làm việc',
        querystring: calendarQuerySchema,
        response: { 200: listOf(calendarDaySchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const y = request.query.year;
      const rows = await repo.selectCalendarDays(deps.db, `${y}-01-01`, `${y + 1}-01-01`);
      return { items: pick(rows, ['day', 'isWorkingDay', 'kind', 'nameVi', 'nameEn', 'source']) };
    },
  );
  app.get(
    '/reference/calendar/working-days',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'addWorkingDays',
        tags,
        summary: 'Due day N working days after a day / Ngày đến hạn sau N ngày làm việc',
        description: 'Day `from` is day 0 and does not count (Civil Code 2015 Art. 147); the deadline is the end of the due day in Vietnam.',
        querystring: workingDaysQuerySchema,
        response: { 200: workingDaysSchema, ...errorResponses(400) },
      },
    },
    async (request) => computeWorkingDayDeadline(deps, request.query.from, request.query.add),
  );
};
