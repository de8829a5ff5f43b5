import type { ColumnMapping } from '../../../shared/domain/import.schema.ts';
import { normaliseHeader, type Collection, type ColumnBinding } from './headers.ts';
import type { HeaderMapping } from './mapping-file.ts';

/**
 * The wizard's mapping (header as shown -> field, `property` or `ignore`) in the
 * terms of a mapping file, so both reach the columns through `bindColumns`.
 * The request schema has already checked the fields against the collection.
 */
export function headerMapping(mapping: ColumnMapping): HeaderMapping {
  return new Map(
    Object.entries(mapping).map(([header, choice]) => [normaliseHeader(header), choice]),
  );
}

/** What each column became, as a mapping the wizard could send (and the store remembers). */
export function mappingOf(bindings: readonly ColumnBinding[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const { header, target } of bindings) {
    mapping[header] =
      'field' in target ? target.field : 'property' in target ? 'property' : 'ignore';
  }
  return mapping;
}

/** True when both bind every column the same way. */
export function sameBindings(a: readonly ColumnBinding[], b: readonly ColumnBinding[]): boolean {
  return (
    a.length === b.length &&
    a.every((binding, i) => JSON.stringify(binding.target) === JSON.stringify(b[i]?.target))
  );
}

/**
 * Files "like this one": the same collection and the same set of headers,
 * compared as the importer compares them (no case, accents or punctuation),
 * in any order.
 */
export function headerSignature(collection: Collection, headers: readonly string[]): string {
  const names = [
    ...new Set(headers.map((header, i) => normaliseHeader(header.trim() || `column ${i + 1}`))),
  ];
  return `${collection}:${names.sort().join(',')}`;
}
