import type {
  Interaction,
  InteractionInput,
  NodeInput,
  NodeKind,
  Relationship,
  RelationshipInput,
  RelationshipType,
  StakeholderNode,
} from '../../graph-schema/index.ts';

/**
 * The one interface both stores implement (embedded SQLite and Neo4j), split in
 * a read and a write half so analysis code can be handed a reader only.
 * Every write validates through graph-schema first and is all-or-nothing.
 */
export interface GraphReader {
  getNode(id: string): Promise<StakeholderNode | undefined>;
  getNodes(ids: readonly string[]): Promise<StakeholderNode[]>;
  getRelationship(id: string): Promise<Relationship | undefined>;
  /** Ranked full-text search: prefix and diacritic-insensitive. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** A node's direct neighbours, paged, strongest relationships first. */
  neighbourhood(id: string, options?: NeighbourhoodOptions): Promise<Neighbourhood>;
  /** Everything within `maxHops` of the seeds, bounded per hub and in total. */
  subgraph(options: SubgraphOptions): Promise<Subgraph>;
  /** Everything, in batches: for export and whole-network analysis. */
  streamNodes(batchSize?: number): AsyncIterable<StakeholderNode[]>;
  streamRelationships(batchSize?: number): AsyncIterable<Relationship[]>;
  streamInteractions(batchSize?: number): AsyncIterable<Interaction[]>;
  counts(): Promise<GraphCounts>;
  interactionsOf(id: string, limit?: number): Promise<Interaction[]>;
  /** GDPR Art. 15: everything held about one person. */
  subjectExport(id: string): Promise<SubjectExport | undefined>;
}

export interface GraphWriter {
  upsertNodes(nodes: readonly NodeInput[]): Promise<UpsertSummary>;
  upsertRelationships(relationships: readonly RelationshipInput[]): Promise<UpsertSummary>;
  /** Nodes and relationships in one transaction; relationships may point at nodes of the same batch. */
  upsertBatch(batch: GraphBatch): Promise<BatchSummary>;
  /** Deletes the node and, with it, its relationships and interaction links. */
  deleteNode(id: string): Promise<boolean>;
  deleteRelationship(id: string): Promise<boolean>;
  /** Logs an interaction and moves `lastContact` of the relationships among its participants. */
  logInteraction(input: InteractionInput): Promise<InteractionLogged>;
  /**
   * Interactions written exactly as given, by id (created, replaced or left as
   * they are), all or nothing. Unlike logInteraction it does not move
   * lastContact: a copy brings relationships that already carry it.
   */
  importInteractions(interactions: readonly InteractionInput[]): Promise<UpsertSummary>;
  /** GDPR Art. 17: removes the person and every trace of them from the store's files. */
  eraseSubject(id: string): Promise<ErasureReport>;
}

export interface GraphStore extends GraphReader, GraphWriter {
  readonly description: StoreDescription;
  close(): Promise<void>;
}

export type StoreDescription =
  | { readonly kind: 'embedded'; readonly path: string }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly database: string;
      readonly profile?: string;
    };

export interface SearchQuery {
  readonly text: string;
  readonly kinds?: readonly NodeKind[];
  readonly limit?: number;
}

export interface SearchHit {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly title?: string;
  readonly organization?: string;
  readonly email?: string;
  /** Higher is better; comparable only within one result list. */
  readonly score: number;
}

export interface NeighbourhoodOptions {
  readonly limit?: number;
  readonly offset?: number;
  readonly types?: readonly RelationshipType[];
}

export interface Neighbourhood {
  readonly node: StakeholderNode;
  readonly neighbours: StakeholderNode[];
  readonly relationships: Relationship[];
  /** How many relationships the node has in all (for "show more"). */
  readonly total: number;
}

export interface SubgraphOptions {
  readonly seeds: readonly string[];
  readonly maxHops: number;
  /** Stop expanding through a node with more relationships than this. */
  readonly hubCap?: number;
  readonly maxNodes?: number;
}

export interface Subgraph {
  readonly nodes: StakeholderNode[];
  readonly relationships: Relationship[];
  /** Hubs whose relationships were not all followed: the cap bit here. */
  readonly cappedHubs: readonly { readonly id: string; readonly degree: number }[];
  readonly truncated: boolean;
}

/**
 * What a path question needs from a store that cannot hold the whole network:
 * every route of at most `maxHops` relationships from a start to the target (or,
 * for an organisation, to one of the people who work for it), within the caps.
 */
export interface PathSubgraphOptions {
  readonly target: string;
  /** Where routes start; absent means every Colleague and the OwnCompany (DESIGN.md). */
  readonly starts?: readonly string[];
  readonly maxHops: number;
  /** Stop expanding through a node with more relationships than this (starts and ends excepted). */
  readonly hubCap?: number;
  readonly maxNodes?: number;
  /**
   * Routes whose product of strengths is below this may be left out (a path's
   * score never exceeds it). Only for a caller that has shown no such route can
   * be among its answers.
   */
  readonly minScore?: number;
}

