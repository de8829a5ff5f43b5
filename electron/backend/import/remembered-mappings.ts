import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  ColumnMappingSchema,
  MAX_HEADER_LENGTH,
  MAX_MAPPED_COLUMNS,
  type ColumnMapping,
} from '../../../shared/domain/import.schema.ts';

/**
 * Column mappings the person confirmed in the import wizard, by header
 * signature (column-mapping.ts), offered again for the next file with the same
 * headers. The most recently used come first; beyond the limit the least
 * recently used are dropped.
 */
export interface RememberedMappings {
  /** The mapping remembered for these headers; counts as a use. */
  recall(signature: string): Promise<ColumnMapping | undefined>;
  remember(signature: string, mapping: ColumnMapping): Promise<void>;
  forget(signature: string): Promise<void>;
}

export const REMEMBERED_MAPPINGS_LIMIT = 50;

const EntrySchema = z.object({
  signature: z.string().max(MAX_MAPPED_COLUMNS * (MAX_HEADER_LENGTH + 1) + 32),
  mapping: ColumnMappingSchema,
});
type Entry = z.infer<typeof EntrySchema>;

const FileSchema = z.object({
  version: z.literal(1),
  mappings: z.array(EntrySchema).max(1000),
});

export interface RememberedMappingsOptions {
  /** A JSON file that keeps them across restarts; in memory only when left out. */
  readonly file?: string;
  readonly limit?: number;
}

export function rememberedMappings(options: RememberedMappingsOptions = {}): RememberedMappings {
  const limit = options.limit ?? REMEMBERED_MAPPINGS_LIMIT;
  let entries: Entry[] | undefined;
  // One change at a time, each reading what the one before left: overlapping
  // previews and imports neither lose a mapping nor write an older list last.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: (all: Entry[]) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      entries ??= options.file ? await readEntries(options.file, limit) : [];
      return work(entries);
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const save = async (next: Entry[]): Promise<void> => {
    entries = next;
    if (options.file) await writeEntries(options.file, next);
  };

  return {
    recall: (signature) =>
      serial(async (all) => {
        const index = all.findIndex((entry) => entry.signature === signature);
        const found = all[index];
        if (!found) return undefined;
        if (index > 0) await save([found, ...all.filter((_, i) => i !== index)]);
        return { ...found.mapping };
      }),
    remember: (signature, mapping) =>
      serial(async (all) => {
        const others = all.filter((entry) => entry.signature !== signature);
        await save([{ signature, mapping: { ...mapping } }, ...others].slice(0, limit));
      }),
    forget: (signature) =>
      serial(async (all) => {
        if (all.some((entry) => entry.signature === signature))
          await save(all.filter((entry) => entry.signature !== signature));
      }),
  };
}

/**
 * A missing file is an empty memory. An unreadable one is moved aside (kept for
 * support) rather than failing the import wizard: these are conveniences.
 */
async function readEntries(file: string, limit: number): Promise<Entry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = FileSchema.safeParse(json);
  if (parsed.success) return parsed.data.mappings.slice(0, limit);
  await rename(file, `${file}.broken-${Date.now()}`);
  return [];
}

/** Written beside and renamed over: a crash mid-write leaves the old file, never half a file. */
async function writeEntries(file: string, entries: readonly Entry[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, mappings: entries }, null, 1)}\n`);
  await rename(temporary, file);
}
