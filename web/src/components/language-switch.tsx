import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { useLanguage } from '../i18n/use-language';

/** VI / EN switch; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const value = useLanguage();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={value}
      onChange={(language) => void changeLanguage(language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span data-testid={`language-${language}`}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
