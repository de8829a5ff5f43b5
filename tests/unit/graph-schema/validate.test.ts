import { describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { validateBatch, type NodeKind } from '../../../graph-schema/index.ts';

const none = (): NodeKind | undefined => undefined;

describe('validateBatch', () => {
  it('rejects a WORKS_FOR from an organisation to a person, naming the record and field', () => {
    const result = validateBatch(
      {
        nodes: [
          { id: 'acme', kind: 'Customer', name: 'ACME AG' },
          { id: 'p1', kind: 'Contact', name: 'Anna Müller' },
        ],
        relationships: [{ type: 'WORKS_FOR', source: 'acme', target: 'p1' }],
      },
      none,
    );
    expect(result.issues).toHaveLength(2);
    expect(result.issues[0]).toMatchObject({
      record: 'relationship WORKS_FOR "acme" -> "p1"',
      field: 'source',
    });
  });
  it('sqlite is there', () => {
    const db = new DatabaseSync(':memory:');
    expect(db.prepare('select sqlite_version() as v').get()).toBeTruthy();
  });
});
