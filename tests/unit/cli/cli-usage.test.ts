import { describe, expect, it } from 'vitest';
import { STACK_FRAME, xrm } from './run-xrm.ts';

const DESIGN_COMMANDS = [
  'import',
  'search',
  'show',
  'paths',
  'influencers',
  'centrality',
  'communities',
  'stats',
  'report',
  'export',
  'erase',
  'subject-export',
  'demo',
  'copy',
  'serve',
];

describe('xrm usage', { timeout: 120_000 }, () => {
  it('lists every command of DESIGN.md in --help', () => {
    const run = xrm('--help');
    expect(run.status).toBe(0);
    const listed = [...run.stdout.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(DESIGN_COMMANDS));
    expect(run.stdout).toContain('--json');
  });

  it('rejects an unknown command with exit 2, one line and a hint to --help', () => {
    const run = xrm('serch', 'müller');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("unknown command 'serch'");
    expect(run.stderr).toContain('Did you mean search?');
    expect(run.stderr).toContain('--help');
  });

  it('rejects a missing argument, an unknown option and a bad value with exit 2', () => {
    for (const args of [['show'], ['search', 'x', '--bogus'], ['search', 'x', '--limit', 'lots']]) {
      const run = xrm(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^xrm: .*--help/);
    }
  });

  it('refuses Neo4j without NEO4J_PASSWORD instead of silently using another store', () => {
    const run = xrm('stats', '--neo4j', 'neo4j://127.0.0.1:7687');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('NEO4J_PASSWORD');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
