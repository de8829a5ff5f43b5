import { expect } from 'vitest';
import type { NodeInput, RelationshipInput } from '../../graph-schema/index.ts';
import type { ValidationError } from '../../shared/errors.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';

export type OpenStore = () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>;

/** A small account with real-looking people: enough for ranking and cascades. */
export const ACCOUNT_NODES: NodeInput[] = [
  { id: 'own', kind: 'OwnCompany', name: 'Hartmann Maschinenbau GmbH' },
  { id: 'acme', kind: 'Customer', name: 'Großmann Verpackung AG', tier: 'A', keyAccount: true },
  { id: 'mueller-gmbh', kind: 'Distributor', name: 'Müller Industriebedarf GmbH' },
  {
    id: 'anna',
    kind: 'Contact',
    name: 'Anna Müller',
    title: 'Leiterin Einkauf',
    email: 'anna.mueller@grossmann.example',
    stance: 'supporter',
    tags: ['buying-centre'],
    notes: 'Prefers calls on Tuesdays',
  },
  { id: 'kurt', kind: 'Contact', name: 'Kurt Müllerstein', title: 'Werksleiter' },
  { id: 'sven', kind: 'Contact', name: 'Sven Ohlsen', title: 'Vertrieb' },
  { id: 'lea', kind: 'Contact', name: 'Lea Brandt', title: 'Technik', tags: ['müller-fan'] },
  { id: 'tom', kind: 'Colleague', name: 'Tom Weber', title: 'Key Account Manager' },
  { id: 'ina', kind: 'Influencer', name: 'Ina Fuchs', influencerType: 'planner' },
];

export const ACCOUNT_RELATIONSHIPS: RelationshipInput[] = [
  { type: 'WORKS_FOR', source: 'anna', target: 'acme', strength: 0.9 },
  { type: 'WORKS_FOR', source: 'kurt', target: 'acme' },
  { type: 'WORKS_FOR', source: 'sven', target: 'mueller-gmbh' },
  { type: 'WORKS_FOR', source: 'tom', target: 'own' },
  { type: 'SUPPLIES', source: 'mueller-gmbh', target: 'acme' },
  { type: 'MANAGES', source: 'tom', target: 'acme' },
  { type: 'KNOWS', source: 'tom', target: 'anna', strength: 0.7 },
  { type: 'KNOWS', source: 'sven', target: 'anna', strength: 0.4 },
  { type: 'KNOWS', source: 'anna', target: 'kurt', strength: 0.6 },
  { type: 'ADVISES', source: 'ina', target: 'acme' },
];

export async function loadAccount(store: GraphStore): Promise<void> {
  await store.upsertBatch({ nodes: ACCOUNT_NODES, relationships: ACCOUNT_RELATIONSHIPS });
}

/** The error a rejected write must throw: code, and issues naming record and field. */
export async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as ValidationError | undefined;
  expect(error, 'the write should have been rejected').toBeDefined();
  expect(error?.code).toBe('invalid-input');
  expect(error?.issues.length).toBeGreaterThan(0);
  return error as ValidationError;
}

export async function collect<T>(
  stream: AsyncIterable<T[]>,
): Promise<{ items: T[]; batches: number[] }> {
  const items: T[] = [];
  const batches: number[] = [];
  for await (const batch of stream) {
    items.push(...batch);
    batches.push(batch.length);
  }
  return { items, batches };
}

/** Everything the store would hand out, as one string: for "no trace left" checks. */
export async function everythingAsText(store: GraphStore): Promise<string> {
  const parts = await Promise.all([
    collect(store.streamNodes()),
    collect(store.streamRelationships()),
    collect(store.streamInteractions()),
  ]);
  return JSON.stringify(parts.map((p) => p.items));
}

export const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort();
