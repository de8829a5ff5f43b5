import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
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

export function legalXmlChars(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, '');
}

/** Character data between tags. */
export function xmlText(value: string): string {
  return legalXmlChars(value).replace(TEXT_SPECIALS, (c) => ENTITIES[c] ?? c);
}

/** A value inside double quotes. */
export function xmlAttribute(value: string): string {
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
  #failure: Error | undefined;

  constructor(path: string) {
    this.#path = path;
    this.#partial = `${path}.partial`;
    this.#stream = createWriteStream(this.#partial, { encoding: 'utf8' });
    // Kept, not thrown from the event: the next write or finish reports it.
    this.#stream.on('error', (error) => (this.#failure ??= error));
  }

  /** Queues text; resolves at once unless a chunk had to wait for the disk. */
  async write(text: string): Promise<void> {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= FLUSH_AT) await this.#flush();
  }

  async finish(): Promise<void> {
    await this.#flush();
    this.#stream.end();
    if (!this.#stream.closed) await once(this.#stream, 'close');
    if (this.#failure) throw this.#failure;
    await rename(this.#partial, this.#path);
  }

  async abort(): Promise<void> {
    this.#stream.destroy();
    await rm(this.#partial, { force: true });
  }

  async #flush(): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.#pending.length === 0) return;
    const chunk = this.#pending.join('');
    this.#pending = [];
    this.#pendingLength = 0;
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
