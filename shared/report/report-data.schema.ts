import { z } from 'zod';
import {
  ConsentStatusSchema,
  DecisionRoleSchema,
  IdSchema,
  IsoDateSchema,
  NodeKindSchema,
  RelationshipTypeSchema,
  StanceSchema,
  TierSchema,
} from '../../graph-schema/index.ts';
import { PathHopSchema } from '../domain/analysis.schema.ts';
import { StoreDescriptionSchema } from '../domain/graph.schema.ts';

/**
 * The account influence brief as data (DESIGN.md "Reports"): assembled by the
 * backend, rendered by the report page, printed by Chromium. Names travel with
 * ids so the page never needs a second call.
 */
export const ReportRequestSchema = z.strictObject({
  account: IdSchema,
  /** Age relationships as of this day; default today. */
  asOf: IsoDateSchema.optional(),
  k: z.number().int().min(1).max(20).optional(),
  maxHops: z.number().int().min(1).max(6).optional(),
});
export type ReportRequest = z.output<typeof ReportRequestSchema>;

const Ref = z.object({ id: z.string(), name: z.string(), kind: NodeKindSchema });
export type ReportRef = z.output<typeof Ref>;

const PersonTraits = {
  stance: StanceSchema.nullable(),
  consent: ConsentStatusSchema.nullable(),
};

const MapNode = Ref.extend({
  ...PersonTraits,
  /** Relationships between this node and the account (0 = the account). */
  hops: z.number().int().min(0),
  /** 1-based ranks of the best paths through this node; empty if none. */
  paths: z.array(z.number().int()),
  /** Works for the account. */
  member: z.boolean(),
});

const MapEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationshipTypeSchema,
  strength: z.number(),
  /** Influence flows source -> target only. */
  directed: z.boolean(),
  paths: z.array(z.number().int()),
});

/** A hop as the analysis explains it, with the reached person's traits for print. */
const Hop = PathHopSchema.omit({ relationshipId: true, reached: true }).extend({
  reached: Ref.extend({ ...PersonTraits, source: z.string().nullable() }),
});
export type ReportHop = z.output<typeof Hop>;

const Path = z.object({
  rank: z.number().int(),
  score: z.number(),
  flagged: z.boolean(),
  start: Ref,
  hops: z.array(Hop),
});
export type ReportPath = z.output<typeof Path>;

const Member = z.object({
  id: z.string(),
  name: z.string(),
  decisionRole: DecisionRoleSchema,
  ...PersonTraits,
});

export const ReportDataSchema = z.object({
  generatedAt: z.string(),
  asOf: IsoDateSchema,
  /** The newest change or contact recorded around the account. */
  dataAsOf: z.string().nullable(),
  store: StoreDescriptionSchema,
  settings: z.object({
    k: z.number().int(),
    maxHops: z.number().int(),
    staleAfterDays: z.number(),
  }),
  account: Ref.extend({
    tier: TierSchema.nullable(),
    keyAccount: z.boolean(),
    customerValue: z.number().nullable(),
    potential: z.number().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
  }),
  owners: z.array(Ref.extend({ title: z.string().nullable() })),
  map: z.object({
    nodes: z.array(MapNode),
    edges: z.array(MapEdge),
    /** Nodes around the account that the map left out to stay legible. */
    omitted: z.number().int(),
  }),
  paths: z.array(Path),
  brokers: z.object({
    totalScore: z.number(),
    pathCount: z.number().int(),
    list: z.array(
      Ref.extend({ carriedScore: z.number(), share: z.number(), pathCount: z.number().int() }),
    ),
  }),
  risks: z.object({
    bestScore: z.number(),
    list: z.array(
      Ref.extend({ bestScoreWithout: z.number(), drop: z.number(), relativeDrop: z.number() }),
    ),
  }),
  coverage: z.object({
    coverage: z.number(),
    reachable: z.array(Member.extend({ bestScore: z.number(), route: z.array(z.string()) })),
    unreachable: z.array(Member.extend({ reason: z.string() })),
  }),
  health: z.object({
    stale: z.array(
      z.object({
        id: z.string(),
        type: RelationshipTypeSchema,
        source: Ref,
        target: Ref,
        lastContact: z.string(),
        ageDays: z.number(),
        onBestPaths: z.boolean(),
      }),
    ),
    adverse: z.array(Ref.extend({ stance: StanceSchema, paths: z.array(z.number().int()) })),
  }),
  excluded: z.array(Ref.extend({ reason: z.string() })),
});
export type ReportData = z.output<typeof ReportDataSchema>;
