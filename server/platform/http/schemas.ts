import { z } from 'zod';

/** `{ vi, en }` message. */
export const bilingualSchema = z.object({ vi: z.string(), en: z.string() });

/** The one error body of the API. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable snake_case code, e.g. invalid_credentials'),
      message: bilingualSchema,
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'ErrorResponse' });

/** Response map entries for the given error statuses (each route lists the ones it can return). */
export function errorResponses<const S extends readonly number[]>(...statuses: S): { [K in S[number]]: typeof errorResponseSchema } {
  return Object.fromEntries(statuses.map((s) => [s, errorResponseSchema])) as { [K in S[number]]: typeof errorResponseSchema };
}

/** Shared id param. */
export const uuidParamsSchema = z.object({ id: z.uuid() });

/** ISO date string `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();
