import { z } from 'zod';
import { searchQuerySchema } from '../organizations/organizations.schemas';

/** Query of the export: the same filters and sort as GET /organizations, plus the file format. */
export const exportQuerySchema = searchQuerySchema.omit({ cursor: true, limit: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
