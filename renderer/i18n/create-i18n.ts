import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../graph-schema/index.ts';
import { de } from './de.ts';
import { en } from './en.ts';

/** A ready i18next instance; resources are bundled, so initialisation is synchronous. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, de: { translation: de } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    initAsync: false,
    // React escapes on render; double escaping would show `&amp;` in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
