import { compareVietnamese } from '../../components/text';

/** One choice of a filter, with the number of organisations it would leave. */
export interface FacetOption {
  value: string;
  name: string;
  count: number;
}

/**
 * The choices of a facet filter: every value the server counted (with its count), named and sorted in
 * Vietnamese order, plus the selected value with a count of 0 when it no longer appears (so it stays visible).
 * With `allValues` every known value is listed, those without results last.
 */
export function facetOptions(
  counts: readonly { value: string; count: number }[] | undefined,
  nameOf: (value: string) => string,
  options: { selected?: string; allValues?: readonly string[]; keepOrder?: boolean } = {},
): FacetOption[] {
  const countOf = new Map((counts ?? []).map((c) => [c.value, c.count]));
  const values = new Set<string>([...(options.allValues ?? []), ...countOf.keys()]);
  if (options.selected) values.add(options.selected);
  const list = [...values].map((value) => ({ value, name: nameOf(value), count: countOf.get(value) ?? 0 }));
  if (options.keepOrder) return list;
  return list.sort((a, b) => (a.count === 0) !== (b.count === 0) ? (a.count === 0 ? 1 : -1) : compareVietnamese(a.name, b.name));
}
