import { describe, expect, it } from 'vitest';
import { columnOfHeader } from './registry-import.columns';
import { closest } from './registry-import.names';
import { sniffFormat } from './registry-import.parse';
import { countryCodeOf, findDuplicatesInFile, interpretRow, parseVnDate } from './registry-import.rows';
import { goodRow } from './registry-import.test-support';

const context = { today: '2026-11-23', fields: [{ code: 'health', nameVi: 'Y tế', nameEn: 'Health' }, { code: 'education', nameVi: 'Giáo dục và đào tạo', nameEn: 'Education and training' }] };

describe('parseVnDate', () => {
  it.each([
    ['15/03/2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2024', null],
    ['03/15/2024', null],
    ['15/03/24', null],
    ['hôm nay', null],
  ])('%s → %s', (text, expected) => expect(parseVnDate(text)).toBe(expected));
});

describe('columnOfHeader', () => {
  it.each([
    ['Tên tiếng Anh / English name *', 'name_en'],
    ['tên tiếng anh', 'name_en'],
    ['English name', 'name_en'],
    ['ENGLISH NAME (required)', 'name_en'],
    ['name_en', 'name_en'],
    ['Ten tieng Anh/English name', 'name_en'],
    ['Địa bàn hoạt động', 'areas'],
    ['Số giấy đăng ký', 'certificate_number'],
    ['Ghi chú', null],
  ])('%s → %s', (header, key) => expect(columnOfHeader(header)).toBe(key));
});

describe('countryCodeOf and closest', () => {
  it('reads ISO codes and names in both languages', () => {
    expect(['US', 'usa', 'Hoa Kỳ', 'United States', 'Đức', 'germany'].map(countryCodeOf)).toEqual(['US', 'US', 'US', 'US', 'DE', 'DE']);
    expect(countryCodeOf('Atlantis')).toBeNull();
  });
  it('suggests a close candidate only for a likely typo', () => {
    expect(closest('Germny', ['Germany', 'Japan'])).toBe('Germany');
    expect(closest('Brazil', ['Germany', 'Japan'])).toBeNull();
  });
});

describe('sniffFormat', () => {
  it('tells XLSX from CSV by content, and refuses anything else', () => {
    expect(sniffFormat(Buffer.from('PK\x03\x04rest'))).toBe('xlsx');
    expect(sniffFormat(Buffer.from('\uFEFFTên,Quốc gia\n'))).toBe('csv');
    expect(sniffFormat(Buffer.from('%PDF-1.7\n\xff\xfe', 'latin1'))).toBeNull();
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toBeNull();
    expect(sniffFormat(Buffer.alloc(0))).toBeNull();
  });
});

describe('interpretRow', () => {
  it('turns a valid row into typed values (labels, codes, names in either language)', () => {
    const { record, issues } = interpretRow({ ...goodRow(1), fields: 'Y tế; education', areas: 'Hà Nội, TP HCM' }, context);
    expect(issues).toEqual([]);
    expect(record!.organization).toMatchObject({ nameEn: 'Relief Works Number 1', countryCode: 'US', legalForm: 'non_profit' });
    expect(record!.certificate).toMatchObject({ type: 'operation', issuedOn: '2024-03-15', validTo: '2027-03-14', fieldCodes: ['education', 'health'], representative: { nationality: 'VN' } });
    expect(record!.certificate.areas.map((a) => a.provinceCode)).toEqual(['01', '79']);
  });

  it('maps an old province name with a warning and keeps the name as written', () => {
    const { record, issues } = interpretRow({ ...goodRow(2), areas: 'Bình Dương' }, context);
    expect(record!.certificate.areas).toEqual([{ provinceCode: '79', legacyProvinceCode: '74', nameAsWritten: 'Bình Dương' }]);
    expect(issues).toEqual([expect.objectContaining({ column: 'areas', code: 'old_province_name', severity: 'warning' })]);
    expect(issues[0]!.message.en).toContain('mapped to Ho Chi Minh City');
  });

  it('reports every problem of a row, each on its column', () => {
    const { record, issues } = interpretRow({ ...goodRow(3), name_en: '', country: 'Atlantis', valid_to: '32/01/2027', certificate_type: 'rep_office', fields: 'Y tế; Thể thao' }, context);
    expect(record).toBeNull();
    expect(issues.map((i) => `${i.column}:${i.code}`).sort()).toEqual(['country:unknown_country', 'fields:unknown_field', 'name_en:required', 'office_city:office_city_required', 'valid_to:invalid_date'].sort());
  });
});

describe('findDuplicatesInFile', () => {
  it('flags the later row repeating a certificate number or a folded name', () => {
    const rows = [
      { rowNo: 2, values: { name_en: 'Hội Đồng Hương', certificate_number: '1/A' } },
      { rowNo: 3, values: { name_en: 'Other', certificate_number: '1/a' } },
      { rowNo: 4, values: { name_original: 'HOI DONG HUONG', certificate_number: '2/A' } },
      { rowNo: 5, values: { name_en: 'Third', certificate_number: '3/A' } },
    ];
    const found = findDuplicatesInFile(rows);
    expect([...found.keys()]).toEqual([3, 4]);
    expect(found.get(3)![0]).toMatchObject({ code: 'duplicate_number_in_file', message: { en: 'Same certificate number as row 2.' } });
    expect(found.get(4)![0]).toMatchObject({ code: 'duplicate_name_in_file', message: { en: 'Same organisation name as row 2.' } });
  });
});
