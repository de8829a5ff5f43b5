import { useTranslation } from 'react-i18next';
import type { Language } from '../../graph-schema/index.ts';

/** The UI language as the model's Language type, for graph-schema labels and Intl. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'de' ? 'de' : 'en';
}
