import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGexf } from '../../../electron/backend/export/gexf-export.ts';
import { exportGraphml } from '../../../electron/backend/export/graphml-export.ts';
import { DECLARATION_ROOM } from '../../../electron/backend/export/xml-writer.ts';
import {
  exportWorld,
  GEXF_XSD,
  GRAPHML_XSD,
  validate,
  type ExportWorld,
} from './graphml-gexf-fixture.ts';

/**
 * Exports read the store once and declare the extra properties afterwards, in
 * room set aside near the top of the file. A store with more property names
 * than that room holds is written again with enough room; either way the
 * properties met last (here on the last node written) are declared.
 */
const MANY = 1_500;
const name = (i: number) => `Eigenschaft ${i} – Größe ü`;

let world: ExportWorld;
beforeAll(async () => {
  world = await exportWorld();
  const properties = Object.fromEntries(Array.from({ length: MANY }, (_, i) => [name(i), i]));
  await world.store.upsertBatch({
    nodes: [{ id: 'zz-many-properties', kind: 'Contact', name: 'Viele Felder', properties }],
  });
});
afterAll(async () => world.close());

describe('declarations learnt while writing', () => {
  it('needs more than the usual room for this store (so the second write is tested)', () => {
    const declarations =
      MANY * `<attribute id="0000" title="prop.${name(0)}" type="double"/>`.length;
    expect(declarations).toBeGreaterThan(DECLARATION_ROOM);
  });

  it('writes GEXF that validates and declares every property, the last one too', async () => {
    const file = join(world.dir, 'many.gexf');
    await exportGexf(world.store, file, { date: '2026-11-01' });
    expect(validate(file, GEXF_XSD).ok).toBe(true);
    const graph = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'));
    const attributes = graph.getNodeAttributes('zz-many-properties');
    expect(attributes[`prop.${name(0)}`]).toBe(0);
    expect(attributes[`prop.${name(MANY - 1)}`]).toBe(MANY - 1);
    expect(graph.getNodeAttribute('plain-org', 'prop.mixed')).toBe('2');
  });

  it('writes GraphML that validates and declares every property, the last one too', async () => {
    const file = join(world.dir, 'many.graphml');
    await exportGraphml(world.store, file);
    expect(validate(file, GRAPHML_XSD).ok).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/<key id="n\d+" for="node" attr\.name="prop\.Eigenschaft_20_/g)).toHaveLength(
      MANY,
    );
    const graph = parseGraphml(MultiDirectedGraph, text);
    const many = graph.findNode((_key, a) => a.xrmId === 'zz-many-properties')!;
    expect(
      Object.keys(graph.getNodeAttributes(many)).filter((k) => k.startsWith('prop.')),
    ).toHaveLength(MANY);
  });
});
