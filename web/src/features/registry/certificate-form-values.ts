import type { Dayjs } from 'dayjs';
import type { Certificate } from '../../api/types';
import type { AddVersionBody, AreaEntry, PersonEntry, RecordCertificateBody, RecordDecisionBody } from './entry-types';
import { dayOrNull, textOrNull } from './organization-form-values';

type Day = Dayjs | null | undefined;

/** Value of the representative select that opens the "new person" fields. */
export const NEW_PERSON = '__new__';

/** A new representative / head of office as the form holds it. */
export interface RepresentativeFormValue {
  fullName?: string;
  nationality?: string | null;
  dateOfBirth?: Day;
  gender?: PersonEntry['gender'];
  passportNumber?: string | null;
  passportExpiresOn?: Day;
}

/** The "record a certificate" form's values. `areas` holds current province codes and names as written. */
export interface CertificateFormValues {
  type?: RecordCertificateBody['type'];
  number?: string;
  issuedOn?: Day;
  validFrom?: Day;
  validTo?: Day;
  decisionStatus?: RecordCertificateBody['decisionStatus'];
  decisionNumber?: string | null;
  officeCityCode?: string | null;
  officeAddress?: string | null;
  isAtPartyOrStatePremises?: boolean;
  representativePersonId?: string | null;
  representative?: RepresentativeFormValue;
  areas?: string[];
  fields?: string[];
}

/** The version form's values: what the version changes, pre-filled with the certificate's current content. */
export interface VersionFormValues {
  kind?: AddVersionBody['kind'];
  effectiveOn?: Day;
  decisionNumber?: string | null;
  note?: string | null;
  changes?: {
    number?: string;
    validTo?: Day;
    areas?: string[];
    fields?: string[];
    officeCityCode?: string | null;
    officeAddress?: string | null;
    representativePersonId?: string | null;
    representative?: RepresentativeFormValue;
  };
}

/** The decision form's values. */
export interface DecisionFormValues {
  decisionStatus?: RecordDecisionBody['decisionStatus'];
  effectiveOn?: Day;
  decisionNumber?: string;
  reason?: string | null;
  proposedBy?: string | null;
}

/**
 * The areas as the API takes them: a two-digit value is one of today's provinces, anything else is a province
 * name as written on the certificate (an old name such as "Thừa Thiên Huế" is mapped by the server).
 */
export function areaEntriesOf(selection: readonly string[]): AreaEntry[] {
  return selection
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value) => (/^\d{2}$/.test(value) ? { provinceCode: value } : { name: value }));
}

/** The area select's values for a recorded certificate: the name as written where it was an old province. */
export function areaSelectionOf(areas: Certificate['areas']): string[] {
  return [...new Set(areas.map((a) => (a.legacyProvinceCode && a.nameAsWritten ? a.nameAsWritten : a.provinceCode)))];
}

function representativeEntry(r: RepresentativeFormValue | undefined): NonNullable<RecordCertificateBody['representative']> {
  return {
    fullName: r?.fullName?.trim() ?? '',
    nationality: r?.nationality ?? null,
    dateOfBirth: dayOrNull(r?.dateOfBirth),
    gender: r?.gender ?? null,
    passportNumber: textOrNull(r?.passportNumber),
    passportExpiresOn: dayOrNull(r?.passportExpiresOn),
  };
}

/** The body of POST /organizations/{id}/certificates from the form. */
export function toRecordCertificateBody(v: CertificateFormValues): RecordCertificateBody {
  const isNewPerson = v.representativePersonId === NEW_PERSON;
  const body: RecordCertificateBody = {
    type: v.type ?? 'operation',
    number: v.number?.trim() ?? '',
    issuedOn: dayOrNull(v.issuedOn) ?? '',
    validTo: dayOrNull(v.validTo) ?? '',
    decisionStatus: v.decisionStatus ?? 'in_force',
    decisionNumber: textOrNull(v.decisionNumber),
    officeCityCode: v.officeCityCode ?? null,
    officeAddress: textOrNull(v.officeAddress),
    isAtPartyOrStatePremises: v.isAtPartyOrStatePremises ?? false,
    representativePersonId: !isNewPerson && v.representativePersonId ? v.representativePersonId : null,
    areas: areaEntriesOf(v.areas ?? []),
    fields: [...(v.fields ?? [])],
  };
  const validFrom = dayOrNull(v.validFrom);
  if (validFrom) body.validFrom = validFrom;
  if (isNewPerson) body.representative = representativeEntry(v.representative);
  return body;
}

/** The version form pre-filled with the certificate's current content. */
export function versionFormValuesOf(c: Certificate): VersionFormValues {
  return {
    kind: 'amended',
    changes: {
      number: c.number,
      areas: areaSelectionOf(c.areas),
      fields: [...c.fields],
      officeCityCode: c.officeCityCode,
      officeAddress: c.officeAddress,
      representativePersonId: c.representative?.id ?? null,
    },
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The body of POST /certificates/{id}/versions: only what differs from the certificate's current content goes into
 * `changes` (the new end date only for an extension).
 */
export function toAddVersionBody(v: VersionFormValues, c: Certificate): AddVersionBody {
  const changes: AddVersionBody['changes'] = {};
  const ch = v.changes ?? {};
  const number = ch.number?.trim();
  if (number && number !== c.number) changes.number = number;
  const validTo = dayOrNull(ch.validTo);
  if (v.kind === 'extended' && validTo) changes.validTo = validTo;
  if (ch.areas && !sameSet(ch.areas, areaSelectionOf(c.areas))) changes.areas = areaEntriesOf(ch.areas);
  if (ch.fields && !sameSet(ch.fields, c.fields)) changes.fields = [...ch.fields];
  if (ch.officeCityCode && ch.officeCityCode !== c.officeCityCode) changes.officeCityCode = ch.officeCityCode;
  const officeAddress = textOrNull(ch.officeAddress);
  if (officeAddress && officeAddress !== c.officeAddress) changes.officeAddress = officeAddress;
  if (ch.representativePersonId === NEW_PERSON) changes.representative = representativeEntry(ch.representative);
  else if (ch.representativePersonId && ch.representativePersonId !== c.representative?.id) changes.representativePersonId = ch.representativePersonId;
  return {
    kind: v.kind ?? 'amended',
    effectiveOn: dayOrNull(v.effectiveOn) ?? '',
    decisionNumber: textOrNull(v.decisionNumber),
    note: textOrNull(v.note),
    changes,
  };
}

/** The body of POST /certificates/{id}/decisions from the form. */
export function toRecordDecisionBody(v: DecisionFormValues): RecordDecisionBody {
  return {
    decisionStatus: v.decisionStatus ?? 'suspended',
    effectiveOn: dayOrNull(v.effectiveOn) ?? '',
    decisionNumber: v.decisionNumber?.trim() ?? '',
    reason: textOrNull(v.reason),
    proposedBy: textOrNull(v.proposedBy),
  };
}
