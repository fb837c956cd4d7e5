import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSULTATION_CONFIG } from '../consultation/consultees';
import { dashboardScopeOf, isNationalScope, type DashboardActor } from './dashboard-scope';

const actor = (over: Partial<DashboardActor>): DashboardActor => ({ role: 'agency_viewer', unitKind: 'ministry', provinceCode: null, unitCode: null, ...over });
const config = DEFAULT_CONSULTATION_CONFIG;

describe('dashboardScopeOf', () => {
  const cases: [string, DashboardActor, ReturnType<typeof dashboardScopeOf>][] = [
    ['anonymous sees nothing', actor({ role: null, unitKind: null }), { kind: 'none' }],
    ['an NGO sees nothing', actor({ role: 'ngo_representative', unitKind: 'ngo', unitCode: 'NGO-DEMO-001' }), { kind: 'none' }],
    ['a MOFA officer sees the whole country', actor({ role: 'mofa_officer', unitKind: 'mofa', unitCode: 'COMINGO' }), { kind: 'all' }],
    ['an administrator sees the whole country', actor({ role: 'system_admin', unitKind: 'mofa' }), { kind: 'all' }],
    ['a province focal unit sees its province', actor({ role: 'agency_focal', unitKind: 'province', provinceCode: '46', unitCode: 'PROV-46' }), { kind: 'province', provinceCode: '46' }],
    ['a province department sees its province', actor({ role: 'agency_focal', unitKind: 'province', provinceCode: '46', unitCode: 'PROV-46-CA' }), { kind: 'province', provinceCode: '46' }],
    ['a province unit without a province sees nothing', actor({ role: 'agency_focal', unitKind: 'province', provinceCode: null }), { kind: 'none' }],
    ['the police (standing consultee) sees the whole country', actor({ role: 'agency_focal', unitKind: 'ministry', unitCode: 'MPS' }), { kind: 'all' }],
    ['the finance ministry (standing consultee) sees the whole country', actor({ unitCode: 'MOF' }), { kind: 'all' }],
    ['the State Bank (an agency) sees the whole country', actor({ unitKind: 'agency', unitCode: 'SBV' }), { kind: 'all' }],
    ['the health ministry sees its fields', actor({ unitCode: 'MOH' }), { kind: 'fields', fieldCodes: ['children', 'disability', 'health', 'social_protection'] }],
    ['the education ministry sees education', actor({ unitCode: 'MOET' }), { kind: 'fields', fieldCodes: ['education'] }],
    ['a ministry with no field sees nothing', actor({ unitCode: 'MOJ' }), { kind: 'none' }],
    ['a ministry with an unknown code sees nothing', actor({ unitCode: null }), { kind: 'none' }],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(dashboardScopeOf(input, config)).toEqual(expected));

  it('follows the configured mapping, not a copy of it', () => {
    const custom = { ...config, fieldMinistries: { health: ['MOJ'] } };
    expect(dashboardScopeOf(actor({ unitCode: 'MOJ' }), custom)).toEqual({ kind: 'fields', fieldCodes: ['health'] });
    expect(dashboardScopeOf(actor({ unitCode: 'MOH' }), custom)).toEqual({ kind: 'none' });
  });

  it('only the whole country counts as national', () => {
    expect(isNationalScope({ kind: 'all' })).toBe(true);
    expect(isNationalScope({ kind: 'province', provinceCode: '46' })).toBe(false);
  });
});
