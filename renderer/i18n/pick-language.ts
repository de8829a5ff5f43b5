import { LANGUAGES, type Language } from '../../graph-schema/index.ts';

/** The first OS/browser language we speak (`de-AT` -> `de`), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

/** Settings win when the user chose a language; otherwise the OS decides. */
export function resolveLanguage(
  setting: { language: Language; chosen?: boolean | undefined } | null,
  preferred: readonly string[],
): Language {
  if (setting && setting.chosen !== false) return setting.language;
  return pickLanguage(preferred);
}

export function osLanguages(nav: Pick<Navigator, 'languages' | 'language'> = navigator) {
  return nav.languages.length > 0 ? nav.languages : [nav.language];
}
