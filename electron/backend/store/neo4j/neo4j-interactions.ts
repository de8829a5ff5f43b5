import { randomUUID } from 'node:crypto';
import {
  validateInteraction,
  type Interaction,
  type InteractionInput,
} from '../../../../graph-schema/index.ts';
import { ValidationError, XrmError } from '../../../../shared/errors.ts';
import type { InteractionLogged } from '../../../../shared/store/graph-store.ts';
import { INTERACTION, MODEL_TYPES, STAKEHOLDER, WITH_PARTICIPANT } from './neo4j-cypher.ts';
import { storedKinds } from './neo4j-node-writes.ts';
import { rows, type Row, type Tx } from './neo4j-session.ts';
import { asIsoDate, asNumber, asString, int, plain, plainProps } from './neo4j-values.ts';

const DEFAULT_LIMIT = 50;

/** Cypher returning `i` with its participants in order, as `interactionFromRow` reads it. */
export const INTERACTION_FIELDS = `i {.*} AS props,
  [(i)-[w:${WITH_PARTICIPANT}]->(p:${STAKEHOLDER}) | [coalesce(w.position, 1000000), p.id]] AS participants`;

export function interactionFromRow(row: Row): Interaction | undefined {
  const props = plainProps(row.props);
  const id = asString(props.id);
  const date = asIsoDate(props.date);
  const channel = asString(props.channel);
  if (!id || !date || !channel) return undefined;
  const participants = (row.participants as [unknown, unknown][])
    .map(([position, pid]) => [asNumber(plain(position)) ?? 0, asString(pid) ?? ''] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([, pid]) => pid);
  const interaction: Record<string, unknown> = { id, date, channel, participants };
  if (asString(props.summary) !== undefined) interaction.summary = asString(props.summary);
  if (asNumber(props.sentiment) !== undefined) interaction.sentiment = asNumber(props.sentiment);
  if (asString(props.origin) !== undefined) interaction.origin = asString(props.origin);
  return interaction as Interaction;
}

/** Validates, stores the interaction with its participants and moves lastContact. */
export async function logInteraction(
  tx: Tx,
  input: InteractionInput,
  now: string,
): Promise<InteractionLogged> {
  const ids = Array.isArray(input?.participants)
    ? input.participants.filter((p) => typeof p === 'string')
    : [];
  const kinds = await storedKinds(tx, ids);
  const result = validateInteraction(input, 0, (id) => kinds.get(id));
  if (!result.interaction) throw new ValidationError(result.issues);
  const { id, ...rest } = result.interaction;
  const interaction: Interaction = { id: id ?? randomUUID(), ...rest };
  const exists = await rows(tx, `MATCH (i:${INTERACTION} {id: $id}) RETURN i.id`, {
    id: interaction.id,
  });
  if (exists.length > 0) {
    throw new XrmError('conflict', `An interaction with id "${interaction.id}" already exists.`);
  }
  await rows(
    tx,
    `CREATE (i:${INTERACTION} {id: $id, date: date($date), channel: $channel, createdAt: $now})
     SET i.summary = $summary, i.sentiment = $sentiment, i.origin = $origin
     WITH i
     UNWIND range(0, size($participants) - 1) AS position
     MATCH (p:${STAKEHOLDER} {id: $participants[position]})
     CREATE (i)-[:${WITH_PARTICIPANT} {position: position}]->(p)`,
    {
      id: interaction.id,
      date: interaction.date,
      channel: interaction.channel,
      summary: interaction.summary ?? null,
      sentiment: interaction.sentiment ?? null,
      origin: interaction.origin ?? null,
      participants: interaction.participants,
      now,
    },
  );
  const touched = await rows(
    tx,
    `MATCH (a:${STAKEHOLDER})-[r:${MODEL_TYPES}]->(b:${STAKEHOLDER})
     WHERE a.id IN $participants AND b.id IN $participants
       AND (r.lastContact IS NULL OR date(r.lastContact) < date($date))
     SET r.lastContact = date($date), r.updatedAt = $now
     RETURN count(r) AS n`,
    { participants: interaction.participants, date: interaction.date, now },
  );
  return { interaction, relationshipsTouched: asNumber(plainProps(touched[0]).n) ?? 0 };
}

export async function interactionsOf(tx: Tx, id: string, limit?: number): Promise<Interaction[]> {
  const found = await rows(
    tx,
    `MATCH (i:${INTERACTION})-[:${WITH_PARTICIPANT}]->(:${STAKEHOLDER} {id: $id})
     WITH DISTINCT i ORDER BY i.date DESC, i.id LIMIT $limit
     RETURN ${INTERACTION_FIELDS}`,
    { id, limit: int(Math.max(1, limit ?? DEFAULT_LIMIT)) },
  );
  return found.flatMap((row) => interactionFromRow(row) ?? []);
}
