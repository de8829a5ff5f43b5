import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../graph-schema/index.ts';
import { useLanguage } from '../i18n/use-language.ts';

const NATIVE_NAMES: Record<Language, string> = { de: 'Deutsch', en: 'English' };

/** DE | EN as a radio group: one choice, arrow keys move between the two. */
export function LanguageSwitch({ onChange }: { readonly onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div
      className="segmented"
      role="radiogroup"
      aria-label={t('header.language')}
      data-testid="language-switch"
    >
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          role="radio"
          aria-checked={language === current}
          aria-label={NATIVE_NAMES[language]}
          lang={language}
          className="segmented__option"
          data-testid={`language-${language}`}
          onClick={() => onChange(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
