import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
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
  };
}

type FileBase = Pick<CsvFile, 'path' | 'size' | 'encoding' | 'delimiter' | 'headerLine'>;

async function readHead(file: FileBase & Pick<CsvFile, 'name'>): Promise<{
  headers: string[];
  preview: string[][];
}> {
  const preview: string[][] = [];
  let headers: string[] | undefined;
  for await (const row of parseRecords(file, undefined)) {
    if (headers === undefined) headers = [...row.cells];
    else preview.push([...row.cells]);
    if (preview.length >= 10) break;
  }
  if (headers === undefined)
    throw new CsvReadError(`"${file.name}" is empty: no header line found`);
  return { headers, preview };
}

async function* streamRows(file: FileBase, progress?: ReadProgress): AsyncGenerator<CsvRow> {
  let header = true;
  for await (const row of parseRecords(file, progress)) {
    if (header) header = false;
    else yield row;
  }
}

async function* parseRecords(
  file: FileBase,
  progress: ReadProgress | undefined,
): AsyncGenerator<CsvRow> {
  const input = createReadStream(file.path, {
    start: file.encoding.bomLength,
    highWaterMark: 64 * 1024,
  });
  if (progress) input.on('data', (chunk) => (progress.bytes += chunk.length));
  const decoder = iconv.decodeStream(file.encoding.encoding, { stripBOM: false });
  const parser = parse({
    delimiter: file.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    from_line: file.headerLine,
    info: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  input.on('error', (error) => parser.destroy(error));
  decoder.on('error', (error: Error) => parser.destroy(error));
  input.pipe(decoder).pipe(parser);
  let lastEnd = file.headerLine - 1;
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const { record, info } = item;
      const line = info.lines - lineBreaksIn(record);
      lastEnd = info.lines;
      if (record.every((cell) => cell.trim() === '')) continue;
      const undecodable = record.findIndex((cell) => cell.includes('\uFFFD'));
      yield undecodable >= 0 ? { line, cells: record, undecodable } : { line, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError)
      throw new CsvReadError(describeCsvError(error, lastEnd), lineOf(error, lastEnd));
    throw new CsvReadError(`cannot read the file: ${(error as Error).message}`);
  } finally {
    input.destroy();
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
