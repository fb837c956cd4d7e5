import { describe, expect, it } from 'vitest';
import { allowedDecisions, isDecisionAllowed } from './status-decisions';

describe('status decisions (Decree 58/2022 Art. 7, Chapter IV)', () => {
  it.each([
    ['Art. 7: MOFA may suspend a certificate in force', 'in_force', 'suspended', true],
    ['Art. 7: MOFA may terminate a certificate in force', 'in_force', 'terminated', true],
    ['Art. 7: MOFA may revoke a certificate in force', 'in_force', 'revoked', true],
    ['Chapter IV: a suspension may be lifted', 'suspended', 'in_force', true],
    ['Chapter IV: failing to remedy a suspension leads to termination', 'suspended', 'terminated', true],
    ['Chapter IV: termination is final', 'terminated', 'in_force', false],
    ['Chapter IV: revocation is final', 'revoked', 'suspended', false],
    ['a certificate in force cannot be "reinstated"', 'in_force', 'in_force', false],
  ] as const)('%s', (_name, from, to, expected) => {
    expect(isDecisionAllowed(from, to)).toBe(expected);
  });

  it('lists nothing after termination or revocation', () => {
    expect(allowedDecisions('terminated')).toEqual([]);
    expect(allowedDecisions('revoked')).toEqual([]);
  });
});
