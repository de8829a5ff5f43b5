import { z } from 'zod';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** 64 MiB: a whole large network at 4x stays below it; anything bigger is refused, not saved. */
export const MAX_PNG_BYTES = 64 * 1024 * 1024;

export function hasPngSignature(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

export const PngBytesSchema = z
  .instanceof(Uint8Array, { message: 'The image must arrive as bytes (Uint8Array).' })
  .refine((bytes) => bytes.byteLength > 0, { message: 'The image is empty.' })
  .refine((bytes) => bytes.byteLength <= MAX_PNG_BYTES, {
    message: `The image is larger than ${MAX_PNG_BYTES / 1024 / 1024} MB.`,
  })
  .refine(hasPngSignature, { message: 'The bytes are not a PNG image (wrong signature).' });

export const SavePngInputSchema = z.strictObject({
  png: PngBytesSchema,
  /** Suggested file name for the save dialog; no folders, ends in .png. */
  fileName: z
    .string()
    .max(120)
    .regex(/^[^\\/:*?"<>|]+\.png$/i, 'A file name ending in .png, without folders.')
    .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32), 'No control characters.'),
});

export const SavePngOutputSchema = z.union([
  z.strictObject({ path: z.string() }),
  z.strictObject({ cancelled: z.literal(true) }),
]);
