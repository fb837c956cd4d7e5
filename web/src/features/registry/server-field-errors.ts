import { ApiError, pickText } from '../../api/api-error';

/** A form field's name as antd takes it: `['people', 0, 'nationality']`. */
export type FieldNamePath = (string | number)[];

/** A field with the server's messages, ready for `form.setFields`. */
export interface PlacedFieldError {
  name: FieldNamePath;
  errors: string[];
}

/** Writes the ISO days inside a server message (`đến 2029-01-15`) as shown everywhere else: `đến 15/01/2029`. */
export function localizeIsoDays(message: string): string {
  return message.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');
}

/** `'people.0.nationality'` → `['people', 0, 'nationality']` (numeric segments become list indexes). */
export function splitPath(path: string): FieldNamePath {
  return path
    .split('.')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function matchesPattern(name: FieldNamePath, pattern: string): boolean {
  const parts = pattern.split('.');
  return parts.length === name.length && parts.every((part, i) => (part === '*' ? typeof name[i] === 'number' : part === String(name[i])));
}

/**
 * The form field a server path belongs to: the longest prefix of the path that one of the form's `patterns`
 * names (`*` stands for a list index). `'areas.2.name'` lands on `'areas'` when the form has one select for all
 * areas; `'people.1.nationality'` lands on `['people', 1, 'nationality']` with the pattern `'people.*.nationality'`.
 * Null when no field of the form matches.
 */
export function matchFieldName(path: string, patterns: readonly string[]): FieldNamePath | null {
  const name = splitPath(path);
  for (let length = name.length; length > 0; length -= 1) {
    const prefix = name.slice(0, length);
    if (patterns.some((pattern) => matchesPattern(prefix, pattern))) return prefix;
  }
  return null;
}

/**
 * Splits an API error into messages for the form's fields and general messages, in the language shown now:
 * a 400's `details.fields[]` go under their fields, a 409 that names its `details.field` (a taken number or
 * name) goes under that field, and whatever matches no field is returned as a general message.
 */
export function distributeServerErrors(error: unknown, patterns: readonly string[]): { fields: PlacedFieldError[]; general: string[] } {
  if (!(error instanceof ApiError)) return { fields: [], general: [] };
  const byField = new Map<string, PlacedFieldError>();
  const general: string[] = [];
  const place = (path: string, text: string) => {
    const message = localizeIsoDays(text);
    const name = matchFieldName(path, patterns);
    if (!name) {
      if (!general.includes(message)) general.push(message);
      return;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byField.set(key, entry);
  };
  const fieldErrors = error.details.fields ?? [];
  if (fieldErrors.length > 0) {
    for (const field of fieldErrors) place(field.path, pickText(field.message));
  } else if (typeof error.details.field === 'string') {
    place(error.details.field, error.localizedMessage());
  } else {
    general.push(localizeIsoDays(error.localizedMessage()));
  }
  return { fields: [...byField.values()], general };
}
