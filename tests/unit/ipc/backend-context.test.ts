import { describe, expect, it, vi } from 'vitest';
import { createBackendContext, createMemorySettings } from '../../../electron/backend/context.ts';
import { XrmError } from '../../../shared/errors.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import { MemoryGraphStore } from './memory-graph-store.ts';

function contextWith(openStore: () => GraphStore | Promise<GraphStore>) {
  return createBackendContext({
    host: 'electron',
    appVersion: '1.0.0',
    openStore,
    settings: createMemorySettings(),
  });
}

describe('the backend context', () => {
  it('opens the store lazily, once, however many callers wait for it', async () => {
    const store = new MemoryGraphStore();
    let opened = 0;
    const context = contextWith(async () => {
      opened += 1;
      return store;
    });
    expect(opened).toBe(0);
    expect(() => context.store()).toThrow(/still opening/);
    const [a, b] = await Promise.all([context.ready(), context.ready()]);
    expect(opened).toBe(1);
    expect(a).toBe(store);
    expect(b).toBe(store);
    expect(context.store()).toBe(store);
  });

  it('reports why the store could not open, and retries on the next request', async () => {
    let attempt = 0;
    const context = contextWith(() => {
      attempt += 1;
      if (attempt === 1) throw new Error('database is locked');
      return new MemoryGraphStore();
    });
    await expect(context.ready()).rejects.toThrow('database is locked');
    let refusal: unknown;
    try {
      context.store();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(XrmError);
    expect((refusal as XrmError).code).toBe('store-unavailable');
    expect((refusal as XrmError).message).toContain('database is locked');
    await context.ready();
    expect(attempt).toBe(2);
  });

  it('switches stores: opens the new one, closes the old one, tells listeners', async () => {
    const first = new MemoryGraphStore();
    const second = new MemoryGraphStore();
    const context = contextWith(() => first);
    await context.ready();
    const seen: string[] = [];
    context.onEvent((event, payload) => seen.push(`${event} ${JSON.stringify(payload)}`));
    await context.switchStore(() => second);
    expect(context.store()).toBe(second);
    expect(first.closed).toBe(true);
    expect(second.closed).toBe(false);
    expect(seen).toEqual(['store:changed {"reason":"switch"}']);
  });

  it('keeps the old store when the new one fails to open', async () => {
    const first = new MemoryGraphStore();
    const context = contextWith(() => first);
    await context.ready();
    await expect(
      context.switchStore(() => {
        throw new Error('not a database');
      }),
    ).rejects.toThrow('not a database');
    expect(context.store()).toBe(first);
    expect(first.closed).toBe(false);
  });

  it('keeps delivering events when one listener throws, and stops after unsubscribe', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const context = contextWith(() => new MemoryGraphStore());
    const received: string[] = [];
    context.onEvent(() => {
      throw new Error('window already closed');
    });
    const off = context.onEvent((_event, payload) => received.push(JSON.stringify(payload)));
    context.emit('store:changed', { reason: 'import' });
    off();
    context.emit('store:changed', { reason: 'edit' });
    expect(received).toEqual(['{"reason":"import"}']);
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });

  it('closes the store on close and refuses it afterwards', async () => {
    const store = new MemoryGraphStore();
    const context = contextWith(() => store);
    await context.ready();
    await context.close();
    expect(store.closed).toBe(true);
    expect(() => context.store()).toThrow(/closed/);
    await expect(context.ready()).rejects.toThrow(/closed/);
  });
});