/**
 * Optional store capability: the bounded subgraph for one path question, read
 * from both ends at once (Neo4j). Stores without it are read with `subgraph`.
 */
export interface PathSubgraphReader {
  pathSubgraph(options: PathSubgraphOptions): Promise<Subgraph>;
}

export function supportsPathSubgraph(store: object): store is PathSubgraphReader {
  return typeof (store as Partial<PathSubgraphReader>).pathSubgraph === 'function';
}

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
  readonly interactions: number;
  readonly byKind: Readonly<Partial<Record<NodeKind, number>>>;
  readonly byType: Readonly<Partial<Record<RelationshipType, number>>>;
}

export interface UpsertSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface BatchSummary {
  readonly nodes: UpsertSummary;
  readonly relationships: UpsertSummary;
}

export interface GraphBatch {
  readonly nodes?: readonly NodeInput[];
  readonly relationships?: readonly RelationshipInput[];
}

export interface InteractionLogged {
  readonly interaction: Interaction;
  readonly relationshipsTouched: number;
}

export interface ErasureReport {
  readonly id: string;
  readonly relationships: number;
  readonly interactions: number;
}

export interface SubjectExport {
  readonly exportedAt: string;
  readonly node: StakeholderNode;
  readonly relationships: Relationship[];
  readonly interactions: Interaction[];
}

/**
 * The writes and reads an import needs while its transaction is open. Reads see
 * the import's own earlier batches.
 */
export type ImportWriter = Pick<
  GraphStore,
  'upsertBatch' | 'logInteraction' | 'getNodes' | 'getRelationship'
> &
  Partial<Pick<BatchReader, 'getRelationships'>>;

/**
 * Optional store capability: a whole import in one transaction. The work's
 * writes commit together when it resolves and roll back when it throws (also on
 * cancel). Other writes to the store wait until it has finished.
 */
export interface TransactionalImport {
  importTransaction<T>(work: (writer: ImportWriter) => Promise<T>): Promise<T>;
}

export function supportsImportTransaction(store: object): store is TransactionalImport {
  return typeof (store as Partial<TransactionalImport>).importTransaction === 'function';
}

/** The identifying fields of a stored node: enough to match import rows, far smaller than the node. */
export interface NodeKey {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly email?: string;
}

/** Optional store capability: bulk reads the import uses when a store offers them. */
export interface BatchReader {
  /** The stored relationships among `ids`, in no particular order; missing ids are left out. */
  getRelationships(ids: readonly string[]): Promise<Relationship[]>;
  /** Every node's key fields, in batches. */
  streamNodeKeys(batchSize?: number): AsyncIterable<NodeKey[]>;
}

export function supportsBatchReads(store: object): store is BatchReader {
  const candidate = store as Partial<BatchReader>;
  return (
    typeof candidate.getRelationships === 'function' &&
    typeof candidate.streamNodeKeys === 'function'
  );
}

/**
 * The whole network in columns, as whole-network analysis needs it: every node
 * record, and per relationship only what the path search reads. Column `i` of
 * every relationship array describes the same relationship.
 */
export interface NetworkColumns {
  readonly nodes: readonly StakeholderNode[];
  readonly relationships: RelationshipColumns;
}

export interface RelationshipColumns {
  readonly id: readonly string[];
  /** Positions in graph-schema's RELATIONSHIP_TYPES. */
  readonly typeCode: Uint8Array;
  /** Positions of the endpoints in `nodes`. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly strength: Float64Array;
  /** Day of the last contact (days since 1970-01-01 UTC), NaN without one. */
  readonly contactDay: Float64Array;
  /** The full stored record of relationship `i` (explanations), read when asked for. */
  readonly record: (i: number) => Relationship | undefined;
}

/**
 * Optional store capability: the whole network for analysis in one lean read,
 * trusting rows that were validated when they were written.
 */
export interface AnalysisNetworkReader {
  readNetworkColumns(): Promise<NetworkColumns>;
}

export function supportsNetworkColumns(store: object): store is AnalysisNetworkReader {
  return typeof (store as Partial<AnalysisNetworkReader>).readNetworkColumns === 'function';
}

/**
 * A store file other processes may write to while the app has it open (the
 * embedded store: `xrm import` in a terminal). The mark changes whenever another
 * connection commits, so caches can tell their copy is stale. Own writes do not
 * move it; they are announced by the write handlers' `store:changed` events.
 */
export interface ExternalChangeMarker {
  externalChangeMark(): number;
}

export function supportsExternalChangeMark(store: object): store is ExternalChangeMarker {
  return typeof (store as Partial<ExternalChangeMarker>).externalChangeMark === 'function';
}
