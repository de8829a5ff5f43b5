import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/backend/ipc/dispatch.ts';
import { handlers } from '../../../electron/backend/handlers/index.ts';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
} from '../../../electron/backend/context.ts';
import type { Handlers } from '../../../electron/backend/ipc/handler-types.ts';
import { CHANNELS, type EventName } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/api.ts';
import type { ErrorEnvelope } from '../../../shared/errors.ts';
import { MemoryGraphStore } from './memory-graph-store.ts';

let store: MemoryGraphStore;
let context: OwnedBackendContext;
let events: { event: EventName; payload: unknown }[];

beforeEach(async () => {
  store = new MemoryGraphStore();
  context = createBackendContext({
    host: 'web',
    appVersion: '9.8.7',
    openStore: () => store,
    settings: createMemorySettings(),
  });
  await context.ready();
  events = [];
  context.onEvent((event, payload) => events.push({ event, payload }));
});

const call = (channel: unknown, input: unknown, using: Handlers = handlers) =>
  dispatch(using, channel, input, context, { checkOutput: true });

function failure(result: Result<unknown>): ErrorEnvelope {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const ACME = { id: 'c-acme', kind: 'Customer', name: 'Acme Maschinenbau GmbH', tier: 'A' };
const MUELLER = {
  id: 'p-mueller',
  kind: 'Contact',
  name: 'Jürgen Müller',
  title: 'Einkaufsleiter',
};

describe('the contract, through dispatch, rejects bad input with clear errors', () => {
  it('refuses an unknown channel and names it', async () => {
    const error = failure(await call('graph:drop-everything', {}));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('graph:drop-everything');
  });

  it('refuses a wrong type and names the field', async () => {
    const error = failure(await call('graph:search-nodes', { text: 42 }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.map((i) => i.field)).toEqual(['text']);
    expect(error.message).toContain('request graph:search-nodes, field "text"');
  });

  it('refuses a 10,000-character search text', async () => {
    const error = failure(await call('graph:search-nodes', { text: 'x'.repeat(10_000) }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('search text must be at most 200 characters');
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    const error = failure(await call('graph:search-nodes', { text: 'acme', sql: 'DROP TABLE' }));
    expect(error.issues?.[0]?.message).toBe('unknown field(s) sql');
  });

  it('refuses a batch larger than the contract allows before the store sees it', async () => {
    const nodes = Array.from({ length: 5_001 }, (_, i) => ({ ...MUELLER, id: `p-${i}` }));
    const error = failure(await call('graph:upsert-nodes', { nodes }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]?.field).toBe('nodes');
    expect(store.nodes.size).toBe(0);
  });

  it('refuses a language the app does not speak', async () => {
    const error = failure(await call('settings:set-language', { language: 'fr' }));
    expect(error.issues?.[0]?.field).toBe('language');
    expect(context.settings.getLanguage()).toBe('en');
  });

  it('refuses an input that is not an object at all', async () => {
    const error = failure(await call('graph:get-node', 'c-acme'));
    expect(error.code).toBe('invalid-input');
  });

  it('passes node validation errors from the store through with every issue', async () => {
    const bad = { id: 'p-x', kind: 'Contact', name: 'Eva', tier: 'A', email: 'not-an-address' };
    const error = failure(await call('graph:upsert-nodes', { nodes: [bad] }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.map((i) => i.field)).toContain('email');
    expect(events).toEqual([]);
  });
});

describe('failures never leak internals', () => {
  it('turns a thrown Error into code "internal" without stack or message', async () => {
    const broken: Handlers = {
      ...handlers,
      'graph:get-counts': async () => {
        throw new Error('SQLITE_CORRUPT at /home/anna/secret/xrm.db');
      },
    };
    const result = await call('graph:get-counts', {}, broken);
    const error = failure(result);
    expect(error.code).toBe('internal');
    const wire = JSON.stringify(result);
    expect(wire).not.toContain('SQLITE_CORRUPT');
    expect(wire).not.toContain('/home/anna');
    expect(wire).not.toMatch(/\bat .*\.ts:\d+/);
    expect(Object.keys(error)).toEqual(['code', 'message']);
  });

  it('turns an output that breaks the contract into "internal"', async () => {
    const sloppy: Handlers = {
      ...handlers,
      'settings:get-language': async () => ({ language: 'klingon' }) as never,
    };
    expect(failure(await call('settings:get-language', {}, sloppy)).code).toBe('internal');
  });
});

describe('handlers', () => {
  it('cover every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('describe the app, its host and the active store', async () => {
    const result = await call('app:get-info', {});
    expect(result).toEqual({
      ok: true,
      value: { name: 'XRM Explorer', version: '9.8.7', store: store.description, host: 'web' },
    });
  });

  it('write through to the store and announce the change', async () => {
    const result = await call('graph:upsert-nodes', { nodes: [ACME, MUELLER] });
    expect(result).toEqual({ ok: true, value: { created: 2, updated: 0, unchanged: 0 } });
    expect([...store.nodes.keys()].sort()).toEqual(['c-acme', 'p-mueller']);
    expect(events).toEqual([{ event: 'store:changed', payload: { reason: 'edit' } }]);
  });

  it('list all relationships of a node, and say "not found" for an unknown one', async () => {
    await call('graph:upsert-nodes', { nodes: [ACME, MUELLER] });
    const rel = { type: 'WORKS_FOR', source: 'p-mueller', target: 'c-acme' };
    await call('graph:upsert-relationships', { relationships: [rel] });
    const listed = await call('graph:list-relationships', { id: 'c-acme' });
    expect(listed.ok && listed.value).toMatchObject({
      relationships: [{ type: 'WORKS_FOR', source: 'p-mueller', target: 'c-acme', strength: 0.8 }],
    });
    const missing = failure(await call('graph:expand-node', { id: 'nobody' }));
    expect(missing).toEqual({ code: 'not-found', message: 'Stakeholder "nobody" does not exist' });
  });

  it('answer a missing node with null, not an error', async () => {
    expect(await call('graph:get-node', { id: 'nobody' })).toEqual({
      ok: true,
      value: { node: null },
    });
  });

  it('announce a delete only when something was deleted', async () => {
    await call('graph:upsert-nodes', { nodes: [ACME] });
    events.length = 0;
    expect(await call('graph:delete-node', { id: 'nobody' })).toEqual({
      ok: true,
      value: { deleted: false },
    });
    expect(events).toEqual([]);
    expect(await call('graph:delete-node', { id: 'c-acme' })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(events).toHaveLength(1);
  });

  it('keep the language setting, and say whether the user ever chose one', async () => {
    expect(await call('settings:get-language', {})).toEqual({
      ok: true,
      value: { language: 'en', chosen: false },
    });
    await call('settings:set-language', { language: 'de' });
    expect(await call('settings:get-language', {})).toEqual({
      ok: true,
      value: { language: 'de', chosen: true },
    });
  });

  it('refuse to load the demo into a store that already holds data', async () => {
    await call('graph:upsert-nodes', { nodes: [ACME] });
    events.length = 0;
    const error = failure(await call('demo:load-network', {}));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('already holds 1 stakeholder');
    expect(store.nodes.size).toBe(1);
    expect(events).toEqual([]);
  });
});
