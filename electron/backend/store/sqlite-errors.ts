import { XrmError } from '../../../shared/errors.ts';

/** SQLite's primary result codes we translate for people (extended codes masked). */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

interface SqliteErrorLike {
  readonly errcode?: number;
  readonly message?: string;
}

/**
 * Turns a raw SQLite failure into a message that names the file and says what
 * to do; anything we do not recognise is passed on unchanged (a bug, not a user error).
 */
export function toStoreError(path: string, error: unknown): unknown {
  if (error instanceof XrmError) return error;
  const code = ((error as SqliteErrorLike | null)?.errcode ?? -1) & 0xff;
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return new XrmError(
        'store-unavailable',
        `The database "${path}" is locked by another program (another XRM Explorer window or an \`xrm\` command). Close it and try again.`,
        { cause: error },
      );
    case SQLITE_CANTOPEN:
      return new XrmError(
        'store-unavailable',
        `The database "${path}" cannot be opened: check that its folder exists and is writable.`,
        { cause: error },
      );
    case SQLITE_NOTADB:
      return notADatabase(path, error);
    default:
      return error;
  }
}

export function notADatabase(path: string, cause?: unknown): XrmError {
  return new XrmError(
    'store-unavailable',
    `"${path}" is not an XRM Explorer database (it is not an SQLite file, or it is damaged).`,
    { cause },
  );
}

/** Runs `fn`, translating SQLite failures into store errors naming `path`. */
export function withStoreErrors<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toStoreError(path, error);
  }
}
