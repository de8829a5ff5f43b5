import type { InteractionInput, RelationshipInput } from '../../../graph-schema/index.ts';
import { CHOICES, defined, RowReader, type RowCells } from './row-to-record.ts';

/** Relationship and interaction rows: ids only, no matching by name. */
export function relationshipInput(
  cells: RowCells,
  decimalComma: boolean,
): {
  input: Partial<RelationshipInput>;
  reader: RowReader;
} {
  const r = new RowReader(cells, decimalComma);
  const input = defined({
    type: r.choice('type', CHOICES.type) as RelationshipInput['type'] | undefined,
    source: r.text('source'),
    target: r.text('target'),
    strength: r.number('strength'),
    sentiment: r.number('sentiment'),
    since: r.date('since'),
    lastContact: r.date('lastContact'),
    origin: r.text('origin'),
    notes: r.longText('notes'),
    properties: Object.keys(cells.properties).length > 0 ? { ...cells.properties } : undefined,
  });
  return { input, reader: r };
}

export function interactionInput(
  cells: RowCells,
  decimalComma: boolean,
): {
  input: Partial<InteractionInput>;
  reader: RowReader;
} {
  const r = new RowReader(cells, decimalComma);
  const unknown = Object.keys(cells.properties);
  if (unknown.length > 0) {
    // Interactions have no free properties; say so instead of dropping the columns.
    r.issues.push({
      line: cells.line,
      column: unknown[0] ?? '',
      message: `interactions have no column "${unknown[0]}" (known: date, channel, participants, summary, sentiment, origin)`,
    });
  }
  const input = defined({
    id: r.text('id'),
    date: r.date('date'),
    channel: r.choice('channel', CHOICES.channel) as InteractionInput['channel'] | undefined,
    participants: r.list('participants'),
    summary: r.longText('summary'),
    sentiment: r.number('sentiment'),
    origin: r.text('origin'),
  });
  return { input, reader: r };
}
