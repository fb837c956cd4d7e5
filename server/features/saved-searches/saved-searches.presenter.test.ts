import { describe, expect, it } from 'vitest';
import { presentSavedQuery, presentSavedSearch } from './saved-searches.presenter';

describe('presentSavedQuery', () => {
  it.each([
    ['a valid query as stored', { q: 'cuu tro', province: '46', legacy: true, expiringWithinDays: 90, sort: 'name' }, { q: 'cuu tro', province: '46', legacy: true, expiringWithinDays: 90, sort: 'name' }],
    ['no sort (the default is filled in)', { field: 'health' }, { field: 'health', sort: 'relevance' }],
    ['a status the search no longer accepts (dropped, the rest kept)', { status: 'archived', country: 'US' }, { country: 'US', sort: 'relevance' }],
    ['keys the search does not have (dropped)', { cursor: 'abc', limit: 20, province: '01' }, { province: '01', sort: 'relevance' }],
    ['something that is not an object', ['46'], { sort: 'relevance' }],
    ['null', null, { sort: 'relevance' }],
  ])('shows %s', (_label, stored, expected) => {
    expect(presentSavedQuery(stored)).toEqual(expected);
  });
});

describe('presentSavedSearch', () => {
  it('gives ISO timestamps', () => {
    const row = { id: 'a', userId: 'u', name: 'Huế', query: { province: '46' }, createdAt: new Date('2026-03-01T01:02:03Z'), updatedAt: new Date('2026-03-02T00:00:00Z') };
    expect(presentSavedSearch(row)).toEqual({ id: 'a', name: 'Huế', query: { province: '46', sort: 'relevance' }, createdAt: '2026-03-01T01:02:03.000Z', updatedAt: '2026-03-02T00:00:00.000Z' });
  });
});
