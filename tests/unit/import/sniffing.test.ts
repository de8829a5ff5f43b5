import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectEncoding, givenEncoding } from '../../../electron/backend/import/detect-encoding.ts';
import { sampleRecords, sniffDelimiter } from '../../../electron/backend/import/sniff-delimiter.ts';

const bytes = (text: string, encoding = 'utf-8') => new Uint8Array(iconv.encode(text, encoding));

describe('detectEncoding', () => {
  it('trusts a byte-order mark', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), true)).toMatchObject({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]), true)).toMatchObject({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]), true)).toMatchObject({
      encoding: 'utf-16be',
      bomLength: 2,
    });
  });

  it('takes valid UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(detectEncoding(bytes('Jürgen Müller;Größl'), true).encoding).toBe('utf-8');
    expect(detectEncoding(bytes('Jürgen Müller;Größl', 'windows-1252'), true).encoding).toBe(
      'windows-1252',
    );
  });

  it('does not mistake a sample cut inside a character for invalid UTF-8', () => {
    const full = bytes('abc ü');
    const cut = full.subarray(0, full.length - 1);
    expect(detectEncoding(cut, false).encoding).toBe('utf-8');
    expect(detectEncoding(cut, true).encoding).toBe('windows-1252');
  });

  it('accepts the names people type for --encoding', () => {
    expect(givenEncoding('latin9', new Uint8Array()).encoding).toBe('iso-8859-15');
    expect(givenEncoding('CP1252', new Uint8Array()).encoding).toBe('windows-1252');
    expect(givenEncoding('utf8', new Uint8Array([0xef, 0xbb, 0xbf])).bomLength).toBe(3);
  });
});

describe('sniffDelimiter', () => {
  const records = (text: string) => sampleRecords(text).map((r) => r.text);

  it.each([
    [',', 'id,name,notes\np-1,"Müller; Hans",x\np-2,Weber,y\n'],
    [';', 'id;name;notes\np-1;"Müller, Hans";x\np-2;Weber;"a, b, c, d"\n'],
    ['\t', 'id\tname\tcity\np-1\tMüller, Hans\tKöln\n'],
    ['|', 'id|name|city\np-1|Müller, Hans|Köln\np-2|Weber|Bonn\n'],
  ])('finds %j', (delimiter, text) => {
    expect(sniffDelimiter(records(text))).toBe(delimiter);
  });

  it('splits records at line breaks outside quotes and knows where they start', () => {
    expect(sampleRecords('a,b\r\n1,"x\ny"\n2,3')).toEqual([
      { text: 'a,b', line: 1 },
      { text: '1,"x\ny"', line: 2 },
      { text: '2,3', line: 4 },
    ]);
  });
});
