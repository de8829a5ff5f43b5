import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../../electron/web-host/web-host.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/web-host/http-responses.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { demoNetwork } from '../../../electron/backend/demo/demo-network.ts';
import { callChannel, openEvents, rawRequest } from './http-client.ts';

let dir: string;
let rendererDir: string;
let dbPath: string;
let host: WebHost;
const INDEX_HTML =
  '<!doctype html><html><head><title>XRM Explorer</title></head><body><div id="root"></div></body></html>';
const SECRET = 'customer-value-list: do not serve';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-web-host-'));
  rendererDir = join(dir, 'renderer');
  dbPath = join(dir, 'xrm.db');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app-4f3a.js'), 'console.log("xrm");\n');
  await writeFile(join(rendererDir, 'assets', 'app-4f3a.css'), 'body { margin: 0 }\n');
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await symlink(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'linked.txt'));
  host = await startWebHost({ storePath: dbPath, rendererDir });
});

afterAll(async () => {
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const api = (path: string, extra: Partial<Parameters<typeof rawRequest>[0]> = {}) =>
  rawRequest({
    port: host.port,
    path,
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: '{}',
    ...extra,
  });

/** The token with its last character changed: right length, wrong secret. */
function almost(token: string): string {
  return token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
}

function envelope(body: string): { ok: boolean; error?: { code: string; message: string } } {
  return JSON.parse(body) as { ok: boolean; error?: { code: string; message: string } };
}

describe('starting the web host', () => {
  it('prints a loopback URL with the per-run token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it.each(['0.0.0.0', '192.168.178.20', '::'])(
    'refuses to bind %s before touching the store',
    async (address) => {
      const otherDb = join(dir, `never-${address.replace(/\W/g, '_')}.db`);
      await expect(
        startWebHost({ host: address, storePath: otherDb, rendererDir }),
      ).rejects.toThrow(/only listens on a loopback address/);
      expect(existsSync(otherDb)).toBe(false);
    },
  );
});

describe('stopping the web host', () => {
  it('ends open event streams and frees the port', async () => {
    const other = await startWebHost({ storePath: join(dir, 'other.db'), rendererDir });
    const events = await openEvents(`http://127.0.0.1:${other.port}`, other.token);
    expect(await events.next()).toBe(': connected');
    await other.close();
    await expect(events.next()).rejects.toThrow();
    await expect(rawRequest({ port: other.port, path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('API requests are refused', () => {
  it('without a token (401, JSON envelope)', async () => {
    const response = await api('/api/graph:get-counts', {
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(envelope(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('with a wrong token, or the token anywhere but the Authorization header (401)', async () => {
    const wrong = await api('/api/graph:get-counts', {
      headers: {
        Authorization: `Bearer ${almost(host.token)}`,
        'Content-Type': 'application/json',
      },
    });
    expect(wrong.status).toBe(401);
    const inQuery = await api(`/api/graph:get-counts?token=${host.token}`, { headers: {} });
    expect(inQuery.status).toBe(401);
  });

  it('with a foreign Host header, as after DNS rebinding (403)', async () => {
    for (const forged of [
      'attacker.example',
      `attacker.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
    ]) {
      const response = await api('/api/graph:get-counts', {
        headers: { Authorization: `Bearer ${host.token}`, Host: forged },
      });
      expect(response.status, forged).toBe(403);
    }
    const files = await rawRequest({
      port: host.port,
      path: '/',
      headers: { Host: 'attacker.example' },
    });
    expect(files.status).toBe(403);
  });

  it('from a foreign Origin (403)', async () => {
    const response = await api('/api/graph:get-counts', {
      headers: { Authorization: `Bearer ${host.token}`, Origin: 'http://attacker.example' },
    });
    expect(response.status).toBe(403);
  });

  it('with a method other than POST (405)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await api('/api/graph:get-counts', { method, body: undefined });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('POST');
    }
  });

  it('for an unknown channel (404)', async () => {
    const response = await api('/api/graph:drop-everything');
    expect(response.status).toBe(404);
    expect(envelope(response.body).error?.message).toContain('graph:drop-everything');
  });

  it('with a body over 2 MiB (413)', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) });
    const response = await api('/api/graph:search-nodes', { body });
    expect(response.status).toBe(413);
    expect(envelope(response.body).error?.code).toBe('invalid-input');
  });

  it('with a chunked body that grows over 2 MiB without declaring its length (413)', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) });
    const response = await api('/api/graph:search-nodes', {
      headers: {
        Authorization: `Bearer ${host.token}`,
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
      },
      body,
    });
    expect(response.status).toBe(413);
  });

  it('with a body that is not JSON (400, 415)', async () => {
    expect((await api('/api/graph:search-nodes', { body: '{"text":' })).status).toBe(400);
    const plain = await api('/api/graph:search-nodes', {
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'text/plain' },
      body: '{"text":"acme"}',
    });
    expect(plain.status).toBe(415);
  });

  it('with invalid input: HTTP 200 and the same validation envelope as IPC', async () => {
    const { status, result } = await callChannel(host.port, host.token, 'graph:search-nodes', {
      text: 'x'.repeat(10_000),
    });
    expect(status).toBe(200);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ field: 'text' }] },
    });
  });
});

describe('static files', () => {
  it('serves index.html for / with the strict CSP and nosniff', async () => {
    const response = await rawRequest({ port: host.port, path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX_HTML);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    for (const required of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(directives).toContain(required);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their MIME type', async () => {
    const js = await rawRequest({ port: host.port, path: '/assets/app-4f3a.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await rawRequest({ port: host.port, path: '/assets/app-4f3a.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toBe('body { margin: 0 }\n');
    expect((await rawRequest({ port: host.port, path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('refuses the traversal %s', async (path) => {
    const response = await rawRequest({ port: host.port, path });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(SECRET);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await rawRequest({ port: host.port, path: '/assets/linked.txt' });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });
});

describe('a round trip over real HTTP against a real SQLite file', () => {
  it('loads the demo, announces it as an event, counts and searches it', async () => {
    const demo = demoNetwork();
    const empty = await callChannel(host.port, host.token, 'graph:get-counts');
    expect(empty).toMatchObject({ status: 200, result: { ok: true, value: { nodes: 0 } } });

    const events = await openEvents(`http://127.0.0.1:${host.port}`, host.token);
    expect(events.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await events.next()).toBe(': connected');
    const loaded = await callChannel(host.port, host.token, 'demo:load-network');
    expect(loaded).toMatchObject({ status: 200, result: { ok: true } });
    expect(await events.next()).toBe('event: store:changed\ndata: {"reason":"demo"}');
    events.close();

    const counts = await callChannel(host.port, host.token, 'graph:get-counts');
    expect(counts.result).toMatchObject({
      ok: true,
      value: { nodes: demo.nodes.length, relationships: demo.relationships.length },
    });

    const account = demo.nodes.find((node) => node.kind === 'Customer');
    if (!account) throw new Error('the demo network has no Customer');
    const found = await callChannel(host.port, host.token, 'graph:search-nodes', {
      text: account.name,
    });
    const hits = (found.result as { value: { results: { id: string }[] } }).value.results;
    expect(hits.map((hit) => hit.id)).toContain(account.id);

    const again = await callChannel(host.port, host.token, 'demo:load-network');
    expect(again).toMatchObject({
      status: 200,
      result: { ok: false, error: { code: 'conflict' } },
    });
  });

  it('refuses the event stream without the token', async () => {
    const response = await rawRequest({ port: host.port, path: '/api/events' });
    expect(response.status).toBe(401);
  });

  it('has written to the SQLite file itself', async () => {
    const store = await openEmbeddedStore(dbPath);
    try {
      expect((await store.counts()).nodes).toBe(demoNetwork().nodes.length);
    } finally {
      await store.close();
    }
  });
});
