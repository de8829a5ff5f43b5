import {
  centrality,
  communities,
  DEFAULT_MAX_HOPS,
  findKBestPaths,
  type AnalysisNetwork,
  type PathOptions,
} from '../../../shared/analysis/index.ts';
import type {
  AccountInfluenceOutput,
  AccountInput,
  CentralityInput,
  CentralityOutput,
  CommunitiesInput,
  CommunitiesOutput,
  FindPathsInput,
  PathsOutput,
  WhatIfRemovedInput,
  WhatIfRemovedOutput,
} from '../../../shared/domain/analysis.schema.ts';
import { NotFoundError, XrmError } from '../../../shared/errors.ts';
import { supportsExternalChangeMark } from '../../../shared/store/graph-store.ts';
import type { StakeholderNode } from '../../../graph-schema/index.ts';
import { accountInfluence } from './account-influence.ts';
import {
  findPathsAround,
  loadAround,
  loadsWholeNetwork,
  loadWholeNetwork,
  type AnalysisReader,
  type LoadedGraph,
} from './analysis-graph-source.ts';
import {
  checkAsOf,
  checkHalfLifeDays,
  checkWhole,
  K_RANGE,
  MAX_HOPS_RANGE,
} from './analysis-inputs.ts';
import { passesThrough, pathsOutput, refOf } from './analysis-results.ts';

const DEFAULT_CENTRALITY_LIMIT = 20;
const DEFAULT_MAX_MEMBERS = 200;
/** Isolated stakeholders are communities of one; a huge network has many. */
const MAX_COMMUNITIES = 1_000;

/** The analysis questions the app and the CLI ask, answered from one store. */
export interface AnalysisService {
  findPaths(input: FindPathsInput): Promise<PathsOutput>;
  accountInfluence(input: AccountInput): Promise<AccountInfluenceOutput>;
  whatIfRemoved(input: WhatIfRemovedInput): Promise<WhatIfRemovedOutput>;
  centrality(input: CentralityInput): Promise<CentralityOutput>;
  communities(input: CommunitiesInput): Promise<CommunitiesOutput>;
  /** Forgets the cached network; the next question loads it again. Call on every write. */
  invalidate(): void;
}

export interface AnalysisServiceOptions {
  /** Neo4j path queries: hubs with more relationships are not expanded (default HUB_CAP). */
  readonly hubCap?: number;
}

type PathQuery = Omit<FindPathsInput, 'to' | 'from'>;

/**
 * Loads the network for analysis from a store. The embedded store streams every
 * node and relationship once and keeps the graph until `invalidate()`. Neo4j is a
 * shared database that may be far larger than this machine's memory: path
 * questions load a bounded subgraph around the target (and say where it was cut),
 * and whole-network metrics stream everything but say that they did.
 */
