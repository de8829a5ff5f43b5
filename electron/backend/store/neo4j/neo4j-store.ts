import type {
  Interaction,
  InteractionInput,
  NodeInput,
  Relationship,
  RelationshipInput,
  StakeholderNode,
} from '../../../../graph-schema/index.ts';
import type {
  BatchSummary,
  ErasureReport,
  GraphBatch,
  GraphCounts,
  GraphStore,
  BatchReader,
  InteractionLogged,
  NodeKey,
  Neighbourhood,
  NeighbourhoodOptions,
  SearchHit,
  SearchQuery,
  StoreDescription,
  SubjectExport,
  Subgraph,
  PathSubgraphOptions,
  PathSubgraphReader,
  SubgraphOptions,
  UpsertSummary,
} from '../../../../shared/store/graph-store.ts';
import { importInteractions } from './neo4j-interaction-import.ts';
import { interactionsOf, logInteraction } from './neo4j-interactions.ts';
import {
  countAll,
  deleteNode,
  deleteRelationship,
  eraseSubject,
  getRelationship,
  getRelationships,
  subjectExport,
} from './neo4j-records.ts';
import { searchNodes } from './neo4j-search.ts';
import type { Neo4jSession, Tx } from './neo4j-session.ts';
import {
  streamInteractions,
  streamNodeKeys,
  streamNodes,
  streamRelationships,
} from './neo4j-streams.ts';
import { getNodes, neighbourhood, subgraph } from './neo4j-subgraph.ts';
import { pathSubgraph } from './neo4j-path-subgraph.ts';
import { StartCache } from './neo4j-start-cache.ts';
import { writeBatch } from './neo4j-writes.ts';

/**
 * The shared team store: a Neo4j server, cluster or Aura through neo4j-driver.
 * Reads run in read transactions (routed to followers in a cluster), writes in
 * write transactions; every one names the database. Open it with openNeo4jStore.
 */
export class Neo4jStore implements GraphStore, PathSubgraphReader, BatchReader {
  readonly description: StoreDescription;
  readonly #session: Neo4jSession;
  /** The default starts' side of path questions; dropped by every write through this store. */
  readonly #starts: StartCache;

  constructor(session: Neo4jSession, profile?: string) {
    this.#session = session;
    this.#starts = new StartCache({ read: (work) => session.read(work) });
    this.description = {
      kind: 'neo4j',
      uri: session.uri,
      database: session.database,
      ...(profile !== undefined && { profile }),
    };
  }

  async getNode(id: string): Promise<StakeholderNode | undefined> {
    return (await this.getNodes([id]))[0];
  }
  getNodes(ids: readonly string[]): Promise<StakeholderNode[]> {
    return this.#session.read((tx) => getNodes(tx, ids));
  }
  getRelationship(id: string): Promise<Relationship | undefined> {
    return this.#session.read((tx) => getRelationship(tx, id));
  }
  /** For imports: one read for a whole batch's stored relationships. */
  getRelationships(ids: readonly string[]): Promise<Relationship[]> {
    return this.#session.read((tx) => getRelationships(tx, ids));
  }
  search(query: SearchQuery): Promise<SearchHit[]> {
    return this.#session.read((tx) => searchNodes(tx, query));
  }
  neighbourhood(id: string, options?: NeighbourhoodOptions): Promise<Neighbourhood> {
    return this.#session.read((tx) => neighbourhood(tx, id, options));
  }
  subgraph(options: SubgraphOptions): Promise<Subgraph> {
    return this.#session.read((tx) => subgraph(tx, options));
  }
  /** One read transaction: the walk's element ids stay valid until its records are read. */
  pathSubgraph(options: PathSubgraphOptions): Promise<Subgraph> {
    return this.#session.read((tx) => pathSubgraph(tx, options, this.#starts));
  }
  streamNodes(batchSize?: number): AsyncIterable<StakeholderNode[]> {
    return streamNodes(this.#session, batchSize);
  }
  streamNodeKeys(batchSize?: number): AsyncIterable<NodeKey[]> {
    return streamNodeKeys(this.#session, batchSize);
  }
  streamRelationships(batchSize?: number): AsyncIterable<Relationship[]> {
    return streamRelationships(this.#session, batchSize);
  }
  streamInteractions(batchSize?: number): AsyncIterable<Interaction[]> {
    return streamInteractions(this.#session, batchSize);
  }
  counts(): Promise<GraphCounts> {
    return this.#session.read(countAll);
  }
  interactionsOf(id: string, limit?: number): Promise<Interaction[]> {
    return this.#session.read((tx) => interactionsOf(tx, id, limit));
  }
  subjectExport(id: string): Promise<SubjectExport | undefined> {
    return this.#session.read((tx) => subjectExport(tx, id));
  }

  async upsertNodes(nodes: readonly NodeInput[]): Promise<UpsertSummary> {
    return (await this.upsertBatch({ nodes })).nodes;
  }
  async upsertRelationships(relationships: readonly RelationshipInput[]): Promise<UpsertSummary> {
    return (await this.upsertBatch({ relationships })).relationships;
  }
  upsertBatch(batch: GraphBatch): Promise<BatchSummary> {
    const now = new Date().toISOString();
    return this.#write((tx) => writeBatch(tx, batch, now));
  }
  deleteNode(id: string): Promise<boolean> {
    return this.#write((tx) => deleteNode(tx, id));
  }
  deleteRelationship(id: string): Promise<boolean> {
    return this.#write((tx) => deleteRelationship(tx, id));
  }
  logInteraction(input: InteractionInput): Promise<InteractionLogged> {
    const now = new Date().toISOString();
    return this.#write((tx) => logInteraction(tx, input, now));
  }
  importInteractions(interactions: readonly InteractionInput[]): Promise<UpsertSummary> {
    const now = new Date().toISOString();
    return this.#write((tx) => importInteractions(tx, interactions, now));
  }
  async eraseSubject(id: string): Promise<ErasureReport> {
    const report = await this.#write((tx) => eraseSubject(tx, id));
    await this.#session.checkpoint();
    return report;
  }
  /**
   * Every write drops the cached starts, before (a path read running meanwhile
   * does not keep what it read) and after (nor one that began during the write).
   */
  async #write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.#starts.invalidate();
    try {
      return await this.#session.write(work);
    } finally {
      this.#starts.invalidate();
    }
  }
  async close(): Promise<void> {
    await this.#starts.settled();
    return this.#session.driver.close();
  }
}
