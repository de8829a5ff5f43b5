import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraphml } from '../../../electron/backend/export/graphml-export.ts';
import {
  allOf,
  edgeTriples,
  exportWorld,
  GRAPHML_XSD,
  TRICKY_NAME_IN_XML,
  validate,
  withoutForbidden,
  type ExportWorld,
} from './graphml-gexf-fixture.ts';

let world: ExportWorld;
let file: string;
beforeAll(async () => {
  world = await exportWorld();
  file = join(world.dir, 'network.graphml');
  // Small pages, so the export really crosses page boundaries.
  await exportGraphml(world.store, file, { batchSize: 7 });
});
afterAll(async () => world.close());

describe('GraphML export', () => {
  it('is valid against the official GraphML 1.0 schema', () => {
    const verdict = validate(file, GRAPHML_XSD);
    expect(verdict.messages).toContain('validates');
    expect(verdict.ok).toBe(true);
  });

  it('fails the same schema once broken (the validation is real)', () => {
    const broken = join(world.dir, 'broken.graphml');
    writeFileSync(
      broken,
      readFileSync(file, 'utf8').replace('edgedefault="directed"', 'edgedefault="sideways"'),
    );
    expect(validate(broken, GRAPHML_XSD).ok).toBe(false);
  });

  it('declares typed keys from the model and directed edges', () => {
    const text = readFileSync(file, 'utf8');
    for (const [name, type] of [
      ['kind', 'string'],
      ['tier', 'string'],
      ['keyAccount', 'boolean'],
      ['customerValue', 'double'],
      ['consentStatus', 'string'],
      ['strength', 'double'],
      ['lastContact', 'string'],
      ['prop.St_e4_rke_20_des_20_Kontakts', 'double'],
      ['prop.mixed', 'string'],
    ] as const) {
      expect(text).toMatch(
        new RegExp(`attr\\.name="${name.replace(/\./g, '\\.')}" attr\\.type="${type}"`),
      );
    }
    expect(text).toContain('<graph id="xrm" edgedefault="directed">');
  });

  it('re-imports with graphology-graphml to the same graph', async () => {
    const stored = await allOf(world.store);
    const graph = parse(MultiDirectedGraph, readFileSync(file, 'utf8'));
    const idOf = (key: string) => graph.getNodeAttribute(key, 'xrmId') as string;
    expect(graph.order).toBe(stored.nodes.length);
    expect(graph.mapNodes(idOf).sort()).toEqual(stored.nodes.map((n) => n.id).sort());
    expect(edgeTriples(graph, idOf, (a) => a.type)).toEqual(
      stored.relationships.map((r) => `${r.type}|${r.source}|${r.target}`).sort(),
    );
    const byId = new Map(graph.mapNodes((key, attributes) => [idOf(key), attributes] as const));
    for (const node of stored.nodes) {
      const back = byId.get(node.id)!;
      expect(back.name).toBe(withoutForbidden(node.name));
      expect(back.kind).toBe(node.kind);
      expect(back.tier).toBe(node.tier);
      expect(back.customerValue).toBe(node.customerValue);
      expect(back.keyAccount).toBe(node.keyAccount);
      expect(back.consentStatus).toBe(node.consent?.status);
    }
    const strengths = graph.mapEdges((_e, a) => a.strength as number).sort();
    expect(strengths).toEqual(stored.relationships.map((r) => r.strength).sort());
  });

  it('keeps every Unicode name and drops only characters XML forbids', () => {
    const graph = parse(MultiDirectedGraph, readFileSync(file, 'utf8'));
    const names = graph.mapNodes((_key, attributes) => attributes.name as string);
    expect(names).toContain(TRICKY_NAME_IN_XML);
    for (const name of ['Wang Fang (王芳)', 'Søren Østergaard', 'Kemal Işık', 'Mehmet Aydın']) {
      expect(names).toContain(name);
    }
  });
});
