/**
 * Guesses the delimiter from the first lines: the candidate that occurs
 * (outside quotes) the same non-zero number of times on most lines wins.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function parseDelimiterOption(value: string | undefined): Delimiter | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if (value === 'tab' || value === '\\t') return '\t';
  if ((DELIMITERS as readonly string[]).includes(value)) return value as Delimiter;
  throw new Error(`"${value}" is not a delimiter this import understands (use , ; tab or |)`);
}

export function sniffDelimiter(records: readonly string[]): Delimiter {
  const sample = records.filter((line) => line.trim().length > 0).slice(0, 50);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const candidate of DELIMITERS) {
    const counts = sample.map((line) => countOutsideQuotes(line, candidate));
    const score = consistencyScore(counts);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Lines agreeing on the most common non-zero count, weighted a little by the count. */
function consistencyScore(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const n of counts) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  let score = 0;
  for (const [n, lines] of frequency) score = Math.max(score, lines * 1000 + Math.min(n, 999));
  return score;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let n = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) n += 1;
  }
  return n;
}

export interface SampleRecord {
  readonly text: string;
  /** 1-based physical line where the record starts. */
  readonly line: number;
}

/**
 * Splits the start of a file into records at line breaks outside quotes. The
 * last record may be cut off by the sample's end; callers use it only as a hint.
 */
export function sampleRecords(text: string, max = 60): SampleRecord[] {
  const records: SampleRecord[] = [];
  let quoted = false;
  let start = 0;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length && records.length < max; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    if (char !== '\n' && char !== '\r') continue;
    const end = i;
    if (char === '\r' && text[i + 1] === '\n') i += 1;
    line += 1;
    if (quoted) continue;
    records.push({ text: text.slice(start, end), line: startLine });
    start = i + 1;
    startLine = line;
  }
  if (records.length < max && start < text.length) {
    records.push({ text: text.slice(start), line: startLine });
  }
  return records;
}
