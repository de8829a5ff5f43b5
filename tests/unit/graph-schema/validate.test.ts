import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  relationshipId,
  STORE_CHECKS_ENDPOINTS,
  validateBatch,
  validateNode,
  type NodeKind,
} from '../../../graph-schema/index.ts';

const stored = new Map<string, NodeKind>([
  ['acme', 'Customer'],
  ['anna', 'Contact'],
  ['ben', 'Colleague'],
  ['planer', 'Influencer'],
]);
const kindOf = (id: string): NodeKind | undefined => stored.get(id);

function relationshipIssues(rel: Record<string, unknown>) {
  return validateBatch({ relationships: [rel] }, kindOf).issues;
}

describe('validateNode', () => {
  it('accepts a well-formed contact and fills in defaults', () => {
    const { node, issues } = validateNode({ id: 'p-1', kind: 'Contact', name: 'Jürgen Groß' });
    expect(issues).toEqual([]);
    expect(node).toMatchObject({ id: 'p-1', kind: 'Contact', tags: [] });
  });

  it('rejects an unknown kind and lists the allowed ones', () => {
    const { issues } = validateNode({ id: 'x', kind: 'Competitor', name: 'X GmbH' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ record: 'node "x"', field: 'kind' });
    expect(issues[0]?.message).toContain('Customer');
  });

  it('rejects fields that the kind cannot carry', () => {
    const { issues } = validateNode({ id: 'p', kind: 'Contact', name: 'Eva', tier: 'A' });
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['tier', 'a Contact cannot have a tier'],
    ]);
    expect(
      validateNode({ id: 'o', kind: 'Distributor', name: 'D', email: 'd@x.de' }).issues,
    ).toHaveLength(1);
  });

  it('names every broken field, not just the first', () => {
    const { issues } = validateNode({ id: ' bad', kind: 'Contact', name: '', email: 'nope', x: 1 });
    expect(issues.map((i) => i.field).sort()).toEqual(['email', 'id', 'name', 'x']);
  });

  it('rejects ids with control characters and impossible dates', () => {
    expect(validateNode({ id: 'a\tb', kind: 'Contact', name: 'A' }).issues[0]?.field).toBe('id');
    const consent = { status: 'granted', date: '2025-02-30' };
    expect(validateNode({ id: 'a', kind: 'Contact', name: 'A', consent }).issues[0]?.field).toBe(
      'consent.date',
    );
  });
});

describe('validateBatch relationships', () => {
  it('holds an endpoint that names nothing against the id rules', () => {
    expect(relationshipIssues({ type: 'KNOWS', source: 'anna', target: 'ben ' })).toEqual([
      expect.objectContaining({ field: 'target', message: 'must not start or end with spaces' }),
    ]);
    expect(relationshipIssues({ type: 'KNOWS', source: 'a\u0007', target: 'ben' })).toEqual([
      expect.objectContaining({ field: 'source', message: 'must not contain control characters' }),
    ]);
    expect(relationshipIssues({ type: 'KNOWS', source: '', target: 'ben' })).toEqual([
      expect.objectContaining({ field: 'source', message: 'must not be empty' }),
    ]);
    expect(relationshipIssues({ type: 'KNOWS', source: 'anna', target: 'x'.repeat(201) })).toEqual([
      expect.objectContaining({ field: 'target', message: 'must be at most 200 characters' }),
    ]);
    expect(relationshipIssues({ type: 'KNOWS', source: 'anna', target: 'nobody' })).toEqual([
      expect.objectContaining({
        field: 'target',
        message: 'refers to "nobody", which does not exist',
      }),
    ]);
  });

  it('names a bad endpoint together with the other broken fields', () => {
    const issues = relationshipIssues({
      type: 'KNOWS',
      source: ' anna',
      target: 'ben',
      strength: 2,
    });
    expect(issues.map((i) => i.field).sort()).toEqual(['source', 'strength']);
  });

  it('rejects a WORKS_FOR from an organisation to a person, naming record and field', () => {
    const issues = relationshipIssues({ type: 'WORKS_FOR', source: 'acme', target: 'anna' });
    expect(issues.map((i) => i.field)).toEqual(['source', 'target']);
    expect(formatIssue(issues[0]!)).toMatch(
      /^relationship WORKS_FOR "acme" -> "anna", field "source": WORKS_FOR cannot start at an organisation/,
    );
  });

  it.each([
    [0, 'must be greater than 0'],
    [1.5, 'must be at most 1'],
  ])('rejects strength %s', (strength, message) => {
    const issues = relationshipIssues({ type: 'KNOWS', source: 'anna', target: 'ben', strength });
    expect(issues).toEqual([expect.objectContaining({ field: 'strength', message })]);
  });

  it('rejects a self-relationship and a dangling endpoint', () => {
    expect(
      relationshipIssues({ type: 'KNOWS', source: 'anna', target: 'anna' })[0]?.message,
    ).toMatch(/itself/);
    const dangling = relationshipIssues({ type: 'KNOWS', source: 'anna', target: 'ghost' });
    expect(dangling).toEqual([
      expect.objectContaining({
        field: 'target',
        message: 'refers to "ghost", which does not exist',
      }),
    ]);
  });

  it('resolves endpoints from the same batch before the store', () => {
    const result = validateBatch(
      {
        nodes: [{ id: 'new-co', kind: 'Distributor', name: 'Technikhandel Nord' }],
        relationships: [{ type: 'SUPPLIES', source: 'new-co', target: 'acme' }],
      },
      kindOf,
    );
    expect(result.issues).toEqual([]);
    expect(result.relationships[0]).toMatchObject({ strength: 0.6, id: 'new-co|SUPPLIES|acme' });
  });

  it('leaves endpoints outside the batch to a store that checks them, but not those in it', () => {
    const result = validateBatch(
      {
        nodes: [{ id: 'new-co', kind: 'Distributor', name: 'Technikhandel Nord' }],
        relationships: [
          { type: 'KNOWS', source: 'zoe', target: 'yan' },
          { type: 'WORKS_FOR', source: 'new-co', target: 'anywhere' },
        ],
      },
      STORE_CHECKS_ENDPOINTS,
    );
    expect(result.relationships).toEqual([
      expect.objectContaining({ id: relationshipId('KNOWS', 'yan', 'zoe'), source: 'yan' }),
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        record: 'relationship WORKS_FOR "new-co" -> "anywhere"',
        field: 'source',
      }),
    ]);
  });

  it('stores symmetric relationships once per pair, whatever the order given', () => {
    const result = validateBatch(
      { relationships: [{ type: 'KNOWS', source: 'ben', target: 'anna' }] },
      kindOf,
    );
    expect(result.relationships[0]).toMatchObject({ source: 'anna', target: 'ben' });
    expect(relationshipId('KNOWS', 'ben', 'anna')).toBe(relationshipId('KNOWS', 'anna', 'ben'));
    expect(relationshipId('ADVISES', 'planer', 'anna')).not.toBe(
      relationshipId('ADVISES', 'anna', 'planer'),
    );
  });

  it('lets ADVISES start only at influencers and partners', () => {
    expect(relationshipIssues({ type: 'ADVISES', source: 'planer', target: 'acme' })).toEqual([]);
    expect(relationshipIssues({ type: 'ADVISES', source: 'anna', target: 'acme' })[0]?.field).toBe(
      'source',
    );
  });
});
