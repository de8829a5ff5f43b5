import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STACK_FRAME, xrm } from './run-xrm.ts';

const FIXTURES = 'tests/fixtures/csv';

describe('xrm import', { timeout: 120_000 }, () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xrm-cli-import-'));
    db = join(dir, 'xrm.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const count = () => JSON.parse(xrm('stats', '--db', db, '--json').stdout) as { nodes: number };

  it('imports an Outlook export, then changes nothing on the second run', () => {
    const first = xrm(
      'import',
      `${FIXTURES}/outlook-de.csv`,
      '--preset',
      'outlook',
      '--db',
      db,
      '--json',
    );
    expect(first.status, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      written: true,
      encoding: 'windows-1252',
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(summary.created).toBeGreaterThan(0);
    const again = JSON.parse(
      xrm('import', `${FIXTURES}/outlook-de.csv`, '--preset', 'outlook', '--db', db, '--json')
        .stdout,
    ) as Record<string, unknown>;
    expect(again).toMatchObject({ created: 0, updated: 0 });
  });

  it('rejects a file with one bad row with exit 1, names the line and writes nothing', () => {
    const run = xrm('import', `${FIXTURES}/atomic-last-row-bad.csv`, '--as', 'nodes', '--db', db);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/line \d+, column \w+: /);
    expect(run.stderr).toMatch(/^xrm: 1 problem in atomic-last-row-bad\.csv; nothing was written/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(count().nodes).toBe(0);
  });

  it('writes the valid rows with --skip-invalid and shows a dry run without writing', () => {
    const dry = xrm(
      'import',
      `${FIXTURES}/outlook-en.csv`,
      '--preset',
      'outlook',
      '--dry-run',
      '--db',
      db,
    );
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run, nothing written');
    expect(count().nodes).toBe(0);
    const skip = xrm(
      'import',
      `${FIXTURES}/atomic-last-row-bad.csv`,
      '--as',
      'nodes',
      '--skip-invalid',
      '--db',
      db,
      '--json',
    );
    expect(skip.status, skip.stderr).toBe(0);
    expect(JSON.parse(skip.stdout)).toMatchObject({ written: true, skipped: 1 });
    expect(count().nodes).toBeGreaterThan(0);
  });

  it('asks what the file holds when neither --as nor a preset says it (exit 2)', () => {
    const run = xrm('import', `${FIXTURES}/utf8-bom.csv`, '--db', db);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--as nodes|relationships|interactions');
    expect(existsSync(db)).toBe(false);
  });

  it('hints from the columns what --as the file looks like, and still imports nothing', () => {
    const hints = {
      'utf8-bom.csv': 'nodes',
      'relationships-de.csv': 'relationships',
      'interactions.csv': 'interactions',
    };
    for (const [file, collection] of Object.entries(hints)) {
      const run = xrm('import', `${FIXTURES}/${file}`, '--db', db);
      expect(run.status, file).toBe(2);
      expect(run.stderr, file).toContain(`(its columns look like --as ${collection})`);
    }
    const missing = xrm('import', join(dir, 'nothing-here.csv'), '--db', db);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toContain('look like');
  });

  it('says in words what was written, what would be, and what was refused', () => {
    const file = `${FIXTURES}/atomic-last-row-bad.csv`;
    const refused = xrm('import', file, '--as', 'nodes', '--db', db);
    expect(refused.stdout).toMatch(/^Nothing written\. Would have created \d+, updated 0; /m);
    const dry = xrm('import', file, '--as', 'nodes', '--skip-invalid', '--dry-run', '--db', db);
    expect(dry.stdout).toMatch(/^Dry run, nothing written\. Would create \d+, update 0; /m);
    const done = xrm('import', file, '--as', 'nodes', '--skip-invalid', '--db', db);
    expect(done.stdout).toMatch(/^Created \d+, updated 0; 0 unchanged, 0 merged, 1 skipped\.$/m);
  });
});
