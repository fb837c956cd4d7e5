import { describe, expect, it } from 'vitest';
import { toSearchQuery } from './api';
import { facetOptions } from './facet-options';
import { filtersFromParams, hasActiveFilters, paramsFromFilters } from './registry-filters';

describe('registry filters in the address', () => {
  it('round-trips every filter', () => {
    const params = new URLSearchParams('q=cuu tro&province=46&field=health&country=US&type=operation&status=valid&expiring=90&legacy=false&sort=valid_to');
    const filters = filtersFromParams(params);
    expect(filters).toEqual({ q: 'cuu tro', province: '46', field: 'health', country: 'US', type: 'operation', status: 'valid', expiringWithinDays: 90, legacy: false, sort: 'valid_to' });
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
  });

  it('ignores unknown values and defaults to relevance', () => {
    expect(filtersFromParams(new URLSearchParams('type=passport&status=x&expiring=-3&sort=random&legacy=maybe'))).toEqual({ sort: 'relevance' });
    expect(paramsFromFilters({ sort: 'relevance' }).toString()).toBe('');
  });

  it('tells filters from the search text', () => {
    expect(hasActiveFilters({ q: 'x', sort: 'name' })).toBe(false);
    expect(hasActiveFilters({ sort: 'relevance', legacy: false })).toBe(true);
  });

  it('sends only the filters that are set, legacy as "true"/"false"', () => {
    expect(toSearchQuery({ sort: 'relevance', legacy: true, province: '46' }, 'abc')).toEqual({ sort: 'relevance', limit: 20, legacy: 'true', province: '46', cursor: 'abc' });
  });
});

describe('facetOptions', () => {
  const nameOf = (code: string) => ({ '01': 'Hà Nội', '46': 'Huế', '11': 'Điện Biên', '04': 'Cao Bằng' })[code] ?? code;

  it('names and sorts the counted values in Vietnamese order', () => {
    const options = facetOptions([{ value: '46', count: 3 }, { value: '11', count: 1 }, { value: '04', count: 2 }], nameOf);
    expect(options.map((o) => `${o.name} (${o.count})`)).toEqual(['Cao Bằng (2)', 'Điện Biên (1)', 'Huế (3)']);
  });

  it('keeps the selected value with a count of 0 and lists values without results last', () => {
    const options = facetOptions([{ value: '46', count: 3 }], nameOf, { selected: '01', allValues: ['04'] });
    expect(options.map((o) => `${o.value}:${o.count}`)).toEqual(['46:3', '04:0', '01:0']);
  });
});
