import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_NAMES, type Channel } from '../../../shared/ipc/contract.ts';
import {
  EVENT_CHANNEL,
  buildBridge,
  eventMessage,
  type Subscribe,
} from '../../../electron/preload/build-bridge.ts';

/** A fake ipcRenderer: records invokes, answers with an envelope, fans out pushed events. */
function fakeIpc() {
  const invoked: Array<{ channel: Channel; input: unknown }> = [];
  const listeners = new Set<(message: unknown) => void>();
  const invoke = async (channel: Channel, input: unknown) => {
    invoked.push({ channel, input });
    return { ok: true, value: { echoed: channel } };
  };
  const subscribe: Subscribe = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const push = (message: unknown) => listeners.forEach((listener) => listener(message));
  return { invoke, subscribe, push, invoked, listeners };
}

describe('the preload bridge (window.xrm)', () => {
  it('has exactly one method per contract channel, plus on', () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.invoke, ipc.subscribe);
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS, 'on'].sort());
    for (const channel of CHANNELS) expect(typeof bridge[channel]).toBe('function');
  });

  it('sends each call on its own channel with the input unchanged and returns the envelope', async () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.invoke, ipc.subscribe);
    const result = await bridge['graph:search-nodes']({ text: 'Müller', limit: 5 } as never);
    expect(result).toEqual({ ok: true, value: { echoed: 'graph:search-nodes' } });
    expect(ipc.invoked).toEqual([
      { channel: 'graph:search-nodes', input: { text: 'Müller', limit: 5 } },
    ]);
  });

  it('offers no generic way to reach another channel', () => {
    const bridge = buildBridge(fakeIpc().invoke, fakeIpc().subscribe) as unknown as Record<
      string,
      unknown
    >;
    for (const name of [
      'invoke',
      'send',
      'sendSync',
      'ipcRenderer',
      'postMessage',
      EVENT_CHANNEL,
    ]) {
      expect(bridge[name], name).toBeUndefined();
    }
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('delivers only the named event, only its payload, and stops after unsubscribe', () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.invoke, ipc.subscribe);
    const received: unknown[] = [];
    const off = bridge.on('store:changed', (payload) => received.push(payload));
    ipc.push(eventMessage('store:changed', { reason: 'demo' }));
    ipc.push(eventMessage('app:menu-command', { command: 'backup' }));
    ipc.push('garbage');
    ipc.push(null);
    expect(received).toEqual([{ reason: 'demo' }]);
    off();
    ipc.push(eventMessage('store:changed', { reason: 'edit' }));
    expect(received).toHaveLength(1);
    expect(ipc.listeners.size).toBe(0);
  });

  it('refuses events that are not in the contract', () => {
    const bridge = buildBridge(fakeIpc().invoke, fakeIpc().subscribe);
    expect(EVENT_NAMES).toContain('store:changed');
    expect(() => bridge.on('xrm:anything' as never, () => undefined)).toThrow(/Unknown event/);
    expect(() => bridge.on('store:changed', 'not a function' as never)).toThrow(TypeError);
  });
});
