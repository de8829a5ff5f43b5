import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import {
  formatNumber,
  INTERACTION_COLUMNS,
  NODE_COLUMNS,
  propertyColumns,
  RELATIONSHIP_COLUMNS,
  type Cell,
  type Column,
} from './csv-columns.ts';
import { neutraliseFormula } from './formula-guard.ts';

export interface ExportCsvOptions {
  /** Folder for nodes.csv, relationships.csv and interactions.csv (created if missing). */
  readonly dir: string;
  /** A UTF-8 byte-order mark, so Excel on Windows reads umlauts right. */
  readonly bom?: boolean;
  /** `,` (default), `;` for Excel with German settings (numbers then use a decimal comma), or tab. */
  readonly delimiter?: ',' | ';' | '\t';
  readonly batchSize?: number;
}

export interface ExportCsvResult {
  readonly files: {
    readonly nodes: string;
    readonly relationships: string;
    readonly interactions: string;
  };
  readonly counts: {
    readonly nodes: number;
    readonly relationships: number;
    readonly interactions: number;
  };
}

/**
 * `xrm export --format csv`: streams the store into the canonical CSV files the
 * importer reads back unchanged. Every text cell passes the formula guard.
 */
export async function exportCsv(
  store: GraphReader,
  options: ExportCsvOptions,
): Promise<ExportCsvResult> {
  await mkdir(options.dir, { recursive: true });
  const batch = options.batchSize ?? 5_000;
  const files = {
    nodes: join(options.dir, 'nodes.csv'),
    relationships: join(options.dir, 'relationships.csv'),
    interactions: join(options.dir, 'interactions.csv'),
  };
  const nodeProps = await propertyKeys(store.streamNodes(batch));
  const relProps = await propertyKeys(store.streamRelationships(batch));
  const counts = {
    nodes: await writeCsv(
      files.nodes,
      [...NODE_COLUMNS, ...propertyColumns(nodeProps)],
      store.streamNodes(batch),
      options,
    ),
    relationships: await writeCsv(
      files.relationships,
      [...RELATIONSHIP_COLUMNS, ...propertyColumns(relProps)],
      store.streamRelationships(batch),
      options,
    ),
    interactions: await writeCsv(
      files.interactions,
      INTERACTION_COLUMNS,
      store.streamInteractions(batch),
      options,
    ),
  };
  return { files, counts };
}

async function propertyKeys(
  batches: AsyncIterable<readonly { properties?: Record<string, unknown> }[]>,
): Promise<Set<string>> {
  const keys = new Set<string>();
  for await (const records of batches) {
    for (const record of records)
      for (const key of Object.keys(record.properties ?? {})) keys.add(key);
  }
  return keys;
}

async function writeCsv<T>(
  path: string,
  columns: readonly Column<T>[],
  batches: AsyncIterable<readonly T[]>,
  options: ExportCsvOptions,
): Promise<number> {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = delimiter === ';';
  const out = createWriteStream(path);
  if (options.bom) out.write('\uFEFF');
  // Any line break is quoted, not only the record delimiter: readers split on lone LF and CR too.
  const csv = stringify({ delimiter, record_delimiter: '\r\n', quoted_match: /^\s|\s$|[\r\n]/ });
  csv.pipe(out);
  const write = async (row: string[]) => {
    if (!csv.write(row)) await once(csv, 'drain');
  };
  await write(columns.map((column) => column.header));
  let count = 0;
  for await (const records of batches) {
    for (const record of records) {
      await write(columns.map((column) => cellText(column.value(record), decimalComma)));
      count += 1;
    }
  }
  csv.end();
  await once(out, 'finish');
  return count;
}

function cellText(value: Cell, decimalComma: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, decimalComma);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(value);
}
