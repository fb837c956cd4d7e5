import 'i18next';
import type vi from './vi.json';

// Typed keys: t('unknown.key') fails the type check. Vietnamese is the source of the key set.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
