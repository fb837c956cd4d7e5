import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../../api/api-error';
import { changeLanguage } from '../../i18n';
import { distributeServerErrors, localizeIsoDays, matchFieldName, splitPath } from './server-field-errors';

const validation = (fields: { path: string; vi: string; en: string }[]) =>
  toApiError(400, {
    error: {
      code: 'validation_failed',
      message: { vi: 'Dữ liệu không hợp lệ.', en: 'The submitted data is invalid.' },
      details: { fields: fields.map((f) => ({ path: f.path, code: 'x', message: { vi: f.vi, en: f.en } })) },
      requestId: 'r',
    },
  });

describe('splitPath / matchFieldName', () => {
  it('turns numeric segments into list indexes', () => {
    expect(splitPath('people.0.nationality')).toEqual(['people', 0, 'nationality']);
    expect(splitPath('changes.validTo')).toEqual(['changes', 'validTo']);
  });

  it.each([
    ['validTo', ['validTo'], ['validTo']],
    ['people.1.nationality', ['people.*.nationality'], ['people', 1, 'nationality']],
    ['areas.2.name', ['areas'], ['areas']],
    ['changes.areas.0.provinceCode', ['changes.areas'], ['changes', 'areas']],
    ['representative.nationality', ['representative.nationality', 'representativePersonId'], ['representative', 'nationality']],
  ])('puts %s on the form field %j', (path, patterns, expected) => {
    expect(matchFieldName(path, patterns)).toEqual(expected);
  });

  it('answers null when no field of the form matches (the wildcard stands for an index only)', () => {
    expect(matchFieldName('changes', ['changes.number'])).toBeNull();
    expect(matchFieldName('people.x.fullName', ['people.*.fullName'])).toBeNull();
    expect(matchFieldName('unitId', ['nameEn'])).toBeNull();
  });
});

describe('localizeIsoDays', () => {
  it('writes ISO days inside a server message as dd/mm/yyyy', () => {
    expect(localizeIsoDays('Thời hạn tối đa là 3 năm kể từ ngày cấp (đến 2029-01-15) — Điều 9 Nghị định 58/2022.')).toBe(
      'Thời hạn tối đa là 3 năm kể từ ngày cấp (đến 15/01/2029) — Điều 9 Nghị định 58/2022.',
    );
    expect(localizeIsoDays('58/2022 and 12/2012 stay as they are')).toBe('58/2022 and 12/2012 stay as they are');
  });
});

describe('distributeServerErrors', () => {
  afterEach(() => changeLanguage('vi'));

  it('puts each field error under its field in the language shown, merging two on one field, and keeps the rest general', async () => {
    const error = validation([
      { path: 'validTo', vi: 'Thời hạn tối đa là 3 năm (đến 2029-01-15).', en: 'At most 3 years (until 2029-01-15).' },
      { path: 'areas.0.name', vi: 'Không nhận ra tên tỉnh "Xyz".', en: 'Unknown province name "Xyz".' },
      { path: 'areas.1.name', vi: 'Không nhận ra tên tỉnh "Abc".', en: 'Unknown province name "Abc".' },
      { path: 'changes', vi: 'Không có nội dung thay đổi.', en: 'Nothing changes.' },
    ]);
    const vi = distributeServerErrors(error, ['validTo', 'areas']);
    expect(vi.fields).toEqual([
      { name: ['validTo'], errors: ['Thời hạn tối đa là 3 năm (đến 15/01/2029).'] },
      { name: ['areas'], errors: ['Không nhận ra tên tỉnh "Xyz".', 'Không nhận ra tên tỉnh "Abc".'] },
    ]);
    expect(vi.general).toEqual(['Không có nội dung thay đổi.']);
    await changeLanguage('en');
    expect(distributeServerErrors(error, ['validTo', 'areas']).fields[0]?.errors).toEqual(['At most 3 years (until 15/01/2029).']);
  });

  it('puts a conflict that names its field (a taken number or name) under that field', () => {
    const taken = toApiError(409, { error: { code: 'certificate_number_taken', message: { vi: 'Số giấy đăng ký đã tồn tại.', en: 'x' }, details: { field: 'changes.number' }, requestId: 'r' } });
    expect(distributeServerErrors(taken, ['changes.number'])).toEqual({ fields: [{ name: ['changes', 'number'], errors: ['Số giấy đăng ký đã tồn tại.'] }], general: [] });
  });

  it('shows any other error as one general message, and ignores what is not an API error', () => {
    const exists = toApiError(409, { error: { code: 'organization_exists', message: { vi: 'Đã có tổ chức cùng tên.', en: 'Exists.' }, details: { id: 'abc' }, requestId: 'r' } });
    expect(distributeServerErrors(exists, ['nameEn'])).toEqual({ fields: [], general: ['Đã có tổ chức cùng tên.'] });
    expect(distributeServerErrors(new Error('boom'), ['nameEn'])).toEqual({ fields: [], general: [] });
  });
});
