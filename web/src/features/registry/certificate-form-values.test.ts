import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../api/types';
import { areaEntriesOf, areaSelectionOf, NEW_PERSON, toAddVersionBody, toRecordCertificateBody, toRecordDecisionBody, versionFormValuesOf } from './certificate-form-values';

const certificate = {
  id: 'c-1',
  type: 'operation',
  number: '112/GĐKHĐ-BNG',
  validTo: '2027-04-14',
  officeCityCode: null,
  officeAddress: null,
  representative: { id: 'p-1', fullName: 'Sarah Johnson' },
  areas: [
    { provinceCode: '46', legacyProvinceCode: '46', nameAsWritten: 'Thừa Thiên Huế' },
    { provinceCode: '44', legacyProvinceCode: null, nameAsWritten: null },
  ],
  fields: ['education', 'health'],
} as unknown as Certificate;

describe('areas', () => {
  it('sends two-digit values as current provinces and anything else as a name as written', () => {
    expect(areaEntriesOf(['46', ' Thừa Thiên Huế ', 'Quảng Nam', ''])).toEqual([{ provinceCode: '46' }, { name: 'Thừa Thiên Huế' }, { name: 'Quảng Nam' }]);
  });

  it('shows a recorded old province by the name written on the certificate', () => {
    expect(areaSelectionOf(certificate.areas)).toEqual(['Thừa Thiên Huế', '44']);
  });
});

describe('record certificate body', () => {
  it('sends the dates as YYYY-MM-DD, leaves valid-from out when empty, and picks an existing representative', () => {
    const body = toRecordCertificateBody({
      type: 'operation',
      number: ' 200/GĐKHĐ-BNG ',
      issuedOn: dayjs('2026-01-15'),
      validTo: dayjs('2029-01-15'),
      decisionStatus: 'in_force',
      representativePersonId: 'p-1',
      areas: ['46', 'Quảng Nam'],
      fields: ['health'],
    });
    expect(body).toEqual({
      type: 'operation',
      number: '200/GĐKHĐ-BNG',
      issuedOn: '2026-01-15',
      validTo: '2029-01-15',
      decisionStatus: 'in_force',
      decisionNumber: null,
      officeCityCode: null,
      officeAddress: null,
      isAtPartyOrStatePremises: false,
      representativePersonId: 'p-1',
      areas: [{ provinceCode: '46' }, { name: 'Quảng Nam' }],
      fields: ['health'],
    });
  });

  it('sends a new representative instead of an id', () => {
    const body = toRecordCertificateBody({ validFrom: dayjs('2026-02-01'), representativePersonId: NEW_PERSON, representative: { fullName: ' John Doe ', nationality: 'GB', passportExpiresOn: dayjs('2030-01-01') } });
    expect(body.validFrom).toBe('2026-02-01');
    expect(body.representativePersonId).toBeNull();
    expect(body.representative).toEqual({ fullName: 'John Doe', nationality: 'GB', dateOfBirth: null, gender: null, passportNumber: null, passportExpiresOn: '2030-01-01' });
  });
});

describe('version body', () => {
  it('sends nothing in changes when the pre-filled content is left as it is (a re-issue)', () => {
    const body = toAddVersionBody({ ...versionFormValuesOf(certificate), kind: 'reissued', effectiveOn: dayjs('2026-03-01'), note: 'Mất bản gốc' }, certificate);
    expect(body).toEqual({ kind: 'reissued', effectiveOn: '2026-03-01', decisionNumber: null, note: 'Mất bản gốc', changes: {} });
  });

  it('sends only what changed: areas, fields, number, representative', () => {
    const initial = versionFormValuesOf(certificate);
    const body = toAddVersionBody(
      { ...initial, kind: 'amended', effectiveOn: dayjs('2026-03-01'), changes: { ...initial.changes, number: '112/GĐKHĐ-BNG-1', areas: ['Thừa Thiên Huế', '44', '48'], fields: ['health', 'education'], representativePersonId: 'p-2' } },
      certificate,
    );
    expect(body.changes).toEqual({ number: '112/GĐKHĐ-BNG-1', areas: [{ name: 'Thừa Thiên Huế' }, { provinceCode: '44' }, { provinceCode: '48' }], representativePersonId: 'p-2' });
  });

  it('sends the new end date only for an extension', () => {
    const initial = versionFormValuesOf(certificate);
    const changes = { ...initial.changes, validTo: dayjs('2030-04-14') };
    expect(toAddVersionBody({ ...initial, kind: 'extended', effectiveOn: dayjs('2027-04-01'), changes }, certificate).changes).toEqual({ validTo: '2030-04-14' });
    expect(toAddVersionBody({ ...initial, kind: 'amended', effectiveOn: dayjs('2027-04-01'), changes }, certificate).changes).toEqual({});
  });
});

describe('decision body', () => {
  it('trims the texts and leaves empty ones null', () => {
    expect(toRecordDecisionBody({ decisionStatus: 'suspended', effectiveOn: dayjs('2026-05-04'), decisionNumber: ' 15/QĐ-BNG ', reason: ' ', proposedBy: 'Bộ Công an' })).toEqual({
      decisionStatus: 'suspended',
      effectiveOn: '2026-05-04',
      decisionNumber: '15/QĐ-BNG',
      reason: null,
      proposedBy: 'Bộ Công an',
    });
  });
});
