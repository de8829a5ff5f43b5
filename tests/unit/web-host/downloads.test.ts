import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { startWebHost, type WebHost } from '../../../electron/web-host/web-host.ts';
import { Downloads } from '../../../electron/web-host/downloads.ts';
import { printReportPage } from '../../../electron/web-host/print-report-page.ts';
import { callChannel, rawRequest } from './http-client.ts';

let dir: string;
let host: WebHost;
let stakeholders: number;
let relationships: number;
let interactions: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-downloads-test-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  host = await startWebHost({ storePath: join(dir, 'xrm.db'), rendererDir });
  await callChannel(host.port, host.token, 'demo:load-network');
  const counts = (await callChannel(host.port, host.token, 'graph:get-counts')).result as {
    value: { nodes: number; relationships: number; interactions: number };
  };
  ({ nodes: stakeholders, relationships, interactions } = counts.value);
}, 60_000);

afterAll(async () => {
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Exported {
  ok: boolean;
  value: {
    files: { name: string; url: string }[];
    counts: { nodes: number; relationships: number; interactions: number };
  };
}

async function exportAs(input: unknown): Promise<Exported['value']> {
  const { result } = await callChannel(host.port, host.token, 'export:save-network', input);
  const exported = result as Exported;
  expect(exported.ok, JSON.stringify(result)).toBe(true);
  return exported.value;
}

const fetchDownload = (url: string, headers: Record<string, string> = {}) =>
  rawRequest({ port: host.port, path: url, headers });

describe('exporting the network from the browser host', () => {
  it('offers a JSON backup once, as an attachment with the whole network', async () => {
    const exported = await exportAs({ format: 'json' });
    expect(exported.counts).toEqual({ nodes: stakeholders, relationships, interactions });
    const [file] = exported.files;
    expect(file?.name).toBe('network.xrm.json');
    expect(file?.url).toMatch(/^\/download\/[A-Za-z0-9_-]{24}$/);

    const first = await fetchDownload(file!.url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['content-disposition']).toBe(
      `attachment; filename="network.xrm.json"; filename*=UTF-8''network.xrm.json`,
    );
    const document = JSON.parse(first.body) as { nodes: unknown[]; interactions: unknown[] };
    expect(document.nodes).toHaveLength(stakeholders);
    expect(document.interactions).toHaveLength(interactions);

    const again = await fetchDownload(file!.url);
    expect(again.status).toBe(404);
    expect(again.body).toContain('used or has expired');
  });

  it('writes CSV for Excel as three files, each its own link', async () => {
    const exported = await exportAs({ format: 'csv', csv: { delimiter: 'semicolon', bom: true } });
    expect(exported.files.map((file) => file.name)).toEqual([
      'nodes.csv',
      'relationships.csv',
      'interactions.csv',
    ]);
    const nodes = await fetchDownload(exported.files[0]!.url);
    expect(nodes.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(nodes.body.startsWith('\uFEFFid;kind;name')).toBe(true);
    const lines = nodes.body.trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(stakeholders + 1);
  });

  it('writes GraphML and GEXF that graph tools read back to the same network', async () => {
    for (const [format, parse] of [
      ['graphml', parseGraphml],
      ['gexf', parseGexf],
    ] as const) {
      const exported = await exportAs({ format });
      const response = await fetchDownload(exported.files[0]!.url);
      expect(response.status).toBe(200);
      const graph = parse(MultiDirectedGraph, response.body);
      expect(graph.order, format).toBe(stakeholders);
      expect(graph.size, format).toBe(relationships);
    }
  });

  it('refuses a download addressed to another host name (DNS rebinding)', async () => {
    const exported = await exportAs({ format: 'graphml' });
    const forged = await fetchDownload(exported.files[0]!.url, { Host: 'attacker.example' });
    expect(forged.status).toBe(403);
    expect((await fetchDownload(exported.files[0]!.url)).status).toBe(200);
  });

  it('answers an unknown link and a wrong method without serving anything', async () => {
    expect((await fetchDownload('/download/not-a-real-id')).status).toBe(404);
    const exported = await exportAs({ format: 'json' });
    const posted = await rawRequest({
      port: host.port,
      path: exported.files[0]!.url,
      method: 'POST',
    });
    expect(posted.status).toBe(405);
    expect((await fetchDownload(exported.files[0]!.url)).status).toBe(200);
  });

  it('rejects options that do not exist, naming the field', async () => {
    const { result } = await callChannel(host.port, host.token, 'export:save-network', {
      format: 'xlsx',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(result)).toContain('format');
  });
});

describe('printing the brief from the browser host', () => {
  it('names an unknown account before starting Chromium', async () => {
    const { result } = await callChannel(host.port, host.token, 'report:save-pdf', {
      account: 'cust-nobody',
      lang: 'en',
      paper: 'a4',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(JSON.stringify(result)).toContain('cust-nobody');
  });

  it('says where Chromium was looked for when it is missing', async () => {
    await expect(
      printReportPage({
        origin: 'http://127.0.0.1:9',
        token: 'x',
        request: { account: 'cust-hansa' },
        accountName: 'Hansa',
        language: 'en',
        paper: 'a4',
        chromium: join(dir, 'no-chromium-here'),
        out: join(dir, 'never.pdf'),
      }),
    ).rejects.toThrow(
      /needs Chromium, which was not found at .*no-chromium-here; install it or set XRM_CHROMIUM/,
    );
    expect(existsSync(join(dir, 'never.pdf'))).toBe(false);
  });
});

describe('Downloads', () => {
  it('forgets an offer after ten minutes and deletes its file', async () => {
    let now = 1_000;
    const downloads = new Downloads(() => now);
    const work = await downloads.workDir();
    const file = join(work, 'brief.pdf');
    await writeFile(file, '%PDF-1.7');
    downloads.offer(file, 'brief.pdf');
    now += 10 * 60_000 + 1;
    downloads.offer(file, 'other.pdf'); // any later call sweeps expired offers
    await new Promise((done) => setTimeout(done, 50));
    expect(existsSync(file)).toBe(false);
    await downloads.close();
    expect(existsSync(work)).toBe(false);
  });

  it('keeps exports of different requests apart', async () => {
    const downloads = new Downloads();
    const a = await downloads.workDir();
    const b = await downloads.workDir();
    expect(a).not.toBe(b);
    expect(await readdir(a)).toEqual([]);
    await downloads.close();
  });
});
