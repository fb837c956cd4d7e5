import { describe, expect, it } from 'vitest';
import { generateSigningKey, signToken, verifyToken } from './signing';

describe('certificate verification tokens (Ed25519)', () => {
  const key = generateSigningKey();
  const claims = { n: '125/GĐK-BNG', t: 'operation', o: 'Hope for Children Foundation', f: '2026-01-05', u: '2029-01-04' };

  it('verifies offline with the public key and gives back the claims', () => {
    const token = signToken(claims, key.privateKeyPem);
    expect(verifyToken(token, key.publicKeyPem)).toEqual(claims);
  });

  it('fails when any single byte of the token changes', () => {
    const token = signToken(claims, key.privateKeyPem);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let checked = 0;
    for (let i = 0; i < token.length; i += 1) {
      if (token[i] === '.') continue;
      const replacement = alphabet[(alphabet.indexOf(token[i]!) + 1) % alphabet.length]!;
      const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
      expect(verifyToken(tampered, key.publicKeyPem), `byte ${i}`).toBeNull();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('fails with another key and on garbage', () => {
    const token = signToken(claims, key.privateKeyPem);
    expect(verifyToken(token, generateSigningKey().publicKeyPem)).toBeNull();
    expect(verifyToken('hello', key.publicKeyPem)).toBeNull();
    expect(verifyToken('INGO1.!!.??', key.publicKeyPem)).toBeNull();
  });
});
