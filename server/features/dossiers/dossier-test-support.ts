import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from '../../test/test-app';

/** A minimal valid PDF body (sniffed as PDF). */
export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Sends one file as multipart/form-data through Fastify inject, with the session's cookie and CSRF token. */
export function uploadAs(t: TestApp, session: Session, dossierId: string, componentCode: string, fileName = 'tai-lieu.pdf', bytes: Buffer = PDF_BYTES, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const boundary = `----ingo${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ componentCode, legalised: 'true', certifiedTranslation: 'true', ...fields })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${dossierId}/documents`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** A complete application for a first operation certificate. */
export function issueApplication(name: string) {
  return {
    nameOriginal: name,
    nameEn: name,
    nameVi: `Tổ chức ${name}`,
    countryCode: 'DE',
    legalForm: 'non_profit',
    homeRegistrationExpiresOn: '2040-12-31',
    hqAddress: 'Hauptstraße 1, 10115 Berlin',
    email: 'office@example.org',
    purposes: 'Hỗ trợ giáo dục cho trẻ em vùng cao',
    provinceCodes: ['46', '01'],
    fieldCodes: ['education'],
    representative: { fullName: 'Anna Schmidt', nationality: 'DE', dateOfBirth: '1980-02-03', passportNumber: 'C01X00T47', passportExpiresOn: '2031-01-01' },
    plan: 'Dự án học bổng 2026–2029 tại Huế và Hà Nội',
  };
}

/** Uploads a PDF for every component the dossier still needs. */
export async function uploadRequired(t: TestApp, session: Session, dossierId: string): Promise<void> {
  const detail = (await session.request('GET', `/api/v1/dossiers/${dossierId}`)).json() as { components: { code: string; required: boolean; documents: number }[] };
  for (const c of detail.components.filter((x) => x.required && x.documents === 0)) {
    const res = await uploadAs(t, session, dossierId, c.code);
    if (res.statusCode !== 201) throw new Error(`upload ${c.code}: ${res.statusCode} ${res.body}`);
  }
}
