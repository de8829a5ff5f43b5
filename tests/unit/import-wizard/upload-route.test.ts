import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web-host/web-host.ts';
import { callChannel, rawRequest } from '../web-host/http-client.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import-wizard');
const LIMIT = 4096;
let dir: string;
let host: WebHost;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-upload-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  host = await startWebHost({ storePath: join(dir, 'xrm.db'), rendererDir, maxUploadBytes: LIMIT });
});
afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

const upload = (body: Buffer | string, headers: Record<string, string> = {}, name = 'messe.csv') =>
  rawRequest({
    port: host.port,
    path: `/api/upload?name=${encodeURIComponent(name)}`,
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, ...headers },
    body,
  });

describe('POST /api/upload on the web host', () => {
  it('stages the bytes and answers with an id that import:run takes (no path ever)', async () => {
    const bytes = await readFile(join(FIXTURES, 'trade-fair.csv'));
    const answer = await upload(bytes, {}, '../../etc/Trade Fair.csv');
    expect(answer.status).toBe(200);
    const staged = JSON.parse(answer.body) as {
      ok: true;
      value: { id: string; name: string; size: number };
    };
    expect(staged.value).toMatchObject({ name: 'Trade Fair.csv', size: bytes.length });
    expect(answer.body).not.toContain(tmpdir());

    const run = await callChannel(host.port, host.token, 'import:run', {
      file: staged.value.id,
      as: 'nodes',
    });
    expect(run.result).toMatchObject({ ok: true, value: { written: true, created: 3 } });
    const counts = await callChannel(host.port, host.token, 'graph:get-counts', {});
    expect(counts.result).toMatchObject({ ok: true, value: { nodes: 4 } });
  });

  it('refuses without the token, over the size limit, and with GET', async () => {
    const noToken = await rawRequest({
      port: host.port,
      path: '/api/upload?name=a.csv',
      method: 'POST',
      body: 'id,name\n',
    });
    expect(noToken.status).toBe(401);
    const declared = await upload(Buffer.alloc(LIMIT + 1, 0x61), {
      'Content-Length': String(LIMIT + 1),
    });
    expect(declared.status).toBe(413);
    const chunked = await upload(Buffer.alloc(LIMIT + 1, 0x61), { 'Transfer-Encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    const get = await rawRequest({
      port: host.port,
      path: '/api/upload',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(get.status).toBe(405);
  });

  it('refuses a forged Host (DNS rebinding) before reading anything', async () => {
    const forged = await upload('id,name\n', { Host: `attacker.example:${host.port}` });
    expect(forged.status).toBe(403);
  });
});
