import { describe, expect, it } from 'vitest';
import { pickLanguage, resolveLanguage } from '../../../../renderer/i18n/pick-language.ts';
import { de } from '../../../../renderer/i18n/de.ts';
import { en } from '../../../../renderer/i18n/en.ts';

describe('language choice', () => {
  it('takes the first OS language we speak, regional variants included', () => {
    expect(pickLanguage(['fr-FR', 'de-AT', 'en-US'])).toBe('de');
    expect(pickLanguage(['en_GB'])).toBe('en');
    expect(pickLanguage(['fr', 'it'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('lets a chosen setting win and follows the OS otherwise', () => {
    expect(resolveLanguage({ language: 'en', chosen: true }, ['de-DE'])).toBe('en');
    expect(resolveLanguage({ language: 'en', chosen: false }, ['de-DE'])).toBe('de');
    // A backend that cannot tell whether the user chose is trusted.
    expect(resolveLanguage({ language: 'de' }, ['en-US'])).toBe('de');
    expect(resolveLanguage(null, ['de-CH'])).toBe('de');
  });

  it('has every English text in German too, none left empty or untranslated by accident', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
      );
    expect(keys(de)).toEqual(keys(en));
    const lookup = (o: object, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], o) as string;
    for (const key of keys(en)) expect(lookup(de, key).trim()).not.toBe('');
    expect(de.welcome.loadDemo).not.toBe(en.welcome.loadDemo);
  });
});
