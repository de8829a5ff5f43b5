import { randomUUID } from 'node:crypto';
import {
  validateInteraction,
  type Interaction,
  type InteractionInput,
  type ValidationIssue,
} from '../../../../graph-schema/index.ts';
import { ValidationError } from '../../../../shared/errors.ts';
import type { UpsertSummary } from '../../../../shared/store/graph-store.ts';
import { chunks, INTERACTION, STAKEHOLDER, WITH_PARTICIPANT } from './neo4j-cypher.ts';
import { INTERACTION_FIELDS, interactionFromRow } from './neo4j-interactions.ts';
import { storedKinds } from './neo4j-node-writes.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { stableJson } from './neo4j-values.ts';

/** Replaces an interaction's properties and participants; lastContact is left alone. */
const WRITE_INTERACTIONS = `UNWIND $rows AS row
  MERGE (i:${INTERACTION} {id: row.id})
  ON CREATE SET i.createdAt = $now
  SET i.date = date(row.date), i.channel = row.channel, i.summary = row.summary,
      i.sentiment = row.sentiment, i.origin = row.origin
  WITH i, row
  OPTIONAL MATCH (i)-[old:${WITH_PARTICIPANT}]->()
  DELETE old
  WITH DISTINCT i, row
  UNWIND range(0, size(row.participants) - 1) AS position
  MATCH (p:${STAKEHOLDER} {id: row.participants[position]})
  CREATE (i)-[:${WITH_PARTICIPANT} {position: position}]->(p)`;

/**
 * Interactions stored as given, in the caller's write transaction: all are
 * validated before one is written, and only those that differ are written.
 */
export async function importInteractions(
  tx: Tx,
  inputs: readonly InteractionInput[],
  now: string,
): Promise<UpsertSummary> {
  const valid = await validInteractions(tx, inputs);
  const stored = await storedInteractions(
    tx,
    valid.map((i) => i.id),
  );
  const changed = valid.filter((i) => stored.get(i.id) !== stableJson(i));
  for (const slice of chunks(changed)) {
    const batch = slice.map((i) => ({
      id: i.id,
      date: i.date,
      channel: i.channel,
      summary: i.summary ?? null,
      sentiment: i.sentiment ?? null,
      origin: i.origin ?? null,
      participants: i.participants,
    }));
    await rows(tx, WRITE_INTERACTIONS, { rows: batch, now });
  }
  const created = changed.filter((i) => !stored.has(i.id)).length;
  return {
    created,
    updated: changed.length - created,
    unchanged: valid.length - changed.length,
  };
}

async function validInteractions(
  tx: Tx,
  inputs: readonly InteractionInput[],
): Promise<Interaction[]> {
  const ids = inputs.flatMap((input) =>
    Array.isArray(input?.participants)
      ? input.participants.filter((p) => typeof p === 'string')
      : [],
  );
  const kinds = await storedKinds(tx, ids);
  const issues: ValidationIssue[] = [];
  const valid: Interaction[] = [];
  inputs.forEach((input, index) => {
    const result = validateInteraction(input, index, (id) => kinds.get(id));
    if (!result.interaction) issues.push(...result.issues);
    else valid.push({ ...result.interaction, id: result.interaction.id ?? randomUUID() });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return valid;
}

/** The stored interactions among `ids`, as comparable JSON by id. */
async function storedInteractions(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const stored = new Map<string, string>();
  for (const slice of chunks([...new Set(ids)])) {
    const found = await rows(
      tx,
      `MATCH (i:${INTERACTION}) WHERE i.id IN $ids RETURN ${INTERACTION_FIELDS}`,
      { ids: slice },
    );
    for (const row of found) {
      const interaction = interactionFromRow(row);
      if (interaction) stored.set(interaction.id, stableJson(interaction));
    }
  }
  return stored;
}
