import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { XrmError } from '../../../shared/errors.ts';
import type { StagedFile } from '../../../shared/domain/import.schema.ts';

/** A staged file as the backend knows it: the path never leaves the backend. */
export interface StagedEntry extends StagedFile {
  readonly path: string;
  /** True when the file is our own copy (an upload) and is deleted on discard. */
  readonly owned: boolean;
}

/**
 * Files handed to the import wizard. Only trusted host code stages a file: the
 * Electron main process after the native open dialog (`stagePath`), or the web
 * host streaming an upload into this run's own temporary folder (`receive`).
 * Handlers then find a file by its random id and nothing else.
 */
export interface StagingArea {
  stagePath(path: string): Promise<StagedFile>;
  receive(body: AsyncIterable<Uint8Array>, name: string, limit: number): Promise<StagedFile>;
  get(id: string): StagedEntry;
  discard(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export class UploadTooLargeError extends XrmError {
  constructor(limit: number) {
    super('invalid-input', `The file is larger than ${Math.round(limit / 1024 / 1024)} MiB.`);
    this.name = 'UploadTooLargeError';
  }
}

export function createStagingArea(root: string = tmpdir()): StagingArea {
  const entries = new Map<string, StagedEntry>();
  let folder: Promise<string> | undefined;
  const runFolder = () => (folder ??= mkdtemp(join(root, 'xrm-import-')));

  const add = (entry: StagedEntry): StagedFile => {
    entries.set(entry.id, entry);
    return { id: entry.id, name: entry.name, size: entry.size };
  };

  return {
    async stagePath(path) {
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile())
        throw new XrmError('invalid-input', `"${basename(path)}" is not a file.`);
      return add({
        id: newId(),
        name: cleanName(basename(path)),
        size: info.size,
        path,
        owned: false,
      });
    },

    async receive(body, name, limit) {
      const id = newId();
      // The id, not the user's name, is the file name: nothing from the client reaches the path.
      const path = join(await runFolder(), `${id}.upload`);
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          done(size > limit ? new UploadTooLargeError(limit) : null, chunk);
        },
      });
      try {
        await pipeline(body, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        await unlink(path).catch(() => undefined);
        throw error;
      }
      return add({ id, name: cleanName(name), size, path, owned: true });
    },

    get(id) {
      const entry = entries.get(id);
      if (!entry)
        throw new XrmError('not-found', 'This file is no longer staged; choose it again.');
      return entry;
    },

    async discard(id) {
      const entry = entries.get(id);
      if (!entry) return false;
      entries.delete(id);
      if (entry.owned) await unlink(entry.path).catch(() => undefined);
      return true;
    },

    async close() {
      entries.clear();
      if (folder) await rm(await folder, { recursive: true, force: true });
      folder = undefined;
    },
  };
}

function newId(): string {
  return randomBytes(18).toString('base64url');
}

/** A display name only: no folders, no control characters, bounded. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const bare = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (bare === '' ? 'upload.csv' : bare).slice(0, 200);
}
