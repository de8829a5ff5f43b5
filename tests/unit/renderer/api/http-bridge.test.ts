import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../../../electron/web-host/web-host.ts';
import { createHttpBridge } from '../../../../renderer/api/http-bridge.ts';
import { toApi } from '../../../../renderer/api/create-api.ts';
import { ValidationError, XrmError } from '../../../../shared/errors.ts';

let dir: string;
let host: WebHost;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-bridge-'));
  host = await startWebHost({ storePath: join(dir, 'xrm.db'), rendererDir: dir });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const api = (token: string | null = host.token) =>
  toApi(createHttpBridge({ baseUrl: host.origin, token }));

describe('HTTP bridge against the real web host', () => {
  it('round-trips a contract call', async () => {
    const info = await api()['app:get-info']({});
    expect(info).toMatchObject({
      host: 'web',
      store: { kind: 'embedded', path: join(dir, 'xrm.db') },
    });
  });

  it('rejects without the right token as XrmError with a human message', async () => {
    for (const token of [null, 'x'.repeat(43)]) {
      const client = api(token);
      const error = await client['graph:get-counts']({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XrmError);
      expect((error as XrmError).code).toBe('unauthorized');
      expect((error as XrmError).message).toMatch(/token/);
    }
  });

  it('turns rejected input into a ValidationError naming the field', async () => {
    const client = api();
    const error = await client['graph:search-nodes']({ text: 'a', limit: 0 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toContain('limit');
  });

  it('delivers store events over the authorised event stream', async () => {
    const client = api();
    const received = new Promise((resolve) => {
      const stop = client.on('store:changed', (payload) => {
        stop();
        resolve(payload);
      });
    });
    // Events are only sent to connected clients; keep poking until the stream is live.
    let payload: unknown;
    for (let attempt = 0; attempt < 50 && payload === undefined; attempt++) {
      await client['demo:load-network']({});
      payload = await Promise.race([received, new Promise((r) => setTimeout(r, 100, undefined))]);
    }
    expect(payload).toEqual({ reason: 'demo' });
  });

  it('says the backend is unreachable when nothing listens', async () => {
    const dead = toApi(createHttpBridge({ baseUrl: 'http://127.0.0.1:9', token: 't' }));
    await expect(dead['graph:get-counts']({})).rejects.toMatchObject({ code: 'store-unavailable' });
  });
});
