import { ValidationError } from '../../../shared/errors.ts';
import type { GraphStore, SearchHit } from '../../../shared/store/graph-store.ts';
import {
  validateBatch,
  type NodeInput,
  type Relationship,
  type RelationshipInput,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';

/**
 * A minimal in-memory GraphStore for dispatch-level unit tests only: it lets the
 * tests see what reached the store. The real stores are tested in tests/contract/.
 */
export class MemoryGraphStore implements GraphStore {
  readonly description = { kind: 'embedded', path: ':memory-test-double:' } as const;
  readonly nodes = new Map<string, StakeholderNode>();
  readonly relationships = new Map<string, Relationship>();
  closed = false;

  async getNode(id: string) {
    return this.nodes.get(id);
  }
  async getNodes(ids: readonly string[]) {
    return ids.flatMap((id) => this.nodes.get(id) ?? []);
  }
  async getRelationship(id: string) {
    return this.relationships.get(id);
  }
  async search({ text, limit = 20 }: { text: string; limit?: number }): Promise<SearchHit[]> {
    const needle = text.toLowerCase();
    return [...this.nodes.values()]
      .filter((node) => node.name.toLowerCase().includes(needle))
      .slice(0, limit)
      .map(({ id, kind, name }) => ({ id, kind, name, score: 1 }));
  }
  async neighbourhood(id: string, options: { limit?: number; offset?: number } = {}) {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`test double: no node ${id}`);
    const all = [...this.relationships.values()].filter((r) => r.source === id || r.target === id);
    const offset = options.offset ?? 0;
    const page = all.slice(offset, offset + (options.limit ?? 50));
    const neighbourIds = page.map((r) => (r.source === id ? r.target : r.source));
    return {
      node,
      neighbours: await this.getNodes(neighbourIds),
      relationships: page,
      total: all.length,
    };
  }
  async counts() {
    return {
      nodes: this.nodes.size,
      relationships: this.relationships.size,
      interactions: 0,
      byKind: {},
      byType: {},
    };
  }
  async upsertNodes(nodes: readonly NodeInput[]) {
    const summary = await this.upsertBatch({ nodes });
    return summary.nodes;
  }
  async upsertRelationships(relationships: readonly RelationshipInput[]) {
    const summary = await this.upsertBatch({ relationships });
    return summary.relationships;
  }
  async upsertBatch(batch: {
    nodes?: readonly NodeInput[];
    relationships?: readonly RelationshipInput[];
  }) {
    const valid = validateBatch(batch, (id) => this.nodes.get(id)?.kind);
    if (valid.issues.length > 0) throw new ValidationError(valid.issues);
    const created = { nodes: 0, relationships: 0 };
    for (const node of valid.nodes) {
      if (!this.nodes.has(node.id)) created.nodes += 1;
      this.nodes.set(node.id, node);
    }
    for (const rel of valid.relationships) {
      if (!this.relationships.has(rel.id)) created.relationships += 1;
      this.relationships.set(rel.id, rel);
    }
    return {
      nodes: { created: created.nodes, updated: valid.nodes.length - created.nodes, unchanged: 0 },
      relationships: {
        created: created.relationships,
        updated: valid.relationships.length - created.relationships,
        unchanged: 0,
      },
    };
  }
  async deleteNode(id: string) {
    return this.nodes.delete(id);
  }
  async deleteRelationship(id: string) {
    return this.relationships.delete(id);
  }
  async close() {
    this.closed = true;
  }

  // Not needed by the dispatch tests: calling them is a test bug, said loudly.
  subgraph(): never {
    throw new Error('test double: subgraph not implemented');
  }
  streamNodes(): never {
    throw new Error('test double: streamNodes not implemented');
  }
  streamRelationships(): never {
    throw new Error('test double: streamRelationships not implemented');
  }
  streamInteractions(): never {
    throw new Error('test double: streamInteractions not implemented');
  }
  interactionsOf(): never {
    throw new Error('test double: interactionsOf not implemented');
  }
  subjectExport(): never {
    throw new Error('test double: subjectExport not implemented');
  }
  logInteraction(): never {
    throw new Error('test double: logInteraction not implemented');
  }
  importInteractions(): never {
    throw new Error('test double: importInteractions not implemented');
  }
  eraseSubject(): never {
    throw new Error('test double: eraseSubject not implemented');
  }
}
