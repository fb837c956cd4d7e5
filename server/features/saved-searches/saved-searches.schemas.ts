import { z } from 'zod';
import { searchQuerySchema } from '../organizations/organizations.schemas';

/** At most this many saved searches per user (a dropdown, not an archive). */
export const MAX_SAVED_SEARCHES_PER_USER = 100;

const { cursor: _cursor, limit: _limit, legacy: _legacy, expiringWithinDays: _days, ...searchFields } = searchQuerySchema.shape;

/**
 * The filters of a saved look-up: the fields of the registry search query (`searchQuerySchema`) without paging
 * (cursor, limit), in JSON types (a number and a boolean instead of query-string text). Unknown keys are refused.
 */
export const savedSearchQuerySchema = z
  .strictObject({
    ...searchFields,
    expiringWithinDays: z.number().int().min(0).max(3650).optional(),
    legacy: z.boolean().optional().describe('true = current certificate under Decree 12/2012'),
  })
  .meta({ id: 'SavedSearchQuery' });

const name = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .overwrite((s) => s.normalize('NFC').replace(/\s+/g, ' '))
  .describe('Unique per user (case-insensitive)');

/** Saving the current look-up under a name. */
export const createSavedSearchBodySchema = z.object({ name, query: savedSearchQuerySchema }).meta({ id: 'CreateSavedSearchRequest' });

/** Renaming a saved search and/or replacing its filters. */
export const updateSavedSearchBodySchema = z
  .object({ name: name.optional(), query: savedSearchQuerySchema.optional() })
  .refine((body) => body.name !== undefined || body.query !== undefined, { message: 'name or query is required' })
  .meta({ id: 'UpdateSavedSearchRequest' });

/** A saved search as its owner sees it. */
export const savedSearchSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    query: savedSearchQuerySchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SavedSearch' });

/** The caller's saved searches, by name. */
export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) }).meta({ id: 'SavedSearchList' });
