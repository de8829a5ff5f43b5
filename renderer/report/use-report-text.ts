import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';

/** The report namespace's `t` plus the language for graph-schema labels and Intl. */
export function useReportText() {
  const { t } = useTranslation('report');
  return { t, language: useLanguage() };
}
