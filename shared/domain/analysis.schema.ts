import { z } from 'zod';
import {
  ConsentStatusSchema,
  DecisionRoleSchema,
  NodeKindSchema,
  RelationshipTypeSchema,
  StanceSchema,
} from '../../graph-schema/index.ts';

/**
 * Wire shapes of the analysis domain (DESIGN.md "Path semantics"), shared by IPC,
 * the HTTP bridge and the CLI's JSON. Outputs are read-only: they are answers.
 */
const Id = z.string().min(1).max(500);
/**
 * The metrics of shared/analysis/centrality.ts, repeated here so the contract (which
 * the renderer loads) does not pull graphology in; a test keeps the two lists equal.
 */
export const CENTRALITY_METRIC_NAMES = ['betweenness', 'pagerank', 'degree'] as const;
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).readonly();
/**
 * `yyyy-mm-dd` that is a real calendar day: `2026-02-30` is refused rather than
 * silently becoming March 2nd, which would shift every recency weight.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
export const AsOfSchema = z.string().refine(isCalendarDate, 'must be a real date (yyyy-mm-dd)');
export const KSchema = z.number().int().min(1).max(50);
export const MaxHopsSchema = z.number().int().min(1).max(6);

const PathQueryFields = {
  k: KSchema.optional(),
  maxHops: MaxHopsSchema.optional(),
  includeNoConsent: z.boolean().optional(),
  asOf: AsOfSchema.optional(),
  halfLifeDays: z.number().positive().max(100_000).optional(),
};

export const FindPathsInputSchema = z.strictObject({
  to: Id,
  /** Default: every Colleague and the OwnCompany. */
  from: z.array(Id).min(1).max(1_000).optional(),
  ...PathQueryFields,
});

export const AccountInputSchema = z.strictObject({ account: Id, ...PathQueryFields });

export const WhatIfRemovedInputSchema = z.strictObject({
  account: Id,
  removed: Id,
  ...PathQueryFields,
});

export const NetworkFilterSchema = z.strictObject({
  kinds: z.array(NodeKindSchema).max(20).optional(),
  types: z.array(RelationshipTypeSchema).max(50).optional(),
  minStrength: z.number().min(0).max(1).optional(),
});

export const CentralityInputSchema = z.strictObject({
  metric: z.enum(CENTRALITY_METRIC_NAMES),
  /** How many of the best scores to return (default 20). */
  limit: z.number().int().min(1).max(1_000).optional(),
  filter: NetworkFilterSchema.optional(),
});

export const CommunitiesInputSchema = z.strictObject({
  filter: NetworkFilterSchema.optional(),
  /** Members listed per community (default 200); `size` always counts all. */
  maxMembers: z.number().int().min(1).max(5_000).optional(),
});

/** `{id, name, kind}`: enough to label a node without another round trip. */
export const StakeholderRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: NodeKindSchema,
});

export const PathRelationshipSchema = z.object({
  type: RelationshipTypeSchema,
  source: z.string(),
  target: z.string(),
  strength: z.number(),
});

export const PathHopSchema = z.object({
  from: z.string(),
  to: z.string(),
  relationshipId: z.string(),
  type: RelationshipTypeSchema,
  strength: z.number(),
  lastContact: z.string().nullable(),
  contactAgeDays: z.number().nullable(),
  recencyFactor: z.number(),
  weight: z.number(),
  walked: z.enum(['forward', 'backward']),
  origin: z.string().nullable(),
  reached: z.object({
    id: z.string(),
    name: z.string(),
    kind: NodeKindSchema,
    stance: StanceSchema.nullable(),
    consent: ConsentStatusSchema.nullable(),
    source: z.string().nullable(),
    role: z.enum(['intermediary', 'target']),
  }),
});

export const ScoredPathSchema = z.object({
  score: z.number(),
  hops: z.number().int(),
  nodes: list(z.string(), 7),
  relationships: list(PathRelationshipSchema, 6),
  flagged: z.literal(true).optional(),
  explanation: list(PathHopSchema, 6),
});

export const ExcludedSchema = z.object({ id: z.string(), reason: z.string(), name: z.string() });

/**
 * `{paths: [ScoredPath…], excluded: [{id, name, reason}], stakeholders: [{id, name, kind}],
 *   notes: [string]}` — paths best first; `stakeholders` names the target and
 * every node on the paths; `notes` says where the answer may be incomplete (capped hubs on Neo4j).
 */
