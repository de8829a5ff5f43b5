import { XrmError } from '../../../shared/errors.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import {
  bindHeaders,
  COLLECTIONS,
  fieldFor,
  knownHeaderCount,
  type Collection,
  type ColumnBinding,
} from './headers.ts';
import type { CollectionImporter, RunImportOptions } from './import-types.ts';
import { interactionImporter } from './interaction-importer.ts';
import { readMappingFile, type HeaderMapping } from './mapping-file.ts';
import { indexStore, type NodeIndex } from './matching.ts';
import { CHOICES, readCells, type RowCells } from './row-to-record.ts';
import { isOrganisationKind, type NodeKind } from '../../../graph-schema/index.ts';
import { nodeImporter } from './node-importer.ts';
import { detectPreset, presetNamed, PRESETS, type Preset } from './presets/index.ts';
import { CsvReadError, openCsv, type CsvFile } from './read-csv.ts';
import { relationshipImporter } from './relationship-importer.ts';
import { fieldColumns } from './store-rejections.ts';
import type { RowIssue } from './row-to-record.ts';

export interface ImportSetup {
  readonly file: CsvFile;
  readonly preset?: Preset;
  readonly bindings: readonly ColumnBinding[];
  readonly decimalComma: boolean;
}

export async function openImport(options: RunImportOptions): Promise<ImportSetup> {
  const named = options.preset ? presetNamed(options.preset) : undefined;
  if (options.preset && !named) {
    const known = PRESETS.map((p) => p.name).join(', ');
    throw new XrmError('invalid-input', `there is no preset "${options.preset}" (known: ${known})`);
  }
  const opened = await openCsv(options.file, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    findHeader: (records) => headerIndex(records, [options.as]),
  });
  // The wizard reads a staged copy under a random name; records name the original.
  const file = options.fileName ? { ...opened, name: options.fileName } : opened;
  const preset = named ?? (options.as === 'nodes' ? detectPreset(file.headers) : undefined);
  const mappingFile = options.mapping
    ? await readMappingFile(options.mapping, options.as)
    : undefined;
  const mappings = [mappingFile, options.columnMapping].filter((m) => m !== undefined);
  const bindings = bindColumns(file.headers, options.as, preset, mappings);
  return { file, ...(preset ? { preset } : {}), bindings, decimalComma: file.delimiter === ';' };
}

/**
 * The one way a mapping reaches the columns, for the `--mapping` file and the
 * wizard's choices alike: the preset's columns, then each mapping in turn
 * overriding them, then the header aliases for whatever none of them names.
 */
export function bindColumns(
  headers: readonly string[],
  collection: Collection,
  preset: Preset | undefined,
  mappings: readonly HeaderMapping[] = [],
): ColumnBinding[] {
  const overrides = new Map(preset?.columns ?? []);
  for (const mapping of mappings) for (const [key, field] of mapping) overrides.set(key, field);
  return bindHeaders(headers, collection, overrides);
}

/** The header is the first record naming two known columns (after a preamble such as LinkedIn's). */
function headerIndex(records: readonly string[][], collections: readonly Collection[]): number {
  const found = records.findIndex(
    (cells) =>
      collections.some((collection) => knownHeaderCount(cells, collection) >= 2) ||
      PRESETS.some((p) => p.matches(cells)),
  );
  return Math.max(0, found);
}

const REQUIRED: Readonly<Record<Collection, readonly (readonly string[])[]>> = {
  nodes: [['id', 'name', 'firstName', 'lastName', 'email']],
  relationships: [['source'], ['target'], ['type']],
  interactions: [['date'], ['channel'], ['participants']],
};

/**
 * What a file's columns say it holds, for a hint when nobody said: the collection
 * whose required columns are all there, relationships and interactions before
 * nodes (their columns are the more telling). Undefined when none or the file
 * cannot be read.
 */
