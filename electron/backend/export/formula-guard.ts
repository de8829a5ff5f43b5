/**
 * Spreadsheets run a cell as a formula when it starts with `=`, `+`, `-` or `@`
 * (and tab or CR can smuggle one in). Exported cells that could do that get a
 * leading `'`, which Excel and LibreOffice show as plain text.
 *
 * The convention is reversible, so exports round-trip: the importer removes one
 * leading `'` from any cell that is one or more `'` followed by a trigger
 * character. A cell that already looks like that gets one more `'` on export.
 * Plain numbers (`-0.5`, `+3`) cannot run anything and stay as they are.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

export function neutraliseFormula(cell: string): string {
  if (!GUARDED.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell) ? cell.slice(1) : cell;
}
