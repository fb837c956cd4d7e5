import { z } from 'zod';
import { ORG_UNIT_KINDS } from './units.tables';

export const unitSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
    nameVi: z.string(),
    nameEn: z.string(),
    abbreviation: z.string().nullable(),
    provinceCode: z.string().nullable(),
  })
  .meta({ id: 'Unit' });

export const unitListQuerySchema = z.object({ kind: z.enum(ORG_UNIT_KINDS).optional() });
export const unitListSchema = z.object({ items: z.array(unitSchema) });
