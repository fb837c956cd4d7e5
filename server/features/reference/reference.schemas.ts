import { z } from 'zod';

export const provinceSchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), kind: z.enum(['province', 'city']) }).meta({ id: 'Province' });
export const legacyProvinceSchema = z
  .object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), successorCode: z.string(), validTo: z.string() })
  .meta({ id: 'LegacyProvince' });
export const fieldSchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }).meta({ id: 'Field' });
export const countrySchema = z.object({ code: z.string(), alpha3: z.string(), nameVi: z.string(), nameEn: z.string() }).meta({ id: 'Country' });
export const calendarDaySchema = z
  .object({
    day: z.string(),
    isWorkingDay: z.boolean(),
    kind: z.enum(['holiday', 'compensatory_day_off', 'swap_day_off', 'make_up_working_day', 'extra_holiday']),
    nameVi: z.string(),
    nameEn: z.string(),
    source: z.enum(['computed', 'official', 'admin']),
  })
  .meta({ id: 'CalendarDay' });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const calendarQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const calendarDayParamsSchema = z.object({ day: z.iso.date() });
export const calendarDayBodySchema = z
  .object({
    isWorkingDay: z.boolean(),
    kind: z.enum(['holiday', 'compensatory_day_off', 'swap_day_off', 'make_up_working_day', 'extra_holiday']),
    nameVi: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .refine((v) => v.isWorkingDay === (v.kind === 'make_up_working_day'), {
    message: 'A make-up working day is a working day; every other kind is a day off.',
    path: ['isWorkingDay'],
  });

export const workingDaysQuerySchema = z.object({
  from: z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2099-12-31', { message: 'Between 2000 and 2099.' }),
  add: z.coerce.number().int().min(0).max(250),
});
export const workingDaysSchema = z
  .object({
    from: z.string().describe('Day 0 (the event day; not counted) / Ngày xảy ra sự kiện (không tính)'),
    add: z.number().int(),
    dueDay: z.string().describe('The add-th working day after from / Ngày làm việc thứ add sau from'),
    deadlineAt: z.string().describe('End of dueDay in Vietnam (23:59:59.999 UTC+7), ISO instant / Hết ngày dueDay'),
  })
  .meta({ id: 'WorkingDayDeadline' });
