import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { OwnedBackendContext } from '../../../electron/backend/context.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import-wizard');

/** Stages a fixture the way the web host does: streamed in as an upload. */
export async function stageFixture(context: OwnedBackendContext, name: string) {
  const bytes = await readFile(join(FIXTURES, name));
  return context.staging.receive(Readable.from([bytes]), name, 1024 * 1024);
}
