/**
 * Which encoding a file is in, decided from its first bytes: a byte-order mark
 * is certain; otherwise text that is valid UTF-8 is UTF-8; otherwise it is the
 * Windows-1252 that Excel writes on German and English Windows.
 */
export interface DetectedEncoding {
  /** An iconv-lite encoding name. */
  readonly encoding: string;
  readonly bomLength: number;
  readonly reason: 'bom' | 'valid-utf8' | 'not-utf8' | 'given';
}

/** Bytes read for detection and sniffing; the rest of the file is streamed. */
export const SAMPLE_BYTES = 64 * 1024;

export function detectEncoding(sample: Uint8Array, complete: boolean): DetectedEncoding {
  const [a, b, c] = sample;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { encoding: 'utf-8', bomLength: 3, reason: 'bom' };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2, reason: 'bom' };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2, reason: 'bom' };
  return isValidUtf8(sample, complete)
    ? { encoding: 'utf-8', bomLength: 0, reason: 'valid-utf8' }
    : { encoding: 'windows-1252', bomLength: 0, reason: 'not-utf8' };
}

/** `--encoding` values people type, normalised to iconv-lite names. */
export function givenEncoding(name: string, sample: Uint8Array): DetectedEncoding {
  const key = name.trim().toLowerCase().replace(/_/g, '-');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    latin1: 'iso-8859-1',
    'latin-1': 'iso-8859-1',
    latin9: 'iso-8859-15',
    cp1252: 'windows-1252',
    ansi: 'windows-1252',
    utf16: 'utf-16le',
    'utf-16': 'utf-16le',
  };
  const encoding = aliases[key] ?? key;
  const bom = detectEncoding(sample, false);
  const bomLength = bom.reason === 'bom' && bom.encoding === encoding ? bom.bomLength : 0;
  return { encoding, bomLength, reason: 'given' };
}

/**
 * Strict UTF-8 check. A sample cut off mid-character at its end is still valid
 * unless it is the whole file.
 */
export function isValidUtf8(bytes: Uint8Array, complete: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const cut = complete ? bytes.length : safeCut(bytes);
  try {
    decoder.decode(bytes.subarray(0, cut));
    return true;
  } catch {
    return false;
  }
}

/** The end of the last complete character (drops at most three trailing bytes). */
function safeCut(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (byte >= 0xc0) end -= back; // a lead byte whose sequence may be incomplete
    break;
  }
  return end;
}
