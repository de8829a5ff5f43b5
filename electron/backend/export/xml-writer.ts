import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';

/**
 * Everything XML 1.0 forbids in a document, whatever the escaping: C0 controls
 * other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. Names come from CSV
 * files of every origin, so such characters do occur; they are dropped.
 */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_SPECIALS = /[&<>]/g;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Attribute-value normalisation would turn these into spaces: keep them as references.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Anything that is not plainly safe in both text and attributes: the specials,
 * controls, surrogates (a pair is legal, but the full check decides) and
 * U+FFFE/U+FFFF. Most values have none, and skip the replacing altogether.
 */
const NEEDS_CARE = /[^\u0020-\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]/;

export function legalXmlChars(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, '');
}

/** Character data between tags. */
export function xmlText(value: string): string {
  if (!NEEDS_CARE.test(value)) return value;
  return legalXmlChars(value).replace(TEXT_SPECIALS, (c) => ENTITIES[c] ?? c);
}

/** A value inside double quotes. */
export function xmlAttribute(value: string): string {
  if (!NEEDS_CARE.test(value)) return value;
  return legalXmlChars(value).replace(ATTRIBUTE_SPECIALS, (c) => ENTITIES[c] ?? c);
}

const PLAIN_NMTOKEN = /^[A-Za-z0-9.:-]+$/;

/**
 * GraphML ids are NMTOKENs. Ids that already are (without `_`) stay as they are;
 * any other id has each character outside `[A-Za-z0-9.:-]` spelled `_HEX_`. The
 * two ranges cannot collide (only encoded ids contain `_`), and the original id
 * travels as a data attribute.
 */
export function nmtoken(id: string): string {
  if (PLAIN_NMTOKEN.test(id)) return id;
  let out = '';
  for (const char of id) {
    out += /[A-Za-z0-9.:-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}

const FLUSH_AT = 256 * 1024;
/**
 * How much the file stream may hold while the disk catches up: a few chunks,
 * so building the next chunk overlaps writing the last one (with the default
 * of 64 kB every 256 kB chunk waited for the disk) and memory stays bounded.
 */
const STREAM_BUFFER = 4 * FLUSH_AT;

/** Bytes set aside in the file, filled in once their content is known. */
export interface Reservation {
  readonly offset: number;
  readonly size: number;
}

/** Raised when a reservation is too small for its content; `needed` is what it takes. */
export class ReservationTooSmall extends Error {
  readonly needed: number;

  constructor(needed: number) {
    super(`the reserved room is too small (${needed} bytes needed)`);
    this.name = 'ReservationTooSmall';
    this.needed = needed;
  }
}

/**
 * Writes a document piece by piece with bounded memory: small strings are
 * gathered into chunks of ~256 kB and handed to the file with backpressure.
 * The file appears under its name only when complete (`.partial` until then).
 */
export class XmlFileWriter {
  readonly #path: string;
  readonly #partial: string;
  readonly #stream: WriteStream;
  #pending: string[] = [];
  #pendingLength = 0;
  #bytes = 0;
  readonly #fills: { at: Reservation; text: string }[] = [];
  #failure: Error | undefined;

  constructor(path: string) {
    this.#path = path;
    this.#partial = `${path}.partial`;
    this.#stream = createWriteStream(this.#partial, { highWaterMark: STREAM_BUFFER });
    // Kept, not thrown from the event: the next write or finish reports it.
    this.#stream.on('error', (error) => (this.#failure ??= error));
  }

  /** Queues text; resolves at once unless a chunk had to wait for the disk. */
  async write(text: string): Promise<void> {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= FLUSH_AT) await this.#flush();
  }

  /**
   * Sets `size` bytes aside here (blanks, which XML allows between elements),
   * for what only the rest of the document will tell, e.g. the declarations of
   * properties met while writing the records.
   */
  async reserve(size: number): Promise<Reservation> {
    await this.#flush();
    const at = { offset: this.#bytes, size };
    await this.write(`${' '.repeat(size - 1)}\n`);
    return at;
  }

  /** Puts `text` into a reservation (written when the document is finished). */
  fill(at: Reservation, text: string): void {
    const needed = Buffer.byteLength(text) + 1;
    if (needed > at.size) throw new ReservationTooSmall(needed);
    this.#fills.push({ at, text });
  }

  async finish(): Promise<void> {
    await this.#flush();
    this.#stream.end();
    if (!this.#stream.closed) await once(this.#stream, 'close');
    if (this.#failure) throw this.#failure;
    await this.#applyFills();
    await rename(this.#partial, this.#path);
  }

  async #applyFills(): Promise<void> {
    if (this.#fills.length === 0) return;
    const file = await open(this.#partial, 'r+');
    try {
      for (const { at, text } of this.#fills) {
        const bytes = Buffer.from(text.padEnd(text.length + at.size - Buffer.byteLength(text) - 1));
        await file.write(bytes, 0, bytes.length, at.offset);
      }
    } finally {
      await file.close();
    }
  }

  async abort(): Promise<void> {
    this.#stream.destroy();
    await rm(this.#partial, { force: true });
  }

  async #flush(): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.#pending.length === 0) return;
    // Encoded here once: the byte count and the stream both need the bytes.
    const chunk = Buffer.from(this.#pending.join(''), 'utf8');
    this.#pending = [];
    this.#pendingLength = 0;
    this.#bytes += chunk.length;
    // `once` rejects if the stream fails while we wait.
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }
}

/** Runs `body` against a writer; on failure the partial file is removed. */
export async function writeXmlFile<T>(
  path: string,
  body: (writer: XmlFileWriter) => Promise<T>,
): Promise<T> {
  const writer = new XmlFileWriter(path);
  try {
    const result = await body(writer);
    await writer.finish();
    return result;
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** Room for declarations learnt while writing: a few hundred property names. */
export const DECLARATION_ROOM = 64 * 1024;

/**
 * Runs a whole write with `DECLARATION_ROOM`; if that proved too small (a store
 * with very many property names), writes it once more with room to spare.
 */
export async function withDeclarationRoom<T>(write: (room: number) => Promise<T>): Promise<T> {
  try {
    return await write(DECLARATION_ROOM);
  } catch (error) {
    if (!(error instanceof ReservationTooSmall)) throw error;
    return write(2 * error.needed);
  }
}
