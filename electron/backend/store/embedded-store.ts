import type {
  Interaction,
  InteractionInput,
  NodeInput,
  Relationship,
  RelationshipInput,
  StakeholderNode,
} from '../../../graph-schema/index.ts';
import type {
  AnalysisNetworkReader,
  ExternalChangeMarker,
  NetworkColumns,
  BatchSummary,
  ErasureReport,
  GraphBatch,
  GraphCounts,
  BatchReader,
  GraphStore,
  ImportWriter,
  InteractionLogged,
  Neighbourhood,
  NeighbourhoodOptions,
  NodeKey,
  SearchHit,
  SearchQuery,
  StoreDescription,
  SubjectExport,
  Subgraph,
  SubgraphOptions,
  TransactionalImport,
  UpsertSummary,
} from '../../../shared/store/graph-store.ts';
import { readNetworkColumns } from './embedded-analysis-read.ts';
import { backupTo, restoreFrom, type BackupOptions } from './embedded-backup.ts';
import { eraseRows, scrubFiles, subjectExport } from './embedded-erase.ts';
import { importInteractions } from './embedded-interaction-import.ts';
import { interactionsOf, logInteraction } from './embedded-interactions.ts';
import {
  countAll,
  deleteNode,
  deleteRelationship,
  getRelationship,
  getRelationships,
} from './embedded-records.ts';
import { openImportTransaction } from './import-transaction.ts';
import { searchNodes } from './embedded-search.ts';
import { streamRows } from './embedded-streams.ts';
import { getNodes, neighbourhood, subgraph } from './embedded-subgraph.ts';
import {
  writeBatch,
  writeDocument,
  type DocumentImportSummary,
  type DocumentRecords,
} from './embedded-writes.ts';
import { nowIso, type SqlSession } from './sql-session.ts';
import { withStoreErrors } from './sqlite-errors.ts';
import { singleValue } from './sqlite-value.ts';
import { WriteGate } from './write-gate.ts';

/**
 * The default store: one SQLite file through node:sqlite. node:sqlite is
 * synchronous, so every method runs to completion in one tick; the promises
 * are there for the GraphStore contract (the Neo4j store really waits).
 */
