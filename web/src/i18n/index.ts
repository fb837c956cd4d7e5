import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import vi from './vi.json';
import en from './en.json';

// A dayjs value keeps the locale active when it was created, so Vietnamese must be set before any is made.
dayjs.locale('vi');

/** The languages of the interface; Vietnamese is the source, English is complete. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ingo.language';

/** Reads the language remembered in localStorage (Vietnamese when none or unreadable). */
function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const initial = readStoredLanguage();
dayjs.locale(initial);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = initial;

/** The language currently shown ('vi' or 'en'). */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/**
 * Switches the interface language: i18next, the dayjs global locale and the page's `lang`,
 * and remembers the choice in localStorage.
 */
export async function changeLanguage(language: Language): Promise<void> {
  dayjs.locale(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export default i18n;
