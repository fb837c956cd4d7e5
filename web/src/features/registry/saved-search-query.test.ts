import { describe, expect, it } from 'vitest';
import { filtersFromParams, type RegistryFilters } from './registry-filters';
import { isSavedQueryApplied, paramsOfSavedQuery, savedQueryOf } from './saved-search-query';

const filters: RegistryFilters = { q: 'cuu tro', province: '46', field: 'health', country: 'US', type: 'operation', status: 'valid', expiringWithinDays: 90, legacy: false, sort: 'name' };

describe('saved search queries', () => {
  it('keeps the set filters only, with the sort', () => {
    expect(savedQueryOf({ sort: 'relevance' })).toEqual({ sort: 'relevance' });
    expect(savedQueryOf(filters)).toEqual({ q: 'cuu tro', province: '46', field: 'health', country: 'US', type: 'operation', status: 'valid', expiringWithinDays: 90, legacy: false, sort: 'name' });
  });

  it('applies a saved query to the address as the page reads it (round trip)', () => {
    const params = paramsOfSavedQuery(savedQueryOf(filters));
    expect(params.toString()).toBe('q=cuu+tro&province=46&field=health&country=US&type=operation&status=valid&expiring=90&legacy=false&sort=name');
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('leaves out the default sort and values the page no longer offers', () => {
    expect(paramsOfSavedQuery({ sort: 'relevance', province: '46' }).toString()).toBe('province=46');
    expect(paramsOfSavedQuery({ sort: 'relevance', expiringWithinDays: 0 }).toString()).toBe('');
  });

  it('tells whether the page shows exactly a saved search', () => {
    const query = savedQueryOf(filters);
    expect(isSavedQueryApplied(query, filters)).toBe(true);
    expect(isSavedQueryApplied(query, { ...filters, province: '01' })).toBe(false);
  });
});
