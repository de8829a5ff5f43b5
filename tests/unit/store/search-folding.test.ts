import { describe, expect, it } from 'vitest';
import { matchExpression } from '../../../electron/backend/store/embedded-search.ts';
import { foldText, indexText, queryTerms } from '../../../shared/search/fold-text.ts';

describe('search folding', () => {
  it('folds case, diacritics and ß', () => {
    expect(foldText('Müller-Lüdenscheidt')).toBe('muller-ludenscheidt');
    expect(foldText('Groß')).toBe('gross');
    expect(foldText('François Ångström')).toBe('francois angstrom');
  });

  it('indexes German transliterations beside the folded word', () => {
    expect(indexText('Jörg Müller')).toBe('jorg joerg muller mueller');
    expect(indexText('Groß', undefined, 'Bäcker')).toBe('gross backer baecker');
  });

  it('reads sz in a query as a spelling of ss', () => {
    expect(queryTerms('Grosz Müll')).toEqual([['grosz', 'gross'], ['mull']]);
  });

  it('keeps only letters and digits of a query, so nothing becomes FTS5 syntax', () => {
    expect(queryTerms('NEAR("a" -b*) OR ^c:d')).toEqual([
      ['near'],
      ['a'],
      ['b'],
      ['or'],
      ['c'],
      ['d'],
    ]);
    expect(matchExpression(queryTerms('grosz anna'))).toBe('("grosz"* OR "gross"*) AND "anna"*');
    expect(queryTerms('"*-()')).toEqual([]);
  });
});
