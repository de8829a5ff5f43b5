import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoNetwork } from '../../../electron/backend/demo/demo-network.ts';
import { STACK_FRAME } from '../cli/run-xrm.ts';
import { neo4jServer, wipe } from './neo4j-test-server.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The real `xrm` as a child process, with the environment a script would give it. */
function xrm(env: Record<string, string | undefined>, ...args: string[]) {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.XRM_DEBUG;
  if (env.NEO4J_PASSWORD === undefined) delete childEnv.NEO4J_PASSWORD;
  const result = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'electron/cli/xrm.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: childEnv, timeout: 120_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!neo4jServer)('xrm against Neo4j', () => {
  const server = neo4jServer!;
  const env = { NEO4J_PASSWORD: server?.password };
  const demo = demoNetwork();
  let folder: string;
  let source: string;

  beforeAll(async () => {
    await wipe();
    folder = mkdtempSync(join(tmpdir(), 'xrm-cli-neo4j-'));
    source = join(folder, 'demo.db');
    expect(xrm({}, 'demo', '--db', source).status).toBe(0);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('copies the embedded demo network into Neo4j and prints the verified counts', () => {
    const run = xrm(env, 'copy', '--from', `sqlite:${source}`, '--to', server.uri);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Stakeholders:  ${demo.nodes.length} new, 0 updated`);
    expect(run.stdout).toContain(
      `Verified: both hold ${demo.nodes.length} stakeholders, ${demo.relationships.length} relationships, ${demo.interactions.length} interactions.`,
    );
  });

  it('finds nothing to write on a second copy', () => {
    const run = xrm(env, 'copy', '--from', source, '--to', server.uri, '--json');
    expect(run.status).toBe(0);
    const { copied } = JSON.parse(run.stdout) as {
      copied: Record<string, { created: number; updated: number; unchanged: number }>;
    };
    expect(copied.nodes).toEqual({ created: 0, updated: 0, unchanged: demo.nodes.length });
    expect(copied.relationships?.unchanged).toBe(demo.relationships.length);
    expect(copied.interactions?.unchanged).toBe(demo.interactions.length);
  });

  it('answers stats and search from Neo4j as from the embedded file', () => {
    const fromNeo4j = xrm(env, 'stats', '--neo4j', server.uri, '--json');
    expect(fromNeo4j.status).toBe(0);
    expect(JSON.parse(fromNeo4j.stdout)).toEqual(
      JSON.parse(xrm({}, 'stats', '--db', source, '--json').stdout),
    );
    const search = (...store: string[]) =>
      (
        JSON.parse(xrm(env, 'search', 'müller', ...store, '--json').stdout) as {
          results: { id: string }[];
        }
      ).results;
    const hits = search('--neo4j', server.uri, '--neo4j-user', 'neo4j');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.id).sort()).toEqual(
      search('--db', source)
        .map((h) => h.id)
        .sort(),
    );
  });

  it('copies back from Neo4j into a new file', () => {
    const back = join(folder, 'back.db');
    const run = xrm(env, 'copy', '--from', server.uri, '--to', `sqlite:${back}`);
    expect(run.status).toBe(0);
    expect(JSON.parse(xrm({}, 'stats', '--db', back, '--json').stdout)).toEqual(
      JSON.parse(xrm({}, 'stats', '--db', source, '--json').stdout),
    );
  });

  it('refuses without NEO4J_PASSWORD and names the variable (exit 2)', () => {
    const run = xrm({ NEO4J_PASSWORD: undefined }, 'stats', '--neo4j', server.uri);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `xrm: set the password for neo4j at ${server.uri} in the environment variable NEO4J_PASSWORD.`,
    );
  });

  it('says a wrong password or an unknown database in words, exit 1, no stack', () => {
    const wrong = xrm({ NEO4J_PASSWORD: 'not-the-password' }, 'stats', '--neo4j', server.uri);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`Neo4j at ${server.uri} rejected the user "neo4j"`);
    expect(wrong.stderr).not.toMatch(STACK_FRAME);
    const noDb = xrm(env, 'stats', '--neo4j', server.uri, '--neo4j-database', 'sales');
    expect(noDb.status).toBe(1);
    expect(noDb.stderr).toContain('has no database "sales"');
  });
});
