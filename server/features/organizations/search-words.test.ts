import { describe, expect, it } from 'vitest';
import { correctedPattern, nothingTyped, possibleTiers, type WordFacts } from './search-words.repo';

const fact = (word: string, over: Partial<WordFacts> = {}): WordFacts => ({
  word,
  whole: true,
  endsLonger: false,
  startsLonger: false,
  edgeWords: null,
  near: null,
  ...over,
});

describe('possibleTiers (which relevance tiers the word probe leaves open)', () => {
  it('keeps every tier open for known words that also start and end longer words', () => {
    expect(possibleTiers([fact('hands', { endsLonger: true }), fact('for'), fact('blind', { startsLonger: true })])).toEqual({ 4: true, 3: true, 2: true, 1: true });
  });

  it('rules everything out when a middle word is unknown (a typo inside the query)', () => {
    const tiers = possibleTiers([fact('hands'), fact('fro', { whole: false }), fact('blind')]);
    expect(tiers).toEqual({ 4: false, 3: false, 2: false, 1: false });
    expect(nothingTyped(tiers)).toBe(true);
  });

  it('leaves only "a name starts with it" and "inside a word" open while the last word is being typed', () => {
    // "hands for the bli": "bli" is no word, but "blind" starts with it.
    const tiers = possibleTiers([fact('hands'), fact('for'), fact('the'), fact('bli', { whole: false, startsLonger: true })]);
    expect(tiers).toEqual({ 4: false, 3: true, 2: false, 1: true });
  });

  it('keeps "inside a word" open when the first word is the end of a longer word (or of a number)', () => {
    // "gdkvpda ubpcp": the end of "16973/gdkvpda", a certificate number.
    const tiers = possibleTiers([fact('gdkvpda', { whole: false, endsLonger: true }), fact('ubpcp')]);
    expect(tiers).toEqual({ 4: false, 3: false, 2: false, 1: true });
  });

  it('rules out "inside a word" when no word extends the first or the last word', () => {
    expect(possibleTiers([fact('clean'), fact('water')])).toEqual({ 4: true, 3: true, 2: true, 1: false });
  });

  it('treats a one-word query: a typo of a word may still lie inside a longer one, so only that tier stays open', () => {
    expect(possibleTiers([fact('fundation', { whole: false})])).toEqual({ 4: false, 3: false, 2: false, 1: true });
    expect(possibleTiers([fact('foun', { whole: false, startsLonger: true})])).toEqual({ 4: false, 3: true, 2: false, 1: true });
    expect(nothingTyped(possibleTiers([]))).toBe(true);
  });
});

describe('correctedPattern (the corrected query as whole words)', () => {
  it('replaces each unknown word by its near words and escapes regular-expression characters', () => {
    const words = [fact('hands'), fact('organiation', { whole: false, near: ['organization', 'organisation'] }), fact('a.b')];
    expect(correctedPattern(words)).toBe(' hands (organization|organisation) a\\.b ');
  });

  it('gives no pattern when every word is known or a word has no near word', () => {
    expect(correctedPattern([fact('hands'), fact('blind')])).toBeNull();
    expect(correctedPattern([fact('hands'), fact('xqzv', { whole: false, near: [] })])).toBeNull();
  });
});
