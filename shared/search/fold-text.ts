/**
 * Text folding for search, shared by every store so "muller", "mueller" and
 * "Müller" find the same person, and "gross", "grosz" and "Groß" the same firm.
 *
 * Indexing writes each word in its plain folded form (lower case, no diacritics,
 * ß -> ss) and, where German spelling allows another form, that form too
 * (ü -> ue, ö -> oe, ä -> ae). Queries fold the same way and try "sz" as "ss".
 */

const GERMAN_TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, diacritics stripped, ß as ss: the form every word is compared in. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** The words of a text as the index holds them: folded, plus German spellings. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const folded = foldText(word);
    terms.push(folded);
    const transliterated = foldText(word.replace(/[äöü]/g, (c) => GERMAN_TRANSLITERATION[c] ?? c));
    if (transliterated !== folded) terms.push(transliterated);
  }
  return terms;
}

/** One string per search column: the index terms separated by spaces. */
export function indexText(...texts: readonly (string | undefined)[]): string {
  return texts.flatMap((text) => (text ? indexTerms(text) : [])).join(' ');
}

/**
 * A query as alternatives per word: every word must match (AND), any of its
 * alternatives may (OR). Only letters and digits survive, so no user text can
 * reach a full-text engine as syntax.
 */
export function queryTerms(query: string): string[][] {
  const words = foldText(query).match(WORD) ?? [];
  return words.map((word) => {
    const alternatives = new Set([word]);
    if (word.includes('sz')) alternatives.add(word.replace(/sz/g, 'ss'));
    return [...alternatives];
  });
}
