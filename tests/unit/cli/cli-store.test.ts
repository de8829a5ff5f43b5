import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { demoNetwork } from '../../../electron/backend/demo/demo-network.ts';
import { STACK_FRAME, xrm } from './run-xrm.ts';

const demo = demoNetwork();
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-cli-'));
  db = join(dir, 'team.db');
  const run = xrm('demo', '--db', db, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({
    database: db,
    nodes: { created: demo.nodes.length },
    interactions: demo.interactions.length,
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (...args: string[]) => {
  const run = xrm(...args, '--db', db, '--json');
  expect(run.stderr, args.join(' ')).toBe('');
  expect(run.status, args.join(' ')).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
};

const pick = ({ nodes, relationships, interactions }: Record<string, number>) => ({
  nodes,
  relationships,
  interactions,
});

describe('xrm against an embedded database', { timeout: 120_000 }, () => {
  it('refuses to write the demo into a store that already holds data (exit 1)', () => {
    const run = xrm('demo', '--db', db);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(db);
    expect(run.stderr).toContain('--force');
  });

  it('finds people without their umlauts and prints {results: [{id, kind, name, …}]}', () => {
    const { results } = json('search', 'muller') as { results: Record<string, unknown>[] };
    const names = results.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Sven Müller', 'Andrea Müller']));
    for (const hit of results)
      expect(hit).toMatchObject({ id: expect.any(String), kind: expect.any(String) });
    const people = json('search', 'Müller', '--kind', 'Customer') as { results: unknown[] };
    expect(people.results).toEqual([]);
  });

  it('shows a stakeholder with the names at the other end of each relationship', () => {
    const shown = json('show', 'con-hansa-friedrich-hansen') as {
      node: { name: string };
      relationships: { type: string; other: { id: string; name: string } }[];
    };
    expect(shown.node.name).toBe('Dr. Friedrich Hansen');
    expect(shown.relationships).toContainEqual(
      expect.objectContaining({
        type: 'ADVISES',
        other: expect.objectContaining({ name: 'Dipl.-Ing. Heike Lindner' }),
      }),
    );
    const human = xrm('show', 'con-hansa-birgit-matthiesen', '--db', db);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^Birgit Matthiesen {2}\[Contact, con-hansa-birgit-matthiesen\]/);
    expect(human.stdout).toContain('Title: Leiterin Einkauf');
    expect(human.stdout).toContain('Dr. Friedrich Hansen [Contact, con-hansa-friedrich-hansen]');
    expect(human.stdout).toMatch(/Recent interactions:\n {2}\d{4}-\d{2}-\d{2}/);
  });

  it('counts by kind and type in stats', () => {
    const stats = json('stats') as {
      nodes: number;
      relationships: number;
      interactions: number;
      byKind: Record<string, number>;
      byType: Record<string, number>;
    };
    expect(stats.relationships).toBe(demo.relationships.length);
    expect(stats.byKind.Colleague).toBe(demo.nodes.filter((n) => n.kind === 'Colleague').length);
    expect(stats.byType.MANAGES).toBe(
      demo.relationships.filter((r) => r.type === 'MANAGES').length,
    );
    expect(Object.values(stats.byKind).reduce((a, b) => a + b, 0)).toBe(stats.nodes);
  });

  it('exports everything held about a person, to stdout or to a private file', () => {
    const run = xrm('subject-export', 'con-anadolu-ayse-yildiz', '--db', db);
    expect(run.status).toBe(0);
    const exported = JSON.parse(run.stdout) as {
      node: { name: string };
      relationships: unknown[];
      interactions: unknown[];
    };
    expect(exported.node.name).toBe('Ayşe Yıldız');
    expect(exported.relationships.length).toBeGreaterThan(0);
    const out = join(dir, 'ayse.json');
    const written = json('subject-export', 'con-anadolu-ayse-yildiz', '--out', out);
    expect(written).toEqual({ written: out, id: 'con-anadolu-ayse-yildiz' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ node: exported.node });
    expect(statSync(out).mode & 0o077).toBe(0);
  });

  it('exports the whole store as one JSON document and as canonical CSV files', () => {
    const stats = json('stats') as { nodes: number; relationships: number; interactions: number };
    const out = join(dir, 'export', 'network.json');
    const failed = xrm('export', '--format', 'json', '--out', out, '--db', db);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim()).toBe(`xrm: Cannot write ${out} (ENOENT); nothing was exported.`);
    const flat = join(dir, 'network.json');
    expect(json('export', '--format', 'json', '--out', flat)).toEqual({
      format: 'json',
      out: flat,
      ...pick(stats),
    });
    const document = JSON.parse(readFileSync(flat, 'utf8')) as {
      format: string;
      nodes: { name: string }[];
    };
    expect(document.format).toBe('xrm-explorer');
    expect(document.nodes).toHaveLength(stats.nodes);
    expect(document.nodes.map((n) => n.name)).toContain('Søren Østergaard');
    const csvDir = join(dir, 'csv');
    expect(json('export', '--format', 'csv', '--delimiter', ';', '--out', csvDir)).toMatchObject(
      pick(stats),
    );
    expect(readFileSync(join(csvDir, 'nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^id;kind;name/);
  });

  it('erases a person: they are gone afterwards and show exits 1', () => {
    const before = json('stats') as { nodes: number };
    const erased = json('erase', 'con-rheintal-susanne-becker') as {
      erased: { name: string };
      relationships: number;
    };
    expect(erased.erased.name).toBe('Susanne Becker');
    expect(erased.relationships).toBeGreaterThan(0);
    expect((json('stats') as { nodes: number }).nodes).toBe(before.nodes - 1);
    const shown = xrm('show', 'con-rheintal-susanne-becker', '--db', db);
    expect(shown.status).toBe(1);
    expect(shown.stderr.trim()).toBe(
      'xrm: The stakeholder "con-rheintal-susanne-becker" does not exist',
    );
  });

  it('names an unknown id with exit 1 for show, erase and subject-export', () => {
    for (const command of ['show', 'erase', 'subject-export']) {
      const run = xrm(command, 'no-such-person', '--db', db, '--json');
      expect(run.status, command).toBe(1);
      expect(run.stdout, command).toBe('');
      expect(run.stderr, command).toContain('"no-such-person"');
    }
  });
});

describe('xrm with a database that is not usable', { timeout: 120_000 }, () => {
  it('says there is no database, and how to make one, without creating the file', () => {
    const missing = join(dir, 'nowhere.db');
    const run = xrm('stats', '--db', missing);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `xrm: No database at ${missing} — create one with \`xrm demo --db ${missing}\` or import data.`,
    );
    expect(() => statSync(missing)).toThrow();
  });

  it('reports a corrupt file in one line, never with a stack trace', () => {
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'Kundenliste;Name\n1;Hansa Präzisionsteile AG\n'.repeat(200));
    const run = xrm('search', 'hansa', '--db', corrupt);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(corrupt);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('reports a database locked by another program', () => {
    const holder = new DatabaseSync(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = xrm('erase', 'con-lombarda-paolo-gatti', '--db', db);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/locked by another program/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(json('show', 'con-lombarda-paolo-gatti')).toMatchObject({
      node: { name: 'Paolo Gatti' },
    });
  });
});
