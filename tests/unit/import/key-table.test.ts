import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeyTable } from '../../../electron/backend/import/key-table.ts';
import { DuplicateGroups } from '../../../electron/backend/import/import-batch.ts';

describe('KeyTable', () => {
  it('knows which of 100,000 keys repeat and where they last occur', () => {
    const table = new KeyTable();
    for (let i = 0; i < 100_000; i++) table.add(`p-${i}|KNOWS|p-${i + 1}`, i + 2);
    for (let i = 0; i < 100_000; i += 7) table.add(`p-${i}|KNOWS|p-${i + 1}`, 200_000 + i);
    expect(table.size).toBe(100_000);
    expect(table.repeatedUntil('p-14|KNOWS|p-15')).toBe(200_014);
    expect(table.repeatedUntil('p-15|KNOWS|p-16')).toBeUndefined();
    expect(table.repeatedUntil('nie gesehen')).toBeUndefined();
  });

  it('agrees with a Map on any sequence of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (keys) => {
        const table = new KeyTable();
        const reference = new Map<string, { count: number; line: number }>();
        keys.forEach((key, line) => {
          table.add(key, line);
          reference.set(key, { count: (reference.get(key)?.count ?? 0) + 1, line });
        });
        for (const [key, { count, line }] of reference) {
          expect(table.repeatedUntil(key)).toBe(count > 1 ? line : undefined);
        }
      }),
    );
  });
});

describe('DuplicateGroups', () => {
  it('passes single rows through and holds repeated ones until their last line', () => {
    const groups = new DuplicateGroups<{ id: string; lines: number[] }>();
    const rows: [string, number][] = [
      ['a', 2],
      ['b', 3],
      ['a', 4],
      ['c', 5],
      ['a', 6],
    ];
    for (const [id, line] of rows) groups.count(id, line);
    const out: { id: string; lines: number[] }[] = [];
    const held: number[] = [];
    for (const [id, line] of rows) {
      out.push(
        ...groups.add(id, line, { id, lines: [line] }, (into, next) =>
          into.lines.push(...next.lines),
        ),
      );
      held.push(groups.held);
    }
    expect(out).toEqual([
      { id: 'b', lines: [3] },
      { id: 'c', lines: [5] },
      { id: 'a', lines: [2, 4, 6] },
    ]);
    expect(held).toEqual([1, 1, 1, 1, 0]);
  });
});
