import { useTranslation } from 'react-i18next';
import type { Language } from './index';

/** The interface language, re-rendering the component when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}
