import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/api-error';
import type { Application, ApplicationPerson } from './types';

type PersonValues = Omit<ApplicationPerson, 'dateOfBirth' | 'passportExpiresOn' | 'fullName'> & {
  fullName?: string;
  dateOfBirth?: Dayjs | null;
  passportExpiresOn?: Dayjs | null;
};

/** The application form's values: the API's application with days as dayjs values for the DatePickers. */
export type ApplicationFormValues = Omit<Application, 'homeRegistrationExpiresOn' | 'representative'> & {
  homeRegistrationExpiresOn?: Dayjs | null;
  representative?: PersonValues;
};

const day = (value: string | null | undefined): Dayjs | null => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined): string | undefined => (value ? value.format('YYYY-MM-DD') : undefined);

/** Drops empty strings, empty lists and absent values, so a draft only sends what was filled in. */
function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out as Partial<T>;
}

/** The stored application → the form's initial values. */
export function toFormValues(application: Application): ApplicationFormValues {
  const { homeRegistrationExpiresOn, representative, ...rest } = application;
  return {
    ...rest,
    homeRegistrationExpiresOn: day(homeRegistrationExpiresOn),
    ...(representative
      ? { representative: { ...representative, dateOfBirth: day(representative.dateOfBirth), passportExpiresOn: day(representative.passportExpiresOn) } }
      : {}),
  };
}

/**
 * The form's values → the body's application. Empty fields are left out (a draft may be incomplete); the
 * representative is sent when any of its fields is filled (the server then asks for the name if it is missing).
 * Fields of sections hidden for this procedure are kept as the form holds them.
 */
export function toApplication(values: ApplicationFormValues): Application {
  const { homeRegistrationExpiresOn, representative, ...rest } = values;
  const person = representative
    ? compact({ ...representative, dateOfBirth: iso(representative.dateOfBirth), passportExpiresOn: iso(representative.passportExpiresOn) })
    : {};
  const application = compact({ ...rest, homeRegistrationExpiresOn: iso(homeRegistrationExpiresOn) }) as Application;
  if (Object.keys(person).length > 0) application.representative = person as ApplicationPerson;
  return application;
}

/**
 * The server names form fields `application.nameEn`; the form's fields are `nameEn`. Returns the same error with
 * the prefix removed from its field paths, so the messages land under the right fields.
 */
export function withoutApplicationPrefix(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.details.fields) return error;
  const fields = error.details.fields.map((field) => ({ ...field, path: field.path.replace(/^(body\.)?application\./, '') }));
  return new ApiError(error.status, error.code, error.message, { ...error.details, fields }, error.localized, error.requestId);
}
