import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../electron/backend/demo/demo-network.ts';
import { DEMO_ROUTE } from '../../../electron/backend/demo/demo-route.ts';
import { findKBestPaths } from '../../../shared/analysis/index.ts';
import { xrm, STACK_FRAME } from '../cli/run-xrm.ts';
import { demoStore, wholeGraph, type DemoStore } from './report-fixture.ts';

/**
 * `xrm report` end to end: the real CLI, the web host, the built report page and
 * Chromium; the PDF is read back with poppler (pdftotext, pdffonts, pdfinfo) and
 * its pages rendered to PNG for people to look at.
 */
const ARTIFACTS = fileURLToPath(new URL('../../e2e/artifacts/report/', import.meta.url));
const SLOW = 180_000;

let demo: DemoStore;
beforeAll(async () => {
  demo = await demoStore();
  // Close the store: the command opens the file itself, as it would from a shell.
  await demo.store.close();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => demo.close().catch(() => undefined));

function poppler(tool: string, ...args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
  return run.stdout;
}

function report(name: string, ...args: string[]): { pdf: string; text: string; pages: number } {
  const pdf = join(demo.dir, `${name}.pdf`);
  const run = xrm('report', '--db', demo.path, '--out', pdf, '--as-of', DEMO_AS_OF, ...args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`))) {
    rmSync(join(ARTIFACTS, old));
  }
  poppler('pdftoppm', '-r', '110', '-png', pdf, join(ARTIFACTS, name));
  return { pdf, text: poppler('pdftotext', pdf, '-'), pages };
}

/** Finds the words in this order, each after the previous one. */
function inOrder(text: string, words: readonly string[]): boolean {
  let at = 0;
  for (const word of words) {
    at = text.indexOf(word, at);
    if (at < 0) return false;
    at += word.length;
  }
  return true;
}

describe('xrm report', () => {
  it(
    'prints the brief on the demo account in English on A4',
    async () => {
      const { pdf, text, pages } = report(
        'hansa-en',
        '--account',
        DEMO_ROUTE.account,
        '--lang',
        'en',
      );
      expect(pages).toBeGreaterThan(2);
      expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
      expect(text).toContain('Hansa Präzisionsteile AG');
      expect(text).toContain('Account influence brief');
      // Every page carries the footer's page number out of the total.
      for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} / ${pages}`);
      // The best path's people, in order, after the routes heading.
      const store = await import('../../../electron/backend/store/open-embedded-store.ts');
      const reopened = await store.openEmbeddedStore(demo.path);
      const graph = await wholeGraph(reopened);
      await reopened.close();
      const found = findKBestPaths(graph, { to: DEMO_ROUTE.account, asOf: DEMO_AS_OF }).paths;
      const peopleOf = (nodes: readonly string[]) =>
        nodes.map((id) => graph.getNodeAttribute(id, 'name'));
      const routes = text.indexOf('The best routes');
      expect(routes).toBeGreaterThan(0);
      expect(found.length).toBeGreaterThan(1);
      // Every route, under its own heading, with its people in order.
      found.forEach((path, index) => {
        const people = peopleOf(path.nodes);
        expect(
          inOrder(text.slice(routes), [`Route ${index + 1}`, ...people]),
          people.join(' > '),
        ).toBe(true);
      });
      expect(peopleOf(found[0]!.nodes)).toEqual([
        'Jonas Brenner',
        'Dipl.-Ing. Heike Lindner',
        'Dr. Friedrich Hansen',
      ]);
    },
    SLOW,
  );

  it(
    'embeds every font and writes names with umlauts, ß, Ø, ı and Chinese right',
    () => {
      const hansa = report('hansa-de', '--account', DEMO_ROUTE.account, '--lang', 'de');
      const bergmann = report('bergmann-de', '--account', 'cust-bergmann', '--lang', 'de');
      const anadolu = report('anadolu-en', '--account', 'cust-anadolu', '--lang', 'en');
      expect(hansa.text).toContain('Einfluss-Briefing zum Account');
      expect(hansa.text).toContain(`Seite 1 / ${hansa.pages}`);
      for (const name of ['Oliver Haß', 'Anke Claußen', 'Søren Østergaard']) {
        expect(hansa.text).toContain(name);
      }
      // Chromium switches to the CJK font mid-name, so pdftotext may break the line there.
      expect(bergmann.text).toContain('Wang Fang (');
      expect(bergmann.text).toContain('王芳');
      expect(anadolu.text).toContain('Anadolu Makina Sanayi A.Ş.');
      expect(anadolu.text).toContain('Kemal Işık');
      for (const { pdf } of [hansa, bergmann, anadolu]) {
        const rows = poppler('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
        expect(rows.length).toBeGreaterThan(0);
        // Columns: name, type, encoding, emb, sub, uni, object ID ("4 0": two words).
        for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
      }
    },
    SLOW,
  );

  it(
    'prints on Letter when asked',
    () => {
      const { pdf } = report('hansa-letter', '--account', DEMO_ROUTE.account, '--paper', 'letter');
      expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
      expect(existsSync(join(ARTIFACTS, 'hansa-letter-1.png'))).toBe(true);
    },
    SLOW,
  );

  it('refuses an unknown account without writing a file or showing a stack', () => {
    const out = join(demo.dir, 'nobody.pdf');
    const run = xrm('report', '--db', demo.path, '--out', out, '--account', 'cust-nowhere');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cust-nowhere');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });
});