export function createAnalysisService(
  store: AnalysisReader,
  settings: AnalysisServiceOptions = {},
): AnalysisService {
  const whole = loadsWholeNetwork(store.description);
  let cached: Promise<AnalysisNetwork> | undefined;
  // Another process writing the same file (`xrm import`) makes the cached copy stale.
  const externalMark = () =>
    supportsExternalChangeMark(store) ? store.externalChangeMark() : undefined;
  let cachedMark: number | undefined;

  const cachedNetwork = (): Promise<AnalysisNetwork> => {
    const mark = externalMark();
    if (cached && mark === cachedMark) return cached;
    cachedMark = mark;
    const loading = loadWholeNetwork(store);
    cached = loading;
    // A failed load must not stay cached: the next question tries again.
    loading.catch(() => {
      if (cached === loading) cached = undefined;
    });
    return loading;
  };

  const networkForMetrics = async (): Promise<LoadedGraph> => {
    if (whole) return { graph: await cachedNetwork(), notes: [] };
    const graph = await loadWholeNetwork(store);
    const note = `Computed on the whole Neo4j database: ${graph.order} stakeholders and ${graph.size} relationships were streamed for this.`;
    return { graph, notes: [note] };
  };

  /** The graph a path question to `target` is answered on. */
  const networkForPaths = async (
    target: StakeholderNode,
    from: readonly string[] | undefined,
    maxHops: number,
  ): Promise<LoadedGraph> => {
    if (whole) return { graph: await cachedNetwork(), notes: [] };
    return loadAround(store, target, from, maxHops, settings.hubCap);
  };

  const requireNodes = async (ids: readonly string[]): Promise<Map<string, StakeholderNode>> => {
    const found = new Map((await store.getNodes(ids)).map((node) => [node.id, node]));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw new NotFoundError(`Stakeholder "${missing}"`);
    return found;
  };

  return {
    async findPaths(input) {
      const options = checkPathQuery(input);
      const nodes = await requireNodes([input.to, ...(input.from ?? [])]);
      const query: PathOptions = { ...options, to: input.to, from: input.from };
      if (whole) {
        const graph = await cachedNetwork();
        return pathsOutput(graph, input.to, findKBestPaths(graph, query), []);
      }
      const target = nodes.get(input.to)!;
      const { graph, notes, result } = await findPathsAround(store, target, query, settings.hubCap);
      return pathsOutput(graph, input.to, result, notes);
    },

    async accountInfluence(input) {
      const options = checkPathQuery(input);
      const account = (await requireNodes([input.account])).get(input.account)!;
      const { graph, notes } = await networkForPaths(account, undefined, maxHopsOf(options));
      const keyAccountsNote = whole
        ? []
        : ['Accounts losing all paths are checked among the key accounts loaded around this one.'];
      return {
        ...accountInfluence(graph, account, options),
        notes: [...notes, ...keyAccountsNote],
      };
    },

    async whatIfRemoved(input) {
      const options = checkPathQuery(input);
      if (input.removed === input.account) {
        throw new XrmError(
          'invalid-input',
          `"${input.removed}" is the account itself; choose someone on the routes to it.`,
        );
      }
      const nodes = await requireNodes([input.account, input.removed]);
      const account = nodes.get(input.account)!;
      const { graph, notes } = await networkForPaths(account, undefined, maxHopsOf(options));
      const query: PathOptions = { ...options, to: account.id };
      const before = findKBestPaths(graph, query);
      const after = findKBestPaths(graph, { ...query, excludeNodes: [input.removed] });
      return {
        account: refOf(account),
        removed: refOf(nodes.get(input.removed)!),
        bestScoreBefore: before.paths[0]?.score ?? 0,
        bestScoreAfter: after.paths[0]?.score ?? 0,
        vanished: before.paths.filter((path) => passesThrough(path, input.removed)),
        after: pathsOutput(graph, account.id, after, []),
        notes,
      };
    },

    async centrality(input) {
      const { graph, notes } = await networkForMetrics();
      const result = centrality(graph, input.metric, { filter: input.filter });
      const limit = input.limit ?? DEFAULT_CENTRALITY_LIMIT;
      return {
        metric: result.metric,
        scores: result.scores.slice(0, limit),
        total: result.scores.length,
        notes,
      };
    },

    async communities(input) {
      const { graph, notes } = await networkForMetrics();
      const result = communities(graph, { filter: input.filter });
      const maxMembers = input.maxMembers ?? DEFAULT_MAX_MEMBERS;
      const listed = result.communities.slice(0, MAX_COMMUNITIES);
      const cut =
        result.count > listed.length
          ? [`Only the ${listed.length} largest of ${result.count} communities are listed.`]
          : [];
      return {
        ...result,
        communities: listed.map((c) => ({ ...c, members: c.members.slice(0, maxMembers) })),
        notes: [...notes, ...cut],
      };
    },

    invalidate() {
      cached = undefined;
    },
  };
}

/** Checks the options every path question shares, naming the bad value. */
function checkPathQuery(input: PathQuery): PathQuery {
  if (input.k !== undefined) checkWhole('k', input.k, K_RANGE);
  if (input.maxHops !== undefined) checkWhole('maxHops', input.maxHops, MAX_HOPS_RANGE);
  checkAsOf(input.asOf);
  checkHalfLifeDays(input.halfLifeDays);
  return {
    k: input.k,
    maxHops: input.maxHops,
    includeNoConsent: input.includeNoConsent,
    asOf: input.asOf,
    halfLifeDays: input.halfLifeDays,
  };
}

function maxHopsOf(options: PathQuery): number {
  return options.maxHops ?? DEFAULT_MAX_HOPS;
}
