import { describe, expect, it } from 'vitest';
import { mailboxHref, splitLinks } from './links';

const here = 'http://127.0.0.1:3104';

describe('mailboxHref', () => {
  it.each([
    ['http://localhost:3000/signup/verify?token=abc_-1', 'http://127.0.0.1:3104/signup/verify?token=abc_-1'],
    ['http://127.0.0.1:3104/login', 'http://127.0.0.1:3104/login'],
    ['https://ingohub.gov.vn/signup/verify?token=x', 'https://ingohub.gov.vn/signup/verify?token=x'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, expected) => {
    expect(mailboxHref(url, here)).toBe(expected);
  });
});

describe('splitLinks', () => {
  it('finds links inside text and keeps the trailing punctuation outside', () => {
    expect(splitLinks('Mở liên kết: https://ingohub.gov.vn/signup/verify?token=a-b_c.\nXong', here)).toEqual([
      { kind: 'text', text: 'Mở liên kết: ' },
      { kind: 'link', text: 'https://ingohub.gov.vn/signup/verify?token=a-b_c', href: 'https://ingohub.gov.vn/signup/verify?token=a-b_c' },
      { kind: 'text', text: '.\nXong' },
    ]);
  });

  it('returns the text as one part when it has no link, and nothing for an empty text', () => {
    expect(splitLinks('Không có liên kết', here)).toEqual([{ kind: 'text', text: 'Không có liên kết' }]);
    expect(splitLinks('', here)).toEqual([]);
  });

  it('handles several links, the first one local', () => {
    const parts = splitLinks('http://localhost:3000/login and https://example.org/x', here);
    expect(parts.filter((p) => p.kind === 'link').map((p) => (p.kind === 'link' ? p.href : ''))).toEqual(['http://127.0.0.1:3104/login', 'https://example.org/x']);
  });
});
