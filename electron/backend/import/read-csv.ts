import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import iconv from 'iconv-lite';
import { parse, CsvError } from 'csv-parse';
import { XrmError } from '../../../shared/errors.ts';
import {
  detectEncoding,
  givenEncoding,
  SAMPLE_BYTES,
  type DetectedEncoding,
} from './detect-encoding.ts';
import {
  parseDelimiterOption,
  sampleRecords,
  sniffDelimiter,
  type Delimiter,
} from './sniff-delimiter.ts';
import { describeCsvError } from './csv-errors.ts';

export interface CsvRow {
  /** 1-based line where the record starts (a quoted field may span lines). */
  readonly line: number;
  readonly cells: readonly string[];
  /** Index of the first cell that did not decode (U+FFFD), if any. */
  readonly undecodable?: number;
}

export interface OpenCsvOptions {
  readonly encoding?: string;
  readonly delimiter?: string;
  /** Picks the header record among the first records (after a preamble). */
  readonly findHeader?: (cells: readonly string[][]) => number;
}

export interface CsvFile {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly encoding: DetectedEncoding;
  readonly delimiter: Delimiter;
  /** 1-based line of the header record. */
  readonly headerLine: number;
  readonly headers: readonly string[];
  /** The first data records, for previews and preset detection. */
  readonly preview: readonly (readonly string[])[];
  /** Streams the data rows; each call reads the file again from disk. */
  rows(progress?: ReadProgress): AsyncGenerator<CsvRow>;
  /** The same rows, a chunk of the file at a time: fewer awaits on the import's hot path. */
  rowBatches(progress?: ReadProgress): AsyncGenerator<CsvRow[]>;
}

/** Bytes of the file read so far: for progress and time-left estimates. */
export interface ReadProgress {
  bytes: number;
}

/** A record (not a row) is capped so a file without line breaks cannot exhaust memory. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Problems with the file as a whole; `line` when known. */
export class CsvReadError extends XrmError {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super('invalid-input', message);
    this.name = 'CsvReadError';
    this.line = line;
  }
}

export async function openCsv(path: string, options: OpenCsvOptions = {}): Promise<CsvFile> {
  const { size } = await stat(path).catch(() => {
    throw new CsvReadError(`cannot read "${path}": the file does not exist or is not readable`);
  });
  const sample = await readSample(path);
  const complete = sample.length >= size;
  const encoding =
    options.encoding && options.encoding !== 'auto'
      ? givenEncoding(options.encoding, sample)
      : detectEncoding(sample, complete);
  if (!iconv.encodingExists(encoding.encoding)) {
    throw new CsvReadError(`"${options.encoding}" is not an encoding this import knows`);
  }
  const text = iconv.decode(Buffer.from(sample.subarray(encoding.bomLength)), encoding.encoding);
  const records = sampleRecords(text);
  let delimiter: Delimiter;
  try {
    delimiter =
      parseDelimiterOption(options.delimiter) ?? sniffDelimiter(records.map((r) => r.text));
  } catch (error) {
    throw new CsvReadError((error as Error).message);
  }
  const nonEmpty = records.filter((r) => r.text.trim().length > 0);
  const firstCells = nonEmpty.slice(0, 20).map((r) => splitSimple(r.text, delimiter));
  const headerIndex = options.findHeader?.(firstCells) ?? 0;
  const headerLine = nonEmpty[headerIndex]?.line ?? 1;
  const base = { path, name: basename(path), size, encoding, delimiter, headerLine };
  const head = await readHead(base);
  return {
    ...base,
    headers: head.headers,
    preview: head.preview,
    rows: (progress) => streamRows(base, progress),
    rowBatches: (progress) => rowBatches(base, progress),
  };
}

type FileBase = Pick<CsvFile, 'path' | 'size' | 'encoding' | 'delimiter' | 'headerLine'>;

async function readHead(file: FileBase & Pick<CsvFile, 'name'>): Promise<{
  headers: string[];
  preview: string[][];
}> {
  const preview: string[][] = [];
  let headers: string[] | undefined;
  reading: for await (const rows of parseRecords(file, undefined)) {
    for (const row of rows) {
      if (headers === undefined) headers = [...row.cells];
      else preview.push([...row.cells]);
      if (preview.length >= 10) break reading;
    }
  }
  if (headers === undefined)
    throw new CsvReadError(`"${file.name}" is empty: no header line found`);
  return { headers, preview };
}

async function* streamRows(file: FileBase, progress?: ReadProgress): AsyncGenerator<CsvRow> {
  for await (const rows of rowBatches(file, progress)) yield* rows;
}

/** The data rows (after the header) in the batches the file's chunks give. */
async function* rowBatches(file: FileBase, progress?: ReadProgress): AsyncGenerator<CsvRow[]> {
  let header = true;
  for await (const rows of parseRecords(file, progress)) {
    if (header && rows.length > 0) {
      header = false;
      rows.shift();
    }
    if (rows.length > 0) yield rows;
  }
}

/**
 * The records from the header line on, a chunk's worth at a time; blank records
 * are left out. csv-parse is fed by hand rather than piped, so rows come out in
 * batches (one await per 64 KiB chunk, not one per row) while memory stays bounded.
 */
async function* parseRecords(
  file: FileBase,
  progress: ReadProgress | undefined,
): AsyncGenerator<CsvRow[]> {
  const input = createReadStream(file.path, {
    start: file.encoding.bomLength,
    highWaterMark: 64 * 1024,
  });
  const decoder = iconv.getDecoder(file.encoding.encoding, { stripBOM: false });
  const parser = parse({
    delimiter: file.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    from_line: file.headerLine,
    info: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  let rows: CsvRow[] = [];
  let lastEnd = file.headerLine - 1;
  let failure: unknown;
  parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
    const line = info.lines - lineBreaksIn(record);
    lastEnd = info.lines;
    if (!isBlank(record)) rows.push(rowOf(line, record));
  });
  parser.on('error', (error) => (failure ??= error));
  const ended = new Promise<void>((done) => parser.once('close', done).once('end', done));
  const take = (): CsvRow[] => {
    if (failure !== undefined) throw failure;
    const batch = rows;
    rows = [];
    return batch;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (progress) progress.bytes += chunk.length;
      const text = decoder.write(chunk);
      // Parsed records arrive as 'data' events; let them all through before taking the batch.
      if (!parser.write(text)) await once(parser, 'drain');
      await nextTurn();
      yield take();
    }
    parser.end(decoder.end() ?? '');
    await ended;
    yield take();
  } catch (error) {
    if (error instanceof CsvError)
      throw new CsvReadError(describeCsvError(error, lastEnd), lineOf(error, lastEnd));
    throw new CsvReadError(`cannot read the file: ${(error as Error).message}`);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function lineOf(error: CsvError, lastEnd: number): number {
  return error.code === 'CSV_QUOTE_NOT_CLOSED'
    ? lastEnd + 1
    : Number(error['lines'] ?? lastEnd + 1);
}

function lineBreaksIn(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    n += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

function rowOf(line: number, cells: string[]): CsvRow {
  for (let i = 0; i < cells.length; i++) {
    if ((cells[i] as string).includes('\uFFFD')) return { line, cells, undecodable: i };
  }
  return { line, cells };
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** Good enough to recognise a header line; real parsing is csv-parse's job. */
function splitSimple(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '"' && quoted && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

async function readSample(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
