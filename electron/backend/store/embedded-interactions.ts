import { randomUUID } from 'node:crypto';
import {
  validateInteraction,
  type Interaction,
  type InteractionInput,
  type KindLookup,
} from '../../../graph-schema/index.ts';
import { ValidationError, XrmError } from '../../../shared/errors.ts';
import type { InteractionLogged } from '../../../shared/store/graph-store.ts';
import type { SqlSession } from './sql-session.ts';

const DEFAULT_LIMIT = 50;

export function interactionFromRow(data: string): Interaction {
  return JSON.parse(data) as Interaction;
}

/** Validates and stores one interaction (caller holds the transaction). */
export function logInteraction(
  session: SqlSession,
  input: InteractionInput,
  now: string,
): InteractionLogged {
  const interaction = validInteraction(input, 0, session.kindLookup());
  const exists = session.stmt('SELECT 1 FROM interactions WHERE id = ?').get(interaction.id);
  if (exists) {
    throw new XrmError('conflict', `An interaction with id "${interaction.id}" already exists.`);
  }
  insertInteraction(session, interaction, now);
  return { interaction, relationshipsTouched: moveLastContact(session, interaction) };
}

export function validInteraction(input: unknown, index: number, kindOf: KindLookup): Interaction {
  const result = validateInteraction(input, index, kindOf);
  if (!result.interaction) throw new ValidationError(result.issues);
  const { id, ...rest } = result.interaction;
  return { id: id ?? randomUUID(), ...rest };
}

/** Insert or replace by id, participants included (import uses this directly). */
export function insertInteraction(
  session: SqlSession,
  interaction: Interaction,
  now: string,
): void {
  session
    .stmt(
      `INSERT INTO interactions (id, date, channel, data, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET date = excluded.date, channel = excluded.channel,
         data = excluded.data`,
    )
    .run(interaction.id, interaction.date, interaction.channel, JSON.stringify(interaction), now);
  session.stmt('DELETE FROM interaction_participants WHERE interaction_id = ?').run(interaction.id);
  const link = session.stmt(
    'INSERT INTO interaction_participants (interaction_id, node_id) VALUES (?, ?)',
  );
  for (const participant of interaction.participants) link.run(interaction.id, participant);
}

/** lastContact becomes the later of its value and the interaction's date. */
function moveLastContact(session: SqlSession, interaction: Interaction): number {
  const result = session
    .stmt(
      `WITH participant (key) AS (
         SELECT key FROM nodes WHERE id IN (SELECT value FROM json_each(?2)))
       UPDATE edges SET last_contact = ?1, updated_at = ?3
       WHERE source_key IN (SELECT key FROM participant)
         AND target_key IN (SELECT key FROM participant)
         AND (last_contact IS NULL OR last_contact < ?1)`,
    )
    .run(interaction.date, JSON.stringify(interaction.participants), new Date().toISOString());
  return Number(result.changes);
}

export function interactionsOf(session: SqlSession, id: string, limit?: number): Interaction[] {
  const rows = session
    .stmt(
      `SELECT i.data FROM interaction_participants p JOIN interactions i ON i.id = p.interaction_id
       WHERE p.node_id = ? ORDER BY i.date DESC, i.id LIMIT ?`,
    )
    .all(id, Math.max(1, limit ?? DEFAULT_LIMIT)) as { data: string }[];
  return rows.map((row) => interactionFromRow(row.data));
}

/**
 * A deleted stakeholder leaves the interactions they attended; an interaction
 * left with fewer than two participants no longer says who met whom and goes too.
 */
export function dropParticipant(session: SqlSession, nodeId: string): void {
  const rows = session
    .stmt(
      `SELECT i.data FROM interaction_participants p JOIN interactions i ON i.id = p.interaction_id
       WHERE p.node_id = ?`,
    )
    .all(nodeId) as { data: string }[];
  for (const row of rows) {
    const interaction = interactionFromRow(row.data);
    const participants = interaction.participants.filter((p) => p !== nodeId);
    if (participants.length < 2) {
      session.stmt('DELETE FROM interactions WHERE id = ?').run(interaction.id);
    } else {
      session
        .stmt('UPDATE interactions SET data = ? WHERE id = ?')
        .run(JSON.stringify({ ...interaction, participants }), interaction.id);
    }
  }
}
