import type { FieldChange } from '../../api/types';
import { formatDate } from '../../components/format';
import { areaLabel, type AreaLike } from '../../components/registry/registry-labels';
import type { ReferenceNames } from '../reference/api';

/** What a diff needs to name things: reference look-ups and the labels of coded values. */
export interface DiffContext {
  names: Pick<ReferenceNames, 'province' | 'legacyProvince' | 'field'>;
  typeLabel: (type: string) => string;
  decisionLabel: (decision: string) => string;
}

/** One change of a version ready to show: what was added / removed (sets) or before → after (values). */
export type ChangeView =
  | { field: string; kind: 'set'; added: string[]; removed: string[] }
  | { field: string; kind: 'changed'; before: string; after: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isArea(value: unknown): value is AreaLike {
  return typeof value === 'object' && value !== null && typeof (value as AreaLike).provinceCode === 'string';
}

/** A value of a certificate field in words: province and field names, dates as DD/MM/YYYY, labels for codes. */
export function describeValue(field: string, value: unknown, context: DiffContext): string {
  if (value === null || value === undefined || value === '') return '—';
  if (isArea(value)) return areaLabel(value, context.names);
  if (typeof value === 'string') {
    if (field === 'fields') return context.names.field(value);
    if (field === 'officeCityCode') return context.names.province(value);
    if (field === 'type') return context.typeLabel(value);
    if (field === 'decisionStatus') return context.decisionLabel(value);
    if (ISO_DAY.test(value)) return formatDate(value);
    return value;
  }
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * The changes of a version in words. The representative's id is left out (its name, which the diff also
 * carries, says the same thing to a reader).
 */
export function describeChanges(diff: readonly FieldChange[] | null, context: DiffContext): ChangeView[] {
  return (diff ?? [])
    .filter((change) => change.field !== 'representativePersonId')
    .map((change) =>
      change.kind === 'set'
        ? {
            field: change.field,
            kind: 'set',
            added: change.added.map((value) => describeValue(change.field, value, context)),
            removed: change.removed.map((value) => describeValue(change.field, value, context)),
          }
        : {
            field: change.field,
            kind: 'changed',
            before: describeValue(change.field, change.before, context),
            after: describeValue(change.field, change.after, context),
          },
    );
}
