import { describe, expect, it } from 'vitest';
import type { Permission } from '../api/types';
import { visibleEntries } from './navigation';

const keysFor = (permissions: Permission[]) => visibleEntries({ permissions }).map((entry) => entry.key);

describe('visibleEntries', () => {
  it('shows administration only to users holding its permissions', () => {
    expect(keysFor(['users:manage', 'audit:read'])).toEqual(['users', 'audit', 'account']);
  });

  it('shows the consultation requests to an agency focal point and viewer, not to MOFA', () => {
    expect(keysFor(['registry:read', 'consultations:read', 'consultations:answer'])).toEqual(['registry', 'consultations', 'account']);
    expect(keysFor(['registry:read', 'consultations:read'])).toEqual(['registry', 'consultations', 'account']);
    expect(keysFor(['registry:read', 'dossiers:process', 'consultations:read'])).toEqual(['dossiers', 'registry', 'account']);
  });

  it('shows the bulk import to a registry manager, after the registry', () => {
    expect(keysFor(['registry:read', 'registry:manage'])).toEqual(['registry', 'registryImport', 'account']);
  });

  it('shows the procedures and their dossiers to an NGO representative, and the queue to MOFA', () => {
    expect(keysFor(['ngo:self'])).toEqual(['procedures', 'myDossiers', 'account']);
    expect(keysFor(['registry:read', 'dossiers:process'])).toEqual(['dossiers', 'registry', 'account']);
  });

  it('shows only the account to a user without permissions', () => {
    expect(keysFor([])).toEqual(['account']);
  });
});
