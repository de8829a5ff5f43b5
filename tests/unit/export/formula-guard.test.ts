import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  neutraliseFormula,
  restoreFormula,
} from '../../../electron/backend/export/formula-guard.ts';

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+49 89 1234', `'+49 89 1234`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\r=1', `'\r=1`],
    [`'=already`, `''=already`],
    ['Müller', 'Müller'],
    ['-0.5', '-0.5'],
    ['+3', '+3'],
    ['', ''],
  ])('%j is exported as %j', (cell, exported) => {
    expect(neutraliseFormula(cell)).toBe(exported);
  });

  it('no exported cell starts with a character a spreadsheet would run, unless it is a plain number', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const out = neutraliseFormula(cell);
        expect(/^[=+\-@\t\r]/.test(out) && !/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(out)).toBe(
          false,
        );
      }),
    );
  });

  it('the importer gets every cell back exactly', () => {
    const tricky = fc.string({
      unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1', '.'),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky), (cell) => {
        expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
      }),
      { numRuns: 2_000 },
    );
  });
});