export class EmbeddedStore
  implements
    GraphStore,
    TransactionalImport,
    BatchReader,
    AnalysisNetworkReader,
    ExternalChangeMarker
{
  readonly description: StoreDescription;
  readonly #session: SqlSession;
  readonly #path: string;
  readonly #gate = new WriteGate();

  constructor(session: SqlSession, path: string) {
    this.#session = session;
    this.#path = path;
    this.description = { kind: 'embedded', path };
  }

  #run<T>(fn: (session: SqlSession) => T): Promise<T> {
    try {
      return Promise.resolve(withStoreErrors(this.#path, () => fn(this.#session)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Writes (and whatever needs no open transaction) wait while an import transaction is open. */
  #write<T>(fn: (session: SqlSession) => T): Promise<T> {
    return this.#gate.whenFree(() => this.#run((session) => session.write(() => fn(session))));
  }
  #outsideImport<T>(fn: (session: SqlSession) => T): Promise<T> {
    return this.#gate.whenFree(() => this.#run(fn));
  }

  /**
   * The whole of `work` in one IMMEDIATE transaction; each writer call joins
   * it (see `SqlSession.write`). Commits when `work` resolves, rolls back when it
   * throws (cancel included). Reads through the store meanwhile see the
   * uncommitted batches (one connection); writes through it wait.
   */
  importTransaction<T>(work: (writer: ImportWriter) => Promise<T>): Promise<T> {
    return this.#gate.exclusive(() => openImportTransaction((fn) => this.#run(fn), work));
  }

  async getNode(id: string): Promise<StakeholderNode | undefined> {
    return (await this.getNodes([id]))[0];
  }
  getNodes(ids: readonly string[]): Promise<StakeholderNode[]> {
    return this.#run((s) => getNodes(s, ids));
  }
  getRelationship(id: string): Promise<Relationship | undefined> {
    return this.#run((s) => getRelationship(s, id));
  }
  getRelationships(ids: readonly string[]): Promise<Relationship[]> {
    return this.#run((s) => getRelationships(s, ids));
  }
  streamNodeKeys(batchSize?: number): AsyncIterable<NodeKey[]> {
    return streamRows(this.#session, 'nodeKeys', batchSize);
  }
  search(query: SearchQuery): Promise<SearchHit[]> {
    return this.#run((s) => searchNodes(s, query));
  }
  neighbourhood(id: string, options?: NeighbourhoodOptions): Promise<Neighbourhood> {
    return this.#run((s) => neighbourhood(s, id, options));
  }
  subgraph(options: SubgraphOptions): Promise<Subgraph> {
    return this.#run((s) => subgraph(s, options));
  }
  streamNodes(batchSize?: number): AsyncIterable<StakeholderNode[]> {
    return streamRows(this.#session, 'nodes', batchSize);
  }
  streamRelationships(batchSize?: number): AsyncIterable<Relationship[]> {
    return streamRows(this.#session, 'relationships', batchSize);
  }
  /** The whole network for analysis in one lean read (see embedded-analysis-read). */
  readNetworkColumns(): Promise<NetworkColumns> {
    return this.#run((s) => readNetworkColumns(s, this.#path));
  }
  /** SQLite's `data_version`: moves when another connection (another process) commits. */
  externalChangeMark(): number {
    return singleValue(this.#session.stmt('PRAGMA data_version'));
  }
  streamInteractions(batchSize?: number): AsyncIterable<Interaction[]> {
    return streamRows(this.#session, 'interactions', batchSize);
  }
  counts(): Promise<GraphCounts> {
    return this.#run(countAll);
  }
  interactionsOf(id: string, limit?: number): Promise<Interaction[]> {
    return this.#run((s) => interactionsOf(s, id, limit));
  }
  subjectExport(id: string): Promise<SubjectExport | undefined> {
    return this.#run((s) => subjectExport(s, id));
  }

  async upsertNodes(nodes: readonly NodeInput[]): Promise<UpsertSummary> {
    return (await this.upsertBatch({ nodes })).nodes;
  }
  async upsertRelationships(relationships: readonly RelationshipInput[]): Promise<UpsertSummary> {
    return (await this.upsertBatch({ relationships })).relationships;
  }
  upsertBatch(batch: GraphBatch): Promise<BatchSummary> {
    return this.#write((s) => writeBatch(s, batch, nowIso()));
  }
  deleteNode(id: string): Promise<boolean> {
    return this.#write((s) => deleteNode(s, id));
  }
  deleteRelationship(id: string): Promise<boolean> {
    return this.#write((s) => deleteRelationship(s, id));
  }
  logInteraction(input: InteractionInput): Promise<InteractionLogged> {
    return this.#write((s) => logInteraction(s, input, nowIso()));
  }
  importInteractions(interactions: readonly InteractionInput[]): Promise<UpsertSummary> {
    return this.#write((s) => importInteractions(s, interactions, nowIso()));
  }
  async eraseSubject(id: string): Promise<ErasureReport> {
    return this.#gate.whenFree(async () => {
      const report = await this.#write((s) => eraseRows(s, id));
      await this.#run(scrubFiles);
      return report;
    });
  }

  /** An export document written back exactly as it was (see json-import). */
  importDocument(records: DocumentRecords): Promise<DocumentImportSummary> {
    return this.#write((s) => writeDocument(s, records, nowIso()));
  }
  backup(toPath: string, options?: BackupOptions): Promise<void> {
    return this.#outsideImport((s) => backupTo(s, toPath, options));
  }
  restore(fromPath: string): Promise<void> {
    return this.#outsideImport((s) => restoreFrom(s, fromPath));
  }
  close(): Promise<void> {
    return this.#outsideImport((s) => {
      s.clear();
      if (s.db.isOpen) s.db.close();
    });
  }
}
