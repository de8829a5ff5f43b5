import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeInput } from '../../../graph-schema/index.ts';

export interface TempDir {
  readonly dir: string;
  path(name: string): string;
  remove(): Promise<void>;
}

/** A fresh temporary folder, like a fresh user-data folder. */
export async function freshDir(): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), 'xrm-store-'));
  return {
    dir,
    path: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** `count` ordinary contacts with names, e-mails and notes: the crowd a subject hides in. */
export function crowd(count: number, prefix = 'c'): NodeInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    kind: 'Contact' as const,
    name: `Kontakt ${i} Beispiel`,
    email: `kontakt${i}@firma${i % 97}.example`,
    title: i % 3 === 0 ? 'Einkauf' : 'Technik',
    notes: `Notiz ${i}: bevorzugt Termine am Vormittag`,
    tags: ['crowd'],
  }));
}
