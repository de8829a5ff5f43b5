import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  relationshipId,
  type InteractionInput,
  type NodeInput,
  type RelationshipInput,
  type RelationshipType,
} from '../../../graph-schema/index.ts';
import { exportCsv } from '../../../electron/backend/export/csv-export.ts';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import { tempStore } from '../import/temp-store.ts';

/**
 * Property: any network the model allows survives store -> CSV -> importer ->
 * fresh store unchanged (except provenance the importer adds where there was none).
 * Text is nasty on purpose: delimiters, quotes, umlauts, formula triggers.
 */
const chars = [...'aäöüßéłŁ Z9,;"\'=+-@|:.€ñ'];
const textOf = (unit: string[], max: number) =>
  fc
    .string({ unit: fc.constantFrom(...unit), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const text = textOf(chars, 16);
const noPipe = textOf(
  chars.filter((c) => c !== '|'),
  12,
);
const notes = fc
  .string({ unit: fc.constantFrom(...chars, '\n', '\t'), minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '');
const date = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const properties = opt(fc.dictionary(textOf([...'abcXY_ ü'], 8), text, { minKeys: 1, maxKeys: 3 }));

const person = fc.record({
  kind: fc.constantFrom('Contact' as const, 'Colleague' as const, 'Journalist' as const),
  name: text,
  title: opt(text),
  email: opt(
    fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z0-9]{1,5})?$/),
        fc.constantFrom('firma.de', 'example.com'),
      )
      .map(([l, d]) => `${l}@${d}`),
  ),
  phone: opt(fc.constantFrom('+49 89 1234', '0711-55 66', '=1+1')),
  stance: opt(fc.constantFrom('champion' as const, 'neutral' as const, 'opponent' as const)),
  consent: opt(
    fc.record(
      {
        status: fc.constantFrom('granted' as const, 'denied' as const, 'unknown' as const),
        date: opt(date),
        channels: opt(
          fc.constantFrom(
            { email: 'granted' as const },
            { phone: 'denied' as const, post: 'granted' as const },
          ),
        ),
      },
      { requiredKeys: ['status'] },
    ),
  ),
  tags: fc.uniqueArray(noPipe, { maxLength: 3 }),
  notes: opt(notes),
  source: opt(text),
  properties,
});
const customer = fc.record({
  kind: fc.constant('Customer' as const),
  name: text,
  tier: opt(fc.constantFrom('A' as const, 'B' as const, 'C' as const)),
  keyAccount: opt(fc.boolean()),
  customerValue: opt(fc.double({ min: 0, max: 1e12, noNaN: true })),
  city: opt(text),
  tags: fc.uniqueArray(noPipe, { maxLength: 2 }),
  source: opt(text),
  properties,
});
const id = textOf([...'abc-äß=+\'@1;," '], 10);

const network = fc
  .uniqueArray(fc.tuple(id, fc.oneof(person, customer)), {
    minLength: 2,
    maxLength: 12,
    selector: ([key]) => key,
  })
  .chain((entries) => {
    const nodes: NodeInput[] = entries.map(([key, node]) => ({ ...node, id: key }) as NodeInput);
    const index = fc.nat({ max: nodes.length - 1 });
    const rel = fc.record({
      a: index,
      b: index,
      strength: opt(fc.double({ min: 0.01, max: 1, noNaN: true })),
      sentiment: opt(fc.double({ min: -1, max: 1, noNaN: true })),
      since: opt(date),
      notes: opt(notes),
      origin: opt(text),
      properties,
    });
    const interaction = fc.record({
      a: index,
      b: index,
      date,
      channel: fc.constantFrom('meeting' as const, 'call' as const),
      summary: opt(notes),
    });
    return fc.tuple(
      fc.constant(nodes),
      fc.array(rel, { maxLength: 15 }),
      fc.array(interaction, { maxLength: 3 }),
    );
  })
  .map(([nodes, rels, interactions]) => ({
    nodes,
    relationships: uniqueRelationships(nodes, rels),
    interactions: interactions
      .filter((i) => i.a !== i.b)
      .map(({ a, b, ...rest }): InteractionInput => ({
        ...rest,
        participants: [nodes[a]!.id, nodes[b]!.id],
      })),
  }));

function uniqueRelationships(
  nodes: NodeInput[],
  rels: ({ a: number; b: number } & Omit<RelationshipInput, 'type' | 'source' | 'target'>)[],
): RelationshipInput[] {
  const seen = new Set<string>();
  const out: RelationshipInput[] = [];
  for (const { a, b, ...rest } of rels) {
    const [source, target] = [nodes[a]!, nodes[b]!];
    if (source.id === target.id) continue;
    const people = source.kind !== 'Customer' && target.kind !== 'Customer';
    const type: RelationshipType = people
      ? 'KNOWS'
      : source.kind !== 'Customer'
        ? 'WORKS_FOR'
        : 'INFLUENCES';
    const key = relationshipId(type, source.id, target.id);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...rest, type, source: source.id, target: target.id });
  }
  return out;
}

async function contents(store: GraphStore) {
  // Timestamps are the store's and the import's own; everything else must survive.
  const drop = <T extends object>(r: T) => {
    const rest = { ...r } as Record<string, unknown>;
    for (const key of ['createdAt', 'updatedAt', 'importedAt']) delete rest[key];
    return rest;
  };
  const all = async <T extends object>(batches: AsyncIterable<T[]>) => {
    const out: Record<string, unknown>[] = [];
    for await (const batch of batches) out.push(...batch.map(drop));
    return out.sort((x, y) => String(x['id']).localeCompare(String(y['id'])));
  };
  return {
    nodes: await all(store.streamNodes()),
    relationships: await all(store.streamRelationships()),
    interactions: await all(store.streamInteractions()),
  };
}

describe('export -> import round trip', () => {
  it.each([[{}], [{ bom: true, delimiter: ';' as const }]])(
    'generated networks come back unchanged (%j)',
    async (options) => {
      await fc.assert(
        fc.asyncProperty(network, async (net) => {
          const from = await tempStore();
          const to = await tempStore();
          try {
            await from.store.upsertBatch({ nodes: net.nodes, relationships: net.relationships });
            for (const interaction of net.interactions)
              await from.store.logInteraction(interaction);
            const { files } = await exportCsv(from.store, {
              dir: join(from.dir, 'csv'),
              ...options,
            });
            for (const [file, as] of [
              [files.nodes, 'nodes'],
              [files.relationships, 'relationships'],
              [files.interactions, 'interactions'],
            ] as const) {
              const summary = await runImport(to.store, { file, as });
              expect(summary.errors).toEqual([]);
            }
            const expected = await contents(from.store);
            for (const node of expected.nodes) node['source'] ??= 'nodes.csv';
            for (const rel of expected.relationships) rel['origin'] ??= 'relationships.csv';
            for (const interaction of expected.interactions)
              interaction['origin'] ??= 'interactions.csv';
            expect(await contents(to.store)).toEqual(expected);
          } finally {
            await from.close();
            await to.close();
          }
        }),
        { numRuns: 25 },
      );
    },
    120_000,
  );
});
