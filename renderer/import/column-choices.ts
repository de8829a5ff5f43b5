import {
  IGNORE_COLUMN,
  IMPORT_FIELDS,
  KEEP_AS_PROPERTY,
  type ColumnMapping,
  type ImportColumn,
  type ImportCollection,
} from '../../shared/domain/import.schema.ts';

/** What a column's select offers: the collection's fields, then "keep" and "ignore". */
export function choicesFor(collection: ImportCollection): readonly string[] {
  return [...IMPORT_FIELDS[collection], KEEP_AS_PROPERTY, IGNORE_COLUMN];
}

/** The mapping the preview's columns stand for: what each select shows before a change. */
export function mappingOfColumns(columns: readonly ImportColumn[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const { header, target } of columns) {
    mapping[header] =
      'field' in target ? target.field : 'property' in target ? KEEP_AS_PROPERTY : IGNORE_COLUMN;
  }
  return mapping;
}

/** One column's new choice, the others as they are shown now. */
export function withChoice(
  current: ColumnMapping | null,
  columns: readonly ImportColumn[],
  header: string,
  choice: string,
): ColumnMapping {
  return { ...(current ?? mappingOfColumns(columns)), [header]: choice };
}

/**
 * Fields chosen for more than one column -> those columns' headers, in file
 * order. Such a mapping cannot be imported: a field takes one column.
 */
export function duplicateFields(mapping: ColumnMapping): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const [header, choice] of Object.entries(mapping)) {
    if (choice === KEEP_AS_PROPERTY || choice === IGNORE_COLUMN) continue;
    byField.set(choice, [...(byField.get(choice) ?? []), header]);
  }
  for (const [field, headers] of byField) if (headers.length < 2) byField.delete(field);
  return byField;
}
