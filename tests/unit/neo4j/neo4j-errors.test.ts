import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../electron/backend/store/neo4j/open-neo4j-store.ts';
import { XrmError } from '../../../shared/errors.ts';
import { neo4jServer } from './neo4j-test-server.ts';

async function failure(promise: Promise<unknown>): Promise<XrmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XrmError);
  return error as XrmError;
}

/** A port on 127.0.0.1 that nothing listens on (taken from the OS, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(!neo4jServer)('Neo4j store: connection errors a person can act on', () => {
  const server = neo4jServer!;
  const port = server ? new URL(server.uri).port : '';

  it('says the password or user is wrong', async () => {
    const error = await failure(openNeo4jStore({ ...server, password: 'not-the-password' }));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('rejected the user "neo4j"');
  });

  it('says nothing answers at an address', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await failure(openNeo4jStore({ ...server, uri }));
    expect(error.code).toBe('store-unavailable');
    expect(error.message).toContain(`Cannot reach Neo4j at ${uri}`);
  });

  it('says the database does not exist', async () => {
    const error = await failure(openNeo4jStore({ ...server, database: 'no-such-db' }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('has no database "no-such-db"');
  });

  it('says the encryption does not match (neo4j+s:// against a plain server)', async () => {
    const uri = `neo4j+s://127.0.0.1:${port}`;
    const error = await failure(openNeo4jStore({ ...server, uri }));
    expect(error.code).toBe('store-unavailable');
    expect(error.message).toContain('Encryption does not match');
  });

  it('says an address is not a Neo4j address', async () => {
    const error = await failure(openNeo4jStore({ ...server, uri: 'http//nonsense' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('is not a Neo4j address');
  });
});
