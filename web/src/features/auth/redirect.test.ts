import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirect';

describe('redirectTarget', () => {
  it('returns the remembered in-app path', () => {
    expect(redirectTarget({ from: '/admin/users?page=2' })).toBe('/admin/users?page=2');
  });

  it.each([[null], [{}], [{ from: 'https://evil.example' }], [{ from: '//evil.example' }], [{ from: '/login' }]])(
    'falls back to the home page for %j',
    (state) => {
      expect(redirectTarget(state)).toBe('/');
    },
  );
});
