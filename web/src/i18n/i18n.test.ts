import { describe, expect, it } from 'vitest';
import vi from './vi.json';
import en from './en.json';

/** Lists every leaf of a nested translation object as `dotted.key` → value. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

/** Names of the {{placeholders}} in a translation. */
function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('translations', () => {
  const viKeys = flatten(vi);
  const enKeys = flatten(en);

  it('has exactly the same keys in vi.json and en.json', () => {
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
  });

  it('has no empty or non-string values', () => {
    for (const [file, keys] of [['vi', viKeys], ['en', enKeys]] as const) {
      for (const [key, value] of keys) {
        expect(typeof value === 'string' && value.trim().length > 0, `${file}: ${key}`).toBe(true);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of viKeys) {
      expect(placeholders(enKeys.get(key)), key).toEqual(placeholders(value));
    }
  });
});
