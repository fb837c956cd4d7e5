import { z } from 'zod';

/** The server clock as the development clock shows it. */
export const devClockSchema = z
  .object({
    now: z.string().describe('The server’s current instant (ISO), offset included'),
    offsetDays: z.number().describe('Days the server clock runs ahead of real time (negative: behind)'),
  })
  .meta({ id: 'DevClock' });

/** Moving the development clock: whole days from real time (0 puts it back). */
export const devClockBodySchema = z.object({
  offsetDays: z.number().int().min(-400).max(400).describe('Whole days ahead of real time (-400…400); 0 = real time'),
});
