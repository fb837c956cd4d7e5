import { useState } from 'react';
import type { FormInstance } from 'antd';
import { distributeServerErrors } from '../server-field-errors';

/**
 * Shows an API error on a form: field messages under their fields (scrolling to the first one), the rest as
 * general messages. The general messages are recomputed on every render, so they follow a language switch.
 */
export function useServerErrors(form: FormInstance, patterns: readonly string[]) {
  const [error, setError] = useState<unknown>(null);
  const general = error ? distributeServerErrors(error, patterns).general : [];
  return {
    error,
    general,
    show(next: unknown) {
      setError(next);
      const { fields } = distributeServerErrors(next, patterns);
      form.setFields(fields);
      if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
    },
    clear() {
      setError(null);
    },
  };
}
