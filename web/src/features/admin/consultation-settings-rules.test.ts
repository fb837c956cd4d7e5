import { describe, expect, it } from 'vitest';
import { errorsByEntry } from './consultation-settings-rules';

describe('errorsByEntry', () => {
  it('puts each message on its table row', () => {
    const map = errorsByEntry([
      { path: 'fieldMinistries.health.1', message: 'a' },
      { path: 'fieldMinistries.health', message: 'b' },
      { path: 'provinceFocalUnits.46', message: 'c' },
      { path: 'reminderOffsets', message: 'd' },
    ]);
    expect(map.get('fieldMinistries.health')).toEqual(['a', 'b']);
    expect(map.get('provinceFocalUnits.46')).toEqual(['c']);
    expect(map.get('reminderOffsets')).toEqual(['d']);
  });
});
