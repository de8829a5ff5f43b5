import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  MAX_PNG_BYTES,
  PNG_SIGNATURE,
  SavePngInputSchema,
} from '../../../shared/domain/png-export.schema.ts';
import { contract } from '../../../shared/ipc/contract.ts';

/** A real 1×1 PNG: signature, IHDR, IDAT, IEND (CRCs are not checked by the schema). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from(PNG_SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', new Uint8Array()),
  ]);
}

describe('canvas:save-png input', () => {
  it('is the contract channel’s input', () => {
    expect(contract['canvas:save-png'].input).toBe(SavePngInputSchema);
  });

  it('accepts PNG bytes with a plain .png file name', () => {
    const parsed = SavePngInputSchema.parse({ png: tinyPng(), fileName: 'Hansa-AG-view.png' });
    expect(parsed.png.byteLength).toBeGreaterThan(8);
  });

  it('refuses bytes that are not a PNG, naming why', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0]);
    const result = SavePngInputSchema.safeParse({ png: jpeg, fileName: 'x.png' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/not a PNG/);
    const text = SavePngInputSchema.safeParse({ png: 'iVBORw0KGgo=', fileName: 'x.png' });
    expect(text.error?.issues[0]?.message).toMatch(/Uint8Array/);
  });

  it('refuses an image above the size limit', () => {
    const huge = new Uint8Array(MAX_PNG_BYTES + 1);
    huge.set(PNG_SIGNATURE);
    const result = SavePngInputSchema.safeParse({ png: huge, fileName: 'x.png' });
    expect(result.error?.issues[0]?.message).toMatch(/larger than 64 MB/);
  });

  it('refuses file names with folders or another extension', () => {
    for (const fileName of ['../evil.png', 'C:\\temp\\a.png', 'a.exe', '']) {
      expect(SavePngInputSchema.safeParse({ png: tinyPng(), fileName }).success, fileName).toBe(
        false,
      );
    }
  });
});
