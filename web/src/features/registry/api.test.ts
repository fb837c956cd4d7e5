import { describe, expect, it } from 'vitest';
import { registryKeys, toCountsQuery, toSearchQuery } from './api';
import type { RegistryFilters } from './registry-filters';

const filters: RegistryFilters = { q: 'cuu tro', province: '46', status: 'valid', legacy: false, sort: 'name' };

describe('registry look-up queries', () => {
  it('asks the counts with the look-up’s filters and text, without sort, cursor or page size', () => {
    expect(toSearchQuery(filters, 'abc')).toMatchObject({ sort: 'name', limit: 20, cursor: 'abc' });
    expect(toCountsQuery(filters)).toEqual({ q: 'cuu tro', province: '46', status: 'valid', legacy: 'false' });
  });

  it('keeps one counts entry whatever the sort order (the counts do not depend on it)', () => {
    expect(registryKeys.counts({ ...filters, sort: 'valid_to' })).toEqual(registryKeys.counts(filters));
    expect(registryKeys.search({ ...filters, sort: 'valid_to' })).not.toEqual(registryKeys.search(filters));
  });
});
