import { describe, expect, it } from 'vitest';
import { countdownOf, formatDay, formFieldName, needsAdjustReason, timelinessColor, toReplyBody, toSendBody } from './consultation-rules';

describe('countdownOf', () => {
  it.each([
    [10, { key: 'left', count: 10, color: 'green' }],
    [3, { key: 'left', count: 3, color: 'green' }],
    [2, { key: 'left', count: 2, color: 'orange' }],
    [1, { key: 'left', count: 1, color: 'orange' }],
    [0, { key: 'dueToday', count: 0, color: 'orange' }],
    [-1, { key: 'overdue', count: 1, color: 'red' }],
    [-4, { key: 'overdue', count: 4, color: 'red' }],
    [null, { key: 'answered', count: 0, color: 'default' }],
  ] as const)('%s working days left → %o', (left, expected) => {
    expect(countdownOf(left)).toEqual(expected);
  });
});

describe('timelinessColor', () => {
  it('is green on time, orange late, red missing, blue pending', () => {
    expect(['on_time', 'late', 'missing', 'pending'].map((t) => timelinessColor(t as never))).toEqual(['green', 'orange', 'red', 'blue']);
  });
});

const proposal = [{ unitCode: 'MPS' }, { unitCode: 'MOF' }, { unitCode: 'PROV-46' }];

describe('toSendBody', () => {
  it('sends the whole proposal when nothing changed, without adjustReason', () => {
    expect(toSendBody(proposal, { dropped: [], added: [], adjustReason: 'ignored', note: '  ' }, 4)).toEqual({
      consultees: [{ unitCode: 'MPS' }, { unitCode: 'MOF' }, { unitCode: 'PROV-46' }],
      lockVersion: 4,
    });
  });

  it('leaves out unticked agencies and carries the trimmed reason', () => {
    const body = toSendBody(proposal, { dropped: ['MOF'], added: [], adjustReason: '  Đã có ý kiến  ', note: 'Gấp' });
    expect(body).toEqual({ consultees: [{ unitCode: 'MPS' }, { unitCode: 'PROV-46' }], adjustReason: 'Đã có ý kiến', note: 'Gấp' });
    expect(needsAdjustReason({ dropped: ['MOF'] })).toBe(true);
  });

  it('sends an empty adjustReason as null so the server names the field', () => {
    expect(toSendBody(proposal, { dropped: ['MPS'], added: [] }).adjustReason).toBeNull();
  });

  it('appends added agencies once, with their reason, skipping blanks and proposed ones', () => {
    const body = toSendBody(proposal, {
      dropped: [],
      added: [{ unitCode: 'MOJ', reason: ' Pháp lý ' }, { unitCode: 'MOJ', reason: 'again' }, { unitCode: 'MPS', reason: 'dup' }, { unitCode: '', reason: 'x' }, { unitCode: 'MOET' }],
    });
    expect(body.consultees).toEqual([{ unitCode: 'MPS' }, { unitCode: 'MOF' }, { unitCode: 'PROV-46' }, { unitCode: 'MOJ', reason: 'Pháp lý' }, { unitCode: 'MOET', reason: null }]);
  });
});

describe('toReplyBody', () => {
  it('trims text, drops blank conditions and defaults the item kind', () => {
    expect(
      toReplyBody({ position: 'agree_with_conditions', reasons: ' ', items: [{ text: ' Báo cáo trước ' }, { kind: 'objection', text: '' }, {}], signerName: ' Hoàng Đức Anh ', signerTitle: 'Giám đốc' }),
    ).toEqual({ position: 'agree_with_conditions', reasons: null, items: [{ kind: 'condition', text: 'Báo cáo trước' }], signerName: 'Hoàng Đức Anh', signerTitle: 'Giám đốc' });
  });

  it('sends nulls for an empty form', () => {
    expect(toReplyBody({})).toEqual({ position: null, reasons: null, items: [], signerName: null, signerTitle: null });
  });
});

describe('formatDay and formFieldName', () => {
  it('shows an ISO day as dd/mm/yyyy and a dash when empty', () => {
    expect(formatDay('2027-02-22')).toBe('22/02/2027');
    expect(formatDay(null)).toBe('—');
  });

  it('turns a server path into a form field name', () => {
    expect(formFieldName('items.0.text')).toEqual(['items', 0, 'text']);
    expect(formFieldName('signerName')).toEqual(['signerName']);
  });
});
