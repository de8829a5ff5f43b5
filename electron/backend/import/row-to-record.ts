import type { CsvRow } from './read-csv.ts';
import type { ColumnBinding } from './headers.ts';
import { CHOICES, type Choice } from './choices.ts';
import { parseBoolean, parseDate, parseList, parseNumber, type Parsed } from './values.ts';
import { restoreFormula } from '../export/formula-guard.ts';

/** One problem, located the way the user sees the file. */
export interface RowIssue {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

/** The non-empty cells of a row by field, plus the columns kept as properties. */
export interface RowCells {
  readonly line: number;
  readonly fields: ReadonlyMap<string, { readonly value: string; readonly column: string }>;
  readonly properties: Readonly<Record<string, string>>;
}

export function readCells(row: CsvRow, bindings: readonly ColumnBinding[]): RowCells {
  const fields = new Map<string, { value: string; column: string }>();
  const properties: Record<string, string> = {};
  for (const binding of bindings) {
    const raw = row.cells[binding.index];
    if (raw === undefined) continue;
    const value = restoreFormula(raw.trim() === '' ? '' : raw);
    if (value.trim() === '') continue;
    const target = binding.target;
    if ('field' in target) fields.set(target.field, { value, column: binding.header });
    else if ('property' in target) properties[target.property] = value;
  }
  return { line: row.line, fields, properties };
}

/** Typed values of one row, and every problem converting them. */
export class RowReader {
  readonly issues: RowIssue[] = [];
  readonly cells: RowCells;
  readonly decimalComma: boolean;

  constructor(cells: RowCells, decimalComma: boolean) {
    this.cells = cells;
    this.decimalComma = decimalComma;
  }

  text(field: string): string | undefined {
    return this.cells.fields.get(field)?.value.trim();
  }

  /** Long text keeps its inner line breaks and spacing. */
  longText(field: string): string | undefined {
    return this.cells.fields.get(field)?.value;
  }

  date(field: string): string | undefined {
    return this.parsed(field, parseDate);
  }

  number(field: string): number | undefined {
    return this.parsed(field, (text) => parseNumber(text, this.decimalComma));
  }

  boolean(field: string): boolean | undefined {
    return this.parsed(field, parseBoolean);
  }

  choice(field: string, vocabulary: Choice): string | undefined {
    return this.parsed(field, (text) => vocabulary.parse(text));
  }

  list(field: string): string[] | undefined {
    const text = this.text(field);
    return text === undefined ? undefined : parseList(text);
  }

  columnOf(field: string): string {
    return this.cells.fields.get(field)?.column ?? field;
  }

  report(field: string, message: string): void {
    this.issues.push({ line: this.cells.line, column: this.columnOf(field), message });
  }

  private parsed<T>(field: string, parse: (text: string) => Parsed<T>): T | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    this.report(field, result.message);
    return undefined;
  }
}

/** Drops undefined values so "column absent" and "cell empty" both mean "no change". */
export function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<T>;
}

/** Graph-schema names a field path (`consent.status`, `tags.2`); the user needs the column. */
export function columnForField(reader: RowReader, fieldPath: string): string {
  const [head = fieldPath] = fieldPath.split('.');
  if (head === 'consent') {
    const sub = fieldPath.split('.')[1];
    if (sub === 'date') return reader.columnOf('consentDate');
    if (sub === 'channels') return reader.columnOf('consentChannels');
    return reader.columnOf('consent');
  }
  if (head === 'properties') return fieldPath.slice('properties.'.length) || head;
  return reader.columnOf(head);
}

export { CHOICES };
