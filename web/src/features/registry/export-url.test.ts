import { describe, expect, it } from 'vitest';
import { registryExportUrl } from './export-url';
import type { RegistryFilters } from './registry-filters';

const filters: RegistryFilters = { q: 'cuu tro', province: '46', field: 'health', country: 'US', type: 'operation', status: 'valid', expiringWithinDays: 90, legacy: false, sort: 'name' };

describe('registryExportUrl', () => {
  it('sends the filters with the search’s parameter names and the format, without paging', () => {
    expect(registryExportUrl(filters, 'xlsx')).toBe(
      '/api/v1/organizations/export?format=xlsx&q=cuu+tro&province=46&field=health&country=US&type=operation&status=valid&expiringWithinDays=90&legacy=false&sort=name',
    );
    expect(registryExportUrl({ sort: 'relevance' }, 'csv')).toBe('/api/v1/organizations/export?format=csv&sort=relevance');
  });

  it('encodes Vietnamese search words', () => {
    const url = new URL(registryExportUrl({ q: 'Cứu trợ & phát triển', sort: 'relevance' }, 'csv'), 'http://x');
    expect(url.searchParams.get('q')).toBe('Cứu trợ & phát triển');
  });
});