export async function collectionSuggestedBy(path: string): Promise<Collection | undefined> {
  const file = await openCsv(path, {
    findHeader: (records) => headerIndex(records, COLLECTIONS),
  }).catch(() => undefined);
  if (!file) return undefined;
  const order: readonly Collection[] = ['relationships', 'interactions', 'nodes'];
  return order.find((collection) => {
    const bound = new Set(file.headers.map((header) => fieldFor(header, collection)));
    return unboundRequired(bound, collection).length === 0;
  });
}

/** The required fields (each a list of alternatives) that no column is bound to. */
function unboundRequired(bound: ReadonlySet<string | undefined>, collection: Collection) {
  return REQUIRED[collection].filter((anyOf) => !anyOf.some((field) => bound.has(field)));
}

/** A file missing a whole column fails on its header line, not on every row. */
export function missingColumns(setup: ImportSetup, collection: Collection): RowIssue[] {
  const bound = new Set(
    setup.bindings.flatMap((b) => ('field' in b.target ? [b.target.field] : [])),
  );
  return unboundRequired(bound, collection).map((anyOf) => ({
    line: setup.file.headerLine,
    column: '(header)',
    message: `no column for ${anyOf.join(' or ')}; found: ${setup.file.headers.join(', ')}`,
  }));
}

export async function createImporter(
  store: GraphStore,
  setup: ImportSetup,
  options: RunImportOptions,
  importedAt: string,
): Promise<CollectionImporter> {
  const fileName = setup.file.name;
  const { decimalComma } = setup;
  if (options.as === 'nodes') {
    const index = await indexStore(store, { employers: true });
    await indexFileOrganisations(setup, index);
    return nodeImporter({
      index,
      fileName,
      importedAt,
      rowOptions: {
        decimalComma,
        ...(setup.preset?.listSeparator ? { listSeparator: setup.preset.listSeparator } : {}),
        ...(setup.preset?.dropTags ? { dropTags: setup.preset.dropTags } : {}),
      },
      defaultKind: setup.preset?.defaultKind ?? 'Contact',
      organizationKind: options.organizationKind ?? 'Customer',
    });
  }
  const index = await indexStore(store, { employers: false, kindsOnly: true });
  if (options.as === 'relationships') {
    const storeWasEmpty = (await store.counts()).relationships === 0;
    return relationshipImporter({
      kindOf: index.kindOf,
      fileName,
      importedAt,
      decimalComma,
      storeWasEmpty,
      columnOf: fieldColumns(fieldHeaders(setup.bindings)),
    });
  }
  const existing = new Set<string>();
  for await (const batch of store.streamInteractions(5_000))
    for (const i of batch) existing.add(i.id);
  return interactionImporter({ kindOf: index.kindOf, existing, fileName, decimalComma });
}

/** The header of the column bound to each field (the first, when several are). */
function fieldHeaders(bindings: readonly ColumnBinding[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const b of bindings)
    if ('field' in b.target && !headers.has(b.target.field)) headers.set(b.target.field, b.header);
  return headers;
}

/**
 * A person's `organization` may name the id of an organisation further down the
 * file. When the file has both columns, one quick read registers the file's
 * organisations first, so row order does not matter.
 */
async function indexFileOrganisations(setup: ImportSetup, index: NodeIndex): Promise<void> {
  const fields = new Set(
    setup.bindings.flatMap((b) => ('field' in b.target ? [b.target.field] : [])),
  );
  if (!fields.has('id') || !fields.has('organization') || !fields.has('kind')) return;
  try {
    for await (const row of setup.file.rows())
      addOrganisation(readCells(row, setup.bindings), index);
  } catch (error) {
    // A broken file is reported, with its line, by the checking pass.
    if (!(error instanceof CsvReadError)) throw error;
  }
}

function addOrganisation(cells: RowCells, index: NodeIndex): void {
  const [id, name, kindText] = ['id', 'name', 'kind'].map((f) => cells.fields.get(f)?.value.trim());
  const kind = kindText === undefined ? undefined : CHOICES.kind.parse(kindText);
  if (!id || !name || !kind?.ok || !isOrganisationKind(kind.value as NodeKind)) return;
  index.add({ id, kind: kind.value as NodeKind, name });
}