export const PathsOutputSchema = z.object({
  paths: list(ScoredPathSchema, 50),
  excluded: list(ExcludedSchema, 500),
  stakeholders: list(StakeholderRefSchema, 400),
  notes: list(z.string(), 20),
});

const BrokerSchema = StakeholderRefSchema.extend({
  carriedScore: z.number(),
  share: z.number(),
  pathCount: z.number().int(),
});

const LostAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  bestScoreBefore: z.number(),
});

const RiskSchema = StakeholderRefSchema.extend({
  bestScoreWithout: z.number(),
  drop: z.number(),
  relativeDrop: z.number(),
  /** Key accounts that would have no path left without this person (checked for the top risks). */
  accountsLosingAllPaths: list(LostAccountSchema, 1_000).nullable(),
});

const MemberFields = {
  id: z.string(),
  name: z.string(),
  decisionRole: DecisionRoleSchema,
  stance: StanceSchema.nullable(),
  consent: ConsentStatusSchema,
};

/**
 * `{account: {id, name, kind}, totalScore, pathCount, brokers: [{id, name, kind,
 *   carriedScore, share, pathCount}], bestScore, risks: [{id, name, kind,
 *   bestScoreWithout, drop, relativeDrop, accountsLosingAllPaths}], coverage:
 *   {maxHops, coverage, reachable: [{…member, bestScore, bestPath}], unreachable:
 *   [{…member, reason}]}, notes}`
 */
export const AccountInfluenceOutputSchema = z.object({
  account: StakeholderRefSchema,
  totalScore: z.number(),
  pathCount: z.number().int(),
  brokers: list(BrokerSchema, 2_000),
  bestScore: z.number(),
  risks: list(RiskSchema, 2_000),
  coverage: z.object({
    maxHops: z.number().int(),
    coverage: z.number(),
    reachable: list(
      z.object({ ...MemberFields, bestScore: z.number(), bestPath: ScoredPathSchema }),
      1_000,
    ),
    unreachable: list(z.object({ ...MemberFields, reason: z.string() }), 1_000),
  }),
  notes: list(z.string(), 20),
});

/**
 * `{account, removed: {id, name, kind}, bestScoreBefore, bestScoreAfter,
 *   vanished: [ScoredPath…], after: PathsOutput, notes}` — `vanished` are the
 *   current best paths through `removed`; `after` the best paths without them.
 */
export const WhatIfRemovedOutputSchema = z.object({
  account: StakeholderRefSchema,
  removed: StakeholderRefSchema,
  bestScoreBefore: z.number(),
  bestScoreAfter: z.number(),
  vanished: list(ScoredPathSchema, 50),
  after: PathsOutputSchema,
  notes: list(z.string(), 20),
});

/** `{metric, scores: [{id, name, score}], total, notes}`: best first, `total` = nodes scored. */
export const CentralityOutputSchema = z.object({
  metric: z.enum(CENTRALITY_METRIC_NAMES),
  scores: list(z.object({ id: z.string(), name: z.string(), score: z.number() }), 1_000),
  total: z.number().int(),
  notes: list(z.string(), 20),
});

/**
 * `{count, modularity, communities: [{id, size, members: [{id, name}]}], notes}`, largest
 * first; at most the 1,000 largest communities are listed (`count` counts all).
 */
export const CommunitiesOutputSchema = z.object({
  count: z.number().int(),
  modularity: z.number(),
  communities: list(
    z.object({
      id: z.number().int(),
      size: z.number().int(),
      members: list(z.object({ id: z.string(), name: z.string() }), 5_000),
    }),
    1_000,
  ),
  notes: list(z.string(), 20),
});

export type FindPathsInput = z.output<typeof FindPathsInputSchema>;
export type AccountInput = z.output<typeof AccountInputSchema>;
export type WhatIfRemovedInput = z.output<typeof WhatIfRemovedInputSchema>;
export type CentralityInput = z.output<typeof CentralityInputSchema>;
export type CommunitiesInput = z.output<typeof CommunitiesInputSchema>;
export type PathsOutput = z.output<typeof PathsOutputSchema>;
export type AccountInfluenceOutput = z.output<typeof AccountInfluenceOutputSchema>;
export type WhatIfRemovedOutput = z.output<typeof WhatIfRemovedOutputSchema>;
export type CentralityOutput = z.output<typeof CentralityOutputSchema>;
export type CommunitiesOutput = z.output<typeof CommunitiesOutputSchema>;
export type StakeholderRef = z.output<typeof StakeholderRefSchema>;
