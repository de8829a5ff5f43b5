import {
  isOrganisationKind,
  type Relationship,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';
import {
  brokersForAccount,
  buildAnalysisGraph,
  buyingCentreCoverage,
  DEFAULT_K,
  DEFAULT_MAX_HOPS,
  findKBestPaths,
  keyPersonRisk,
  type AnalysisGraph,
} from '../../../shared/analysis/index.ts';
import { NotFoundError, XrmError } from '../../../shared/errors.ts';
import type { ReportData, ReportRequest } from '../../../shared/report/report-data.schema.ts';
import type { GraphReader, StoreDescription } from '../../../shared/store/graph-store.ts';
import { coverageSection, exclusions, reportPath } from './report-sections.ts';
import { relationshipHealth, STALE_AFTER_DAYS } from './report-health.ts';
import { reportMap } from './report-map.ts';
import { reuseOnce } from './report-reuse.ts';

/** How far around the account the analysis looks, and how big it may get. */
const SUBGRAPH_HUB_CAP = 400;
const SUBGRAPH_MAX_NODES = 20_000;
/**
 * A store this small is read whole instead: streaming it is several times
 * cheaper than walking it relationship by relationship, and the walk would
 * reach most of it anyway. Paths stay bounded by `maxHops` either way.
 */
const READ_WHOLE_MAX_NODES = SUBGRAPH_MAX_NODES;
const READ_WHOLE_MAX_RELATIONSHIPS = 250_000;

export interface BuildReportOptions extends ReportRequest {
  readonly store: GraphReader & { readonly description: StoreDescription };
  /** For tests: the moment the report says it was made. */
  readonly now?: Date;
  /** For tests: the largest store read whole (0 always walks the bounded subgraph). */
  readonly readWholeMaxNodes?: number;
}

/**
 * Assembles the account influence brief (DESIGN.md "Reports"): the account and
 * its owner, the k best paths with every hop explained, brokers, key-person risk,
 * buying-centre coverage, relationship health and consent exclusions, plus the
 * map's nodes and edges. Everything comes from one bounded subgraph around the
 * account (or, for a small store, the store read whole). Printing asks twice
 * in a row (check, then the page): the second request reuses the first result.
 */
export function buildReportData(options: BuildReportOptions): Promise<ReportData> {
  const key = JSON.stringify([
    options.account,
    options.asOf ?? null,
    options.k ?? null,
    options.maxHops ?? null,
    (options.now ?? new Date()).toISOString().slice(0, 10),
    options.now?.toISOString() ?? null,
    options.readWholeMaxNodes ?? null,
  ]);
  return reuseOnce(options.store, key, () => computeReportData(options));
}

async function computeReportData(options: BuildReportOptions): Promise<ReportData> {
  const { store } = options;
  const account = await store.getNode(options.account);
  if (!account) throw new NotFoundError(`Account "${options.account}"`);
  if (!isOrganisationKind(account.kind)) {
    throw new XrmError(
      'invalid-input',
      `"${account.name}" (${options.account}) is a ${account.kind}; a report is made for an organisation such as a customer.`,
    );
  }
  const now = options.now ?? new Date();
  const asOf = options.asOf ?? now.toISOString().slice(0, 10);
  const k = options.k ?? DEFAULT_K;
  const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;
  // A path may end at one of the account's people, one hop beyond the account.
  const reach = maxHops + 1;
  const around =
    (await wholeIfSmall(store, options.readWholeMaxNodes ?? READ_WHOLE_MAX_NODES)) ??
    (await store.subgraph({
      seeds: [account.id],
      maxHops: reach,
      hubCap: SUBGRAPH_HUB_CAP,
      maxNodes: SUBGRAPH_MAX_NODES,
    }));
  const graph = analysisGraph(around.nodes, around.relationships);
  const pathOptions = { asOf, maxHops };
  const found = findKBestPaths(graph, { ...pathOptions, to: account.id, k });
  const paths = found.paths.map((path, index) => reportPath(graph, path, index + 1));
  const brokers = brokersForAccount(graph, account.id, pathOptions);
  const risks = keyPersonRisk(graph, account.id, pathOptions);
  return {
    generatedAt: now.toISOString(),
    asOf,
    dataAsOf: newestRecord(graph),
    store: store.description,
    settings: { k, maxHops, staleAfterDays: STALE_AFTER_DAYS },
    account: {
      id: account.id,
      name: account.name,
      kind: account.kind,
      tier: account.tier ?? null,
      keyAccount: account.keyAccount ?? false,
      customerValue: account.customerValue ?? null,
      potential: account.potential ?? null,
      city: account.city ?? null,
      country: account.country ?? null,
    },
    owners: ownersOf(graph, account.id),
    map: reportMap(graph, account.id, paths, reach),
    paths,
    brokers: {
      totalScore: brokers.totalScore,
      pathCount: brokers.pathCount,
      list: brokers.brokers.map((b) => ({ ...b })),
    },
    risks: { bestScore: risks.bestScore, list: risks.risks.map((r) => ({ ...r })) },
    coverage: coverageSection(buyingCentreCoverage(graph, account.id, pathOptions), graph),
    health: relationshipHealth(graph, account.id, paths, asOf),
    excluded: exclusions(graph, found.excluded),
  };
}

/** Every node and relationship, unless the store is bigger than the read-whole limits. */
async function wholeIfSmall(store: GraphReader, maxNodes: number): Promise<Graphish | undefined> {
  const nodes: StakeholderNode[] = [];
  for await (const page of store.streamNodes(maxNodes + 1)) {
    if (nodes.length + page.length > maxNodes) return undefined;
    for (const node of page) nodes.push(node);
  }
  const relationships: Relationship[] = [];
  for await (const page of store.streamRelationships(10_000)) {
    if (relationships.length + page.length > READ_WHOLE_MAX_RELATIONSHIPS) return undefined;
    for (const rel of page) relationships.push(rel);
  }
  return { nodes, relationships };
}

type Graphish = { readonly nodes: StakeholderNode[]; readonly relationships: Relationship[] };

/** The subgraph may list a relationship whose far end lies beyond its bound: leave it out. */
function analysisGraph(
  nodes: readonly StakeholderNode[],
  relationships: Parameters<typeof buildAnalysisGraph>[1],
): AnalysisGraph {
  const ids = new Set(nodes.map((node) => node.id));
  return buildAnalysisGraph(
    nodes,
    relationships.filter((rel) => ids.has(rel.source) && ids.has(rel.target)),
  );
}

/** The account's owner: the colleagues who MANAGE it, strongest first. */
function ownersOf(graph: AnalysisGraph, account: string): ReportData['owners'] {
  const owners: { node: StakeholderNode; strength: number }[] = [];
  graph.forEachEdge(account, (_key, rel, source) => {
    if (rel.type !== 'MANAGES' || source === account) return;
    owners.push({ node: graph.getNodeAttributes(source), strength: rel.strength });
  });
  owners.sort((a, b) => b.strength - a.strength || (a.node.id < b.node.id ? -1 : 1));
  return owners.map(({ node }) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    title: node.title ?? null,
  }));
}

/** The latest day anything around the account was recorded: an update or a contact. */
function newestRecord(graph: AnalysisGraph): string | null {
  let newest = '';
  graph.forEachNode((_id, node) => {
    const stamp = node.updatedAt ?? node.createdAt ?? '';
    if (stamp > newest) newest = stamp;
  });
  graph.forEachEdge((_key, rel) => {
    if (rel.lastContact && rel.lastContact > newest.slice(0, 10)) newest = rel.lastContact;
  });
  return newest === '' ? null : newest.slice(0, 10);
}
