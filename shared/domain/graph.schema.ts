import { z } from 'zod';
import {
  IdSchema,
  InteractionSchema,
  NodeKindSchema,
  NodeSchema,
  RelationshipSchema,
  RelationshipTypeSchema,
} from '../../graph-schema/index.ts';

/** Wire shapes of the graph domain, shared by IPC, the HTTP bridge and the CLI's JSON. */
export const StoredRelationshipSchema = RelationshipSchema.extend({ id: z.string() });
export const StoredInteractionSchema = InteractionSchema.extend({ id: IdSchema });

export const SearchHitSchema = z.object({
  id: z.string(),
  kind: NodeKindSchema,
  name: z.string(),
  title: z.string().optional(),
  organization: z.string().optional(),
  email: z.string().optional(),
  score: z.number(),
});

export const CountsSchema = z.object({
  nodes: z.number().int(),
  relationships: z.number().int(),
  interactions: z.number().int(),
  byKind: z.partialRecord(NodeKindSchema, z.number().int()),
  byType: z.partialRecord(RelationshipTypeSchema, z.number().int()),
});

export const UpsertSummarySchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const BatchSummarySchema = z.object({
  nodes: UpsertSummarySchema,
  relationships: UpsertSummarySchema,
});

export const NeighbourhoodSchema = z.object({
  node: NodeSchema,
  neighbours: z.array(NodeSchema),
  relationships: z.array(StoredRelationshipSchema),
  total: z.number().int(),
});

export const StoreDescriptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded'), path: z.string() }),
  z.object({
    kind: z.literal('neo4j'),
    uri: z.string(),
    database: z.string(),
    profile: z.string().optional(),
  }),
]);

/** Inputs coming from an untrusted renderer: bounded sizes everywhere. */
export const IdInputSchema = z.strictObject({ id: IdSchema });
export const SearchInputSchema = z.strictObject({
  text: z.string().max(200, 'search text must be at most 200 characters'),
  kinds: z.array(NodeKindSchema).max(9).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
export const ExpandInputSchema = z.strictObject({
  id: IdSchema,
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
  types: z.array(RelationshipTypeSchema).max(8).optional(),
});
