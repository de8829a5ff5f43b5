import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../graph-schema/index.ts';
import { osLanguages, resolveLanguage } from '../i18n/pick-language.ts';
import { useApi } from './api-context.ts';

/**
 * Starts in the OS language (set before the first paint), then follows the saved
 * setting once it arrives; switching saves the choice through the backend.
 */
export function useLanguageSetting(onError: (error: unknown) => void) {
  const api = useApi();
  const { i18n } = useTranslation();
  // A click on DE/EN before the saved setting arrives must not be undone by it.
  const userChose = useRef(false);

  useEffect(() => {
    let live = true;
    api['settings:get-language']({})
      .then((setting) => {
        if (live && !userChose.current)
          void i18n.changeLanguage(resolveLanguage(setting, osLanguages()));
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [api, i18n, onError]);

  useEffect(() => {
    const sync = (language: string) => {
      document.documentElement.lang = language;
    };
    sync(i18n.resolvedLanguage ?? 'en');
    i18n.on('languageChanged', sync);
    return () => i18n.off('languageChanged', sync);
  }, [i18n]);

  return useCallback(
    async (language: Language) => {
      userChose.current = true;
      await i18n.changeLanguage(language);
      try {
        await api['settings:set-language']({ language });
      } catch (error) {
        onError(error);
      }
    },
    [api, i18n, onError],
  );
}
