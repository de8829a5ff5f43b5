import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalEndpoints, validateBatch, type NodeKind } from '../../../graph-schema/index.ts';
import { ensureNetworkCsv, generateNetwork } from '../../bench/generate-network.ts';
import { Prng } from '../../bench/prng.ts';

const network = generateNetwork({ relationships: 10_000 });
const kindOf = new Map(network.nodes.map((n) => [n.id, n.kind]));

describe('generateNetwork', () => {
  it('is deterministic for a seed and different for another seed', () => {
    const again = generateNetwork({ relationships: 10_000 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(network));
    const other = generateNetwork({ relationships: 10_000, seed: 7 });
    expect(JSON.stringify(other.relationships)).not.toBe(JSON.stringify(network.relationships));
  });

  it('passes graph-schema validation, endpoints included, on a 1k sample', () => {
    const rng = new Prng(1);
    const sample = Array.from({ length: 1_000 }, () => rng.pick(network.relationships));
    const result = validateBatch({ nodes: network.nodes, relationships: sample }, () => undefined);
    expect(result.issues).toEqual([]);
    expect(result.relationships).toHaveLength(1_000);
  });

  it('makes the requested number of distinct relationships, never a self-loop', () => {
    const ids = network.relationships.map((r) =>
      canonicalEndpoints(r.type, r.source, r.target).join(`|${r.type}|`),
    );
    expect(new Set(ids).size).toBe(10_000);
    expect(network.relationships.some((r) => r.source === r.target)).toBe(false);
    expect(network.nodes).toHaveLength(1_000);
  });

  it('mixes kinds like a B2B address book: one own company, few colleagues, many contacts', () => {
    const count = (kind: NodeKind) => network.nodes.filter((n) => n.kind === kind).length;
    expect(count('OwnCompany')).toBe(1);
    expect(count('Colleague')).toBe(20);
    expect(count('Contact')).toBeGreaterThan(700);
    const influencers = network.nodes.filter((n) => n.kind === 'Influencer');
    expect(influencers.every((n) => n.influencerType !== undefined)).toBe(true);
    const denied = network.nodes.filter((n) => n.consent?.status === 'denied').length;
    expect(denied).toBeGreaterThan(50);
  });

  it('gives every key account a buying centre with a decision-maker', () => {
    for (const account of network.keyAccounts) {
      const staff = network.relationships
        .filter((r) => r.type === 'WORKS_FOR' && r.target === account)
        .map((r) => network.nodes.find((n) => n.id === r.source)!);
      expect(staff.length).toBeGreaterThanOrEqual(8);
      expect(staff.map((p) => p.decisionRole)).toContain('decision-maker');
      expect(kindOf.get(account)).toBe('Customer');
    }
  });

  it('has heavy-tailed degrees: the busiest node has many times the median degree', () => {
    const degree = new Map<string, number>();
    for (const r of network.relationships) {
      for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => a - b);
    expect(sorted[sorted.length - 1]!).toBeGreaterThan(8 * sorted[sorted.length >> 1]!);
  });
});

describe('ensureNetworkCsv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xrm-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes canonical CSV once and reuses it when the spec matches', () => {
    const first = ensureNetworkCsv({ relationships: 2_000 }, dir);
    const lines = readFileSync(first.relationshipsCsv, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('source,target,type,strength,sentiment,since,last_contact');
    expect(lines).toHaveLength(2_001);
    const written = statSync(first.nodesCsv).mtimeMs;
    const second = ensureNetworkCsv({ relationships: 2_000 }, dir);
    expect(statSync(second.nodesCsv).mtimeMs).toBe(written);
    expect(second.keyAccounts).toEqual(first.keyAccounts);
  });
});
