import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { signInAs, snap } from './support/session';

/** A row of the import file by header position (the template's column order). */
const ROW = (number: string, name: string, areas: string) => [
  name, // name_original
  name, // name_en
  null, // name_vi
  null, // abbreviation
  'Đức', // country
  'Tổ chức phi lợi nhuận', // legal_form
  null, // home_registration_expires_on
  'Berlin', // hq_address
  'office@example.org', // email
  '+49 30 123456', // phone
  'Anna Schmidt', // head_name
  'Nguyễn Văn An', // representative_name
  'Việt Nam', // representative_nationality
  'C1234567', // representative_passport
  'Giấy đăng ký hoạt động', // certificate_type
  number, // certificate_number
  '15/03/2024', // issued_on
  null, // valid_from
  '14/03/2027', // valid_to
  areas, // areas
  'Y tế; Giáo dục và đào tạo', // fields
];

test.describe.configure({ mode: 'serial' });

test('a MOFA officer downloads the template, uploads a file with bad rows, and reads the problems in Vietnamese and English', async ({ page }) => {
  await signInAs(page, 'mofa.officer');

  await page.getByTestId('nav-registryImport').click();
  await expect(page).toHaveURL(/\/registry\/import$/);
  await expect(page.getByRole('heading', { name: 'Nhập danh sách tổ chức từ tệp' })).toBeVisible();
  await snap(page, 'registry-import-01-start');

  // The template: a data sheet with bilingual headers, filled in here as a user would.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('import-template-xlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ingo-registry-import-template.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Danh sách tổ chức')!;
  expect(sheet.getCell('B1').value).toBe('Tên tiếng Anh / English name *');
  sheet.getRow(2).values = ROW('501/GĐKHĐ-E2E', 'Berlin Health Aid', 'Hà Nội');
  sheet.getRow(3).values = ROW('502/GĐKHĐ-E2E', 'Hamburg Water Aid', 'Hà Nội; Hà Tây');
  sheet.getRow(4).values = ROW('503/GĐKHĐ-E2E', 'Munich Rural Aid', 'Quảng Nam');
  sheet.getRow(5).values = ROW('501/GĐKHĐ-E2E', 'Cologne School Aid', 'Huế');
  const file = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.locator('input[type=file]').setInputFiles({ name: 'to-chuc-pcpnn.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await expect(page).toHaveURL(/\/registry\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('import-status')).toHaveText('Đã kiểm tra', { timeout: 30_000 });
  await expect(page.getByTestId('import-count-rows')).toContainText('4');
  await expect(page.getByTestId('import-count-errors')).toContainText('2');
  await expect(page.getByTestId('import-count-warnings')).toContainText('1');

  // Errors in Vietnamese, on their rows; the commit stays disabled while any row has an error.
  const issues = page.getByTestId('import-issues');
  await expect(issues.locator('tbody tr.ant-table-row')).toHaveCount(2);
  await expect(issues).toContainText('Không nhận ra tỉnh, thành phố "Hà Tây".');
  await expect(issues).toContainText('Trùng số giấy đăng ký với dòng 2.');
  await expect(issues).toContainText('Địa bàn hoạt động');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await expect(page.getByTestId('import-commit-blocked')).toHaveText('Còn 2 dòng có lỗi: hãy sửa tệp và tải lên lại.');
  await snap(page, 'registry-import-02-errors-vi');

  // The old province name is accepted with a warning saying which province it became.
  await page.getByTestId('import-filter-warnings').click();
  await expect(issues).toContainText('"Quảng Nam" là tên tỉnh trước năm 2025; được ghi nhận thuộc Đà Nẵng (vẫn lưu tên cũ).');
  await snap(page, 'registry-import-03-warnings-vi');

  // The same results in English.
  await page.getByTestId('language-en').click();
  await expect(issues).toContainText('"Quảng Nam" is a pre-2025 province name; mapped to Da Nang (the old name is kept).');
  await page.getByTestId('import-filter-errors').click();
  await expect(issues).toContainText('Unknown province "Hà Tây".');
  await expect(issues).toContainText('Same certificate number as row 2.');
  await expect(issues).toContainText('Provinces');
  await expect(page.getByTestId('import-status')).toHaveText('Checked');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await expect(page.getByTestId('import-commit-blocked')).toHaveText('Rows with errors: 2. Fix the file and upload it again.');
  await snap(page, 'registry-import-04-errors-en');
});

test('a clean file is written to the register in one go, with links to the organisations created', async ({ page }) => {
  await signInAs(page, 'mofa.officer');
  await page.goto('/registry/import');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách tổ chức');
  sheet.addRow(['Tên nguyên bản', 'Tên tiếng Anh', 'Tên tiếng Việt', 'Tên viết tắt', 'Quốc gia', 'Loại hình pháp lý', 'Hạn đăng ký tại nước sở tại', 'Địa chỉ trụ sở chính', 'Email', 'Điện thoại', 'Người đứng đầu tổ chức', 'Người đại diện', 'Quốc tịch người đại diện', 'Số hộ chiếu người đại diện', 'Loại giấy đăng ký', 'Số giấy đăng ký', 'Ngày cấp', 'Có hiệu lực từ', 'Có hiệu lực đến', 'Địa bàn hoạt động', 'Lĩnh vực hoạt động']);
  sheet.addRow(ROW('601/GĐKHĐ-E2E', 'Leipzig Children Aid', 'Thừa Thiên Huế'));
  sheet.addRow(ROW('602/GĐKHĐ-E2E', 'Dresden Forest Aid', 'Lâm Đồng'));
  await page.locator('input[type=file]').setInputFiles({ name: 'sach.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
  await expect(page.getByTestId('import-status')).toHaveText('Đã kiểm tra', { timeout: 30_000 });
  await expect(page.getByTestId('import-count-create')).toContainText('2');

  await page.getByTestId('import-commit').click();
  await page.getByRole('button', { name: 'Ghi', exact: true }).click();
  await expect(page.getByTestId('import-status')).toHaveText('Đã ghi vào CSDL', { timeout: 30_000 });
  await expect(page.getByTestId('import-committed')).toContainText('Đã ghi: 2 tổ chức mới, 0 cập nhật, 0 không thay đổi.');
  await page.getByTestId('import-filter-all').click();
  await expect(page.getByTestId('import-issues').getByRole('link', { name: 'Leipzig Children Aid' })).toBeVisible();
  await snap(page, 'registry-import-05-committed');
  await page.getByTestId('import-issues').getByRole('link', { name: 'Leipzig Children Aid' }).click();
  await expect(page).toHaveURL(/\/registry\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('current-certificate')).toContainText('601/GĐKHĐ-E2E');
});
