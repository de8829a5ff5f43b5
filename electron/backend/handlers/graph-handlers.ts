import { NotFoundError } from '../../../shared/errors.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import type { NodeInput, Relationship } from '../../../graph-schema/index.ts';
import type { BackendContext, DomainHandlers } from '../ipc/handler-types.ts';

/** Page size when collecting all relationships of one node. */
const RELATIONSHIP_PAGE = 500;
/** A hub with more relationships than this is answered with its strongest ones only. */
const MAX_LISTED_RELATIONSHIPS = 10_000;

/**
 * The graph domain: reads pass straight to the active store; every write tells
 * the renderer through `store:changed` so open views can refresh.
 */
export const graphHandlers = {
  'graph:get-counts': async (_input, context) => context.store().counts(),

  'graph:search-nodes': async ({ text, kinds, limit }, context) => ({
    results: await context.store().search({ text, kinds, limit }),
  }),

  'graph:get-node': async ({ id }, context) => ({
    node: (await context.store().getNode(id)) ?? null,
  }),

  'graph:expand-node': async ({ id, limit, offset, types }, context) => {
    const store = context.store();
    await requireNode(store, id);
    return store.neighbourhood(id, { limit, offset, types });
  },

  'graph:list-relationships': async ({ id }, context) => {
    const store = context.store();
    await requireNode(store, id);
    return { relationships: await allRelationshipsOf(store, id) };
  },

  'graph:upsert-nodes': async ({ nodes }, context) => {
    // The contract only bounds the batch; graph-schema validation happens in the store.
    const summary = await context.store().upsertNodes(nodes as NodeInput[]);
    changed(context);
    return summary;
  },

  'graph:upsert-relationships': async ({ relationships }, context) => {
    const summary = await context.store().upsertRelationships(relationships);
    changed(context);
    return summary;
  },

  'graph:delete-node': async ({ id }, context) => {
    const deleted = await context.store().deleteNode(id);
    if (deleted) changed(context);
    return { deleted };
  },

  'graph:delete-relationship': async ({ id }, context) => {
    const deleted = await context.store().deleteRelationship(id);
    if (deleted) changed(context);
    return { deleted };
  },

  'graph:log-interaction': async (input, context) => {
    const logged = await context.store().logInteraction(input);
    changed(context);
    return logged;
  },
} satisfies DomainHandlers<'graph'>;

function changed(context: BackendContext): void {
  context.emit('store:changed', { reason: 'edit' });
}

async function requireNode(store: GraphStore, id: string): Promise<void> {
  if (!(await store.getNode(id))) throw new NotFoundError(`Stakeholder "${id}"`);
}

async function allRelationshipsOf(store: GraphStore, id: string): Promise<Relationship[]> {
  const relationships: Relationship[] = [];
  for (let offset = 0; offset < MAX_LISTED_RELATIONSHIPS; offset += RELATIONSHIP_PAGE) {
    const page = await store.neighbourhood(id, { limit: RELATIONSHIP_PAGE, offset });
    relationships.push(...page.relationships);
    if (page.relationships.length < RELATIONSHIP_PAGE || relationships.length >= page.total) break;
  }
  return relationships;
}
