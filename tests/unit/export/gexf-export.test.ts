import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGexf } from '../../../electron/backend/export/gexf-export.ts';
import {
  allOf,
  edgeTriples,
  exportWorld,
  GEXF_XSD,
  TRICKY_NAME_IN_XML,
  validate,
  withoutForbidden,
  type ExportWorld,
} from './graphml-gexf-fixture.ts';

let world: ExportWorld;
let file: string;
beforeAll(async () => {
  world = await exportWorld();
  file = join(world.dir, 'network.gexf');
  await exportGexf(world.store, file, { batchSize: 7, date: '2026-11-01' });
});
afterAll(async () => world.close());

describe('GEXF export', () => {
  it('is valid against the official GEXF 1.2 schema', () => {
    const verdict = validate(file, GEXF_XSD);
    expect(verdict.messages).toContain('validates');
    expect(verdict.ok).toBe(true);
  });

  it('fails the same schema once broken (the validation is real)', () => {
    const broken = join(world.dir, 'broken.gexf');
    writeFileSync(broken, readFileSync(file, 'utf8').replace(/weight="0\.75"/, 'weight="strong"'));
    expect(validate(broken, GEXF_XSD).ok).toBe(false);
  });

  it('declares typed attributes, directed edges, label = type and weight = strength', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<graph mode="static" defaultedgetype="directed">');
    expect(text).toMatch(/<attribute id="\d+" title="customerValue" type="double"\/>/);
    expect(text).toMatch(/<attribute id="\d+" title="keyAccount" type="boolean"\/>/);
    expect(text).toMatch(/<attribute id="\d+" title="prop\.Stärke des Kontakts" type="double"\/>/);
    expect(text).toMatch(
      /<edge id="[^"]+" source="odd id\/with spaces ü_1" target="plain-org" label="WORKS_FOR" weight="0\.75">/,
    );
  });

  it('re-imports with graphology-gexf to the same graph', async () => {
    const stored = await allOf(world.store);
    const graph = parse(MultiDirectedGraph, readFileSync(file, 'utf8'));
    expect(graph.mapNodes((key) => key).sort()).toEqual(stored.nodes.map((n) => n.id).sort());
    expect(
      edgeTriples(
        graph,
        (key) => key,
        (a) => a.label,
      ),
    ).toEqual(stored.relationships.map((r) => `${r.type}|${r.source}|${r.target}`).sort());
    for (const node of stored.nodes) {
      const back = graph.getNodeAttributes(node.id);
      expect(back.label).toBe(withoutForbidden(node.name));
      expect(back.kind).toBe(node.kind);
      expect(back.tier).toBe(node.tier);
      expect(back.customerValue).toBe(node.customerValue);
      expect(back.keyAccount).toBe(node.keyAccount);
      expect(back.email).toBe(node.email);
    }
    const weights = graph.mapEdges((_e, a) => a.weight as number).sort();
    expect(weights).toEqual(stored.relationships.map((r) => r.strength).sort());
  });

  it('keeps every Unicode name and line breaks inside attribute values', () => {
    const graph = parse(MultiDirectedGraph, readFileSync(file, 'utf8'));
    const odd = graph.getNodeAttributes('odd id/with spaces ü_1');
    expect(odd.label).toBe(TRICKY_NAME_IN_XML);
    expect(odd.notes).toBe('line one\nline two\ttabbed');
    expect(odd['prop.Stärke des Kontakts']).toBe(3);
    expect(odd['prop.VIP?']).toBe(true);
  });
});
