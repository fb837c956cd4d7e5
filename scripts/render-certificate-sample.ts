// `node --import tsx scripts/render-certificate-sample.ts [out-dir]`: renders a sample certificate PDF (Vietnamese
// text, QR code) and, when pdftoppm (Debian poppler-utils) is installed, its first page as PNG, so the layout and
// the diacritics can be looked at. Used to check the document template; not part of `npm test`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { renderPdf } from '../server/platform/documents/pdf';
import { certificateDocument } from '../server/features/verification/certificate-document';

const out = path.resolve(process.argv[2] ?? 'docs/samples');
fs.mkdirSync(out, { recursive: true });
const link = 'http://localhost:3000/verify?t=INGO1.sample';
const pdf = await renderPdf(
  certificateDocument(
    { id: '00000000-0000-0000-0000-000000000000', type: 'operation', legalBasis: '58/2022/NĐ-CP', number: '015/2026/GĐKHĐ-BNG', issuedOn: '2026-11-23', validFrom: '2026-11-23', validTo: '2029-11-22', decisionStatus: 'in_force', officeCityCode: null, officeAddress: null, representativePersonId: null, representativeName: 'Nguyễn Thị Phượng Hằng', currentVersion: 1, areas: [{ provinceCode: '46', legacyProvinceCode: null, nameAsWritten: null }, { provinceCode: '01', legacyProvinceCode: null, nameAsWritten: null }], fields: ['education', 'children'] },
    { id: 'x', registryCode: 'INGO-000001', unitId: null, nameOriginal: 'Bergwald Bildungsstiftung', nameEn: 'Bergwald Education Foundation', nameVi: 'Quỹ Giáo dục Bergwald — Đồng hành cùng trẻ em vùng cao Việt Nam', abbreviation: 'BEF', countryCode: 'DE', legalForm: 'social_fund', legalDocType: null, legalDocNumber: null, legalDocIssuer: null, legalDocIssuedOn: null, homeRegistrationExpiresOn: null, hqAddress: 'Hauptstraße 1, 10115 Berlin', phone: null, email: null, website: null, headName: null, headTitle: null, headNationality: null, purposes: null, fundingSources: null, status: 'active', peopleText: '', updatedAt: '' } as never,
    await QRCode.toDataURL(link, { margin: 1, width: 300 }),
    link,
  ),
);
const file = path.join(out, 'certificate-sample.pdf');
fs.writeFileSync(file, pdf);
console.log(`wrote ${file} (${pdf.length} bytes)`);
try {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, path.join(out, 'certificate-sample')]);
  console.log(`wrote ${path.join(out, 'certificate-sample.png')}`);
} catch {
  console.log('pdftoppm not found (apt-get install poppler-utils) — PNG skipped');
}
