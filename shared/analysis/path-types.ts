import type {
  ConsentStatus,
  NodeKind,
  RelationshipType,
  Stance,
} from '../../graph-schema/index.ts';

/** One relationship of a path as DESIGN.md's JSON names it (stored orientation). */
export interface PathRelationship {
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
  readonly strength: number;
}

/** Who a hop reaches: what an account manager needs to judge the next step. */
export interface ReachedStakeholder {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly stance: Stance | null;
  /** `granted`, `denied` or `unknown`; null for organisations (consent is personal). */
  readonly consent: ConsentStatus | null;
  /** Where the record came from. */
  readonly source: string | null;
  readonly role: 'intermediary' | 'target';
}

/**
 * One hop, explained:
 * `{from, to, relationshipId, type, strength, lastContact, contactAgeDays,
 *   recencyFactor, weight, walked, reached}`.
 * `walked` is `forward` along the stored source → target, `backward` against it
 * (only for types whose influence flows both ways). `contactAgeDays` and
 * `lastContact` are null without a recorded last contact (recencyFactor 1).
 */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  readonly relationshipId: string;
  readonly type: RelationshipType;
  readonly strength: number;
  readonly lastContact: string | null;
  readonly contactAgeDays: number | null;
  readonly recencyFactor: number;
  readonly weight: number;
  readonly walked: 'forward' | 'backward';
  /** Where the relationship record came from. */
  readonly origin: string | null;
  readonly reached: ReachedStakeholder;
}

/**
 * A scored path: `{score, hops, nodes, relationships, flagged?, explanation}`.
 * `score` is the product of the hop weights (0 < score ≤ 1), `hops` the number of
 * relationships, `nodes` the ids in walking order (first = one of ours, last = the
 * target or one of its people). `flagged: true` when someone on it (other than the
 * start) has denied consent — only possible with `includeNoConsent`, or when the
 * chosen target person has denied consent.
 */
export interface ScoredPath {
  readonly score: number;
  readonly hops: number;
  readonly nodes: readonly string[];
  readonly relationships: readonly PathRelationship[];
  readonly flagged?: true;
  readonly explanation: readonly PathHop[];
}

/** A person left out of the routes, e.g. `{id, reason: 'consent denied'}`. */
export interface ExcludedStakeholder {
  readonly id: string;
  readonly reason: string;
}

/** The `paths` JSON of DESIGN.md: `{paths: [...], excluded: [{id, reason}]}`. */
export interface PathsResult {
  readonly paths: readonly ScoredPath[];
  readonly excluded: readonly ExcludedStakeholder[];
}
