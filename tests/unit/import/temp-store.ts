import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  openEmbeddedStore,
  type EmbeddedStore,
} from '../../../electron/backend/store/open-embedded-store.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/csv/', import.meta.url));
export const fixture = (name: string): string => join(FIXTURES, name);

/** A real SQLite store file in a fresh folder, and a place for generated CSV files. */
export interface TempStore {
  readonly store: EmbeddedStore;
  readonly dir: string;
  file(name: string, content: string | Buffer): string;
  close(): Promise<void>;
}

export async function tempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'xrm-import-'));
  const store = await openEmbeddedStore(join(dir, 'xrm.db'));
  return {
    store,
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const IMPORT_TIME = new Date('2026-03-01T09:00:00Z');
