import { describe, expect, it } from 'vitest';
import { badgeLabel, textIn } from './notification-text';

describe('notification texts', () => {
  it('picks the interface language and falls back to the other when empty', () => {
    const text = { vi: 'Hồ sơ HS-2027-000001: Yêu cầu bổ sung', en: 'Dossier HS-2027-000001: Supplement requested' };
    expect(textIn(text, 'vi')).toBe(text.vi);
    expect(textIn(text, 'en')).toBe(text.en);
    expect(textIn(text, 'en-GB')).toBe(text.en);
    expect(textIn({ vi: 'Chỉ tiếng Việt', en: '' }, 'en')).toBe('Chỉ tiếng Việt');
  });

  it('caps the badge at 99+', () => {
    expect(badgeLabel(0)).toBe('0');
    expect(badgeLabel(7)).toBe('7');
    expect(badgeLabel(120)).toBe('99+');
  });
});
