import { describe, expect, it } from 'vitest';
import type { Permission } from '../api/types';
import { visibleEntries } from './navigation';

const keysFor = (permissions: Permission[]) => visibleEntries({ permissions }).map((entry) => entry.key);

describe('visibleEntries', () => {
  it('shows administration only to users holding its permissions', () => {
    expect(keysFor(['users:manage', 'audit:read'])).toEqual(['users', 'audit', 'account']);
    expect(keysFor(['users:manage', 'audit:read', 'reference:manage'])).toEqual(['users', 'audit', 'consultationSettings', 'account']);
  });

  it('shows the consultation requests to an agency focal point and viewer, not to MOFA', () => {
    expect(keysFor(['registry:read', 'consultations:read', 'consultations:answer'])).toEqual(['registry', 'consultations', 'account']);
    expect(keysFor(['registry:read', 'consultations:read', 'consultations:answer', 'reports:read'])).toEqual(['registry', 'consultations', 'dashboard', 'account']);
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

  it('shows the dashboard to everyone who reads reports (MOFA and agencies), not to an NGO', () => {
    expect(keysFor(['registry:read', 'dossiers:process', 'consultations:read', 'reports:read', 'reports:manage'])).toEqual(['dossiers', 'registry', 'dashboard', 'actionProgram', 'consolidation', 'reportCampaigns', 'account']);
    expect(keysFor(['reports:read'])).toEqual(['dashboard', 'account']);
    expect(keysFor(['ngo:self', 'reports:file'])).not.toContain('dashboard');
  });

  it('shows the action program to agencies that file reports and to MOFA, the consolidation to MOFA, neither to an NGO', () => {
    expect(keysFor(['registry:read', 'consultations:read', 'consultations:answer', 'reports:read', 'reports:file'])).toEqual(['registry', 'consultations', 'dashboard', 'actionProgram', 'reports', 'account']);
    expect(keysFor(['reports:read', 'reports:manage'])).toEqual(['dashboard', 'actionProgram', 'consolidation', 'reportCampaigns', 'account']);
    expect(keysFor(['ngo:self', 'reports:file'])).not.toContain('actionProgram');
    expect(keysFor(['ngo:self', 'reports:file'])).not.toContain('consolidation');
  });

  it('shows "Reports" to those who file (NGOs, agencies) and the campaigns to MOFA', () => {
    expect(keysFor(['ngo:self', 'reports:file'])).toEqual(['procedures', 'myDossiers', 'reports', 'account']);
    expect(keysFor(['reports:manage'])).toEqual(['actionProgram', 'consolidation', 'reportCampaigns', 'account']);
    expect(keysFor(['ngo:self', 'reports:file'])).not.toContain('reportCampaigns');
  });

  it('shows only the account to a user without permissions', () => {
    expect(keysFor([])).toEqual(['account']);
  });
});
