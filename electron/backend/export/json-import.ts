import { readFile } from 'node:fs/promises';
import type { NodeInput, RelationshipInput } from '../../../graph-schema/index.ts';
import { NotFoundError, XrmError } from '../../../shared/errors.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import type { DocumentImportSummary, DocumentRecords } from '../store/embedded-writes.ts';
import {
  XRM_DOCUMENT_FORMAT,
  XRM_DOCUMENT_VERSION,
  XrmDocumentEnvelopeSchema,
} from './json-document.ts';

/** A store that can take a document back exactly: timestamps and interactions as they were. */
export interface DocumentImportTarget {
  importDocument(records: DocumentRecords): Promise<DocumentImportSummary>;
}

/**
 * Reads an `xrm export --format json` file and writes it in one transaction
 * (all or nothing; every record validated first). Into a fresh embedded store,
 * exporting again gives the same document.
 */
export async function importJson(
  store: GraphStore & Partial<DocumentImportTarget>,
  path: string,
): Promise<DocumentImportSummary> {
  const records = await readDocument(path);
  if (store.importDocument) return store.importDocument(records);
  // Stores without an exact import (Neo4j) get the records through the interface:
  // the data arrives, node timestamps are the store's own.
  const batch = await store.upsertBatch(records);
  for (const interaction of records.interactions) {
    await store.logInteraction(interaction as Parameters<GraphStore['logInteraction']>[0]);
  }
  return { ...batch, interactions: records.interactions.length };
}

export async function readDocument(path: string): Promise<DocumentRecords> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new NotFoundError(`The file "${path}"`);
    throw new XrmError('invalid-input', `"${path}" cannot be read (${error.code ?? 'error'}).`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new XrmError('invalid-input', `"${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const envelope = XrmDocumentEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new XrmError(
      'invalid-input',
      `"${path}" is not an XRM Explorer export: expected {"format": "${XRM_DOCUMENT_FORMAT}", "version", "nodes", "relationships", "interactions"}.`,
    );
  }
  const { version, nodes, relationships, interactions } = envelope.data;
  if (version > XRM_DOCUMENT_VERSION) {
    throw new XrmError(
      'unsupported',
      `"${path}" is export format version ${version}; this XRM Explorer reads up to version ${XRM_DOCUMENT_VERSION}.`,
    );
  }
  return {
    nodes: nodes as NodeInput[],
    relationships: relationships.map(withoutId) as RelationshipInput[],
    interactions,
  };
}

/** A relationship's id is derived from type and endpoints; the input schema does not take it. */
function withoutId(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || !('id' in record)) return record;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, ...rest } = record as Record<string, unknown>;
  return rest;
}
