import type { FormInstance } from 'antd';
import { ApiError } from '../api/api-error';

/**
 * Shows the server's field errors under the matching form fields.
 * Returns true when at least one field error was placed (so the caller need not show a toast).
 */
export function applyServerFieldErrors(form: FormInstance, error: unknown, knownFields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const messages = error.fieldMessages();
  const fields = Object.entries(messages)
    .filter(([path]) => knownFields.includes(path))
    .map(([path, message]) => ({ name: path, errors: [message] }));
  form.setFields(fields);
  return fields.length > 0;
}
