import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { XrmError } from '../../../shared/errors.ts';
import { fieldFor, normaliseHeader, type Collection } from './headers.ts';

/**
 * `--mapping FILE`: a JSON object from header (as in the file) to field, e.g.
 * `{ "Kundennummer": "id", "Ansprechpartner": "name", "Umsatz 2024": "properties.Umsatz",
 * "interne Spalte": "ignore", "Messestand": "property" }`, optionally wrapped as
 * `{ "columns": { … } }`. Fields may be given as canonical headers (`last_contact`)
 * or as field names; `property` keeps the column as a property under its own name.
 */
const MappingSchema = z.union([
  z.strictObject({ columns: z.record(z.string(), z.string()) }),
  z.record(z.string(), z.string()),
]);

export type HeaderMapping = ReadonlyMap<string, string>;

export async function readMappingFile(
  path: string,
  collection: Collection,
): Promise<HeaderMapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'it does not exist'
        : (error as Error).message;
    throw new XrmError('invalid-input', `the mapping file "${path}" cannot be read: ${reason}`);
  }
  return mappingFrom(json, collection, path);
}

export function mappingFrom(
  json: unknown,
  collection: Collection,
  path = 'mapping',
): HeaderMapping {
  const parsed = MappingSchema.safeParse(json);
  if (!parsed.success) {
    throw new XrmError(
      'invalid-input',
      `the mapping file "${path}" must be a JSON object from column header to field name`,
    );
  }
  const entries =
    'columns' in parsed.data && typeof parsed.data.columns === 'object'
      ? (parsed.data.columns as Record<string, string>)
      : (parsed.data as Record<string, string>);
  const mapping = new Map<string, string>();
  for (const [header, wanted] of Object.entries(entries)) {
    const field = fieldFor(wanted, collection);
    if (field === undefined) {
      throw new XrmError(
        'invalid-input',
        `the mapping file "${path}" maps "${header}" to "${wanted}", which is not a field of ${collection} (use a canonical column, "properties.NAME", "property" or "ignore")`,
      );
    }
    mapping.set(normaliseHeader(header), field);
  }
  return mapping;
}
