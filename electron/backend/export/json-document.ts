import { z } from 'zod';

/**
 * The `xrm export --format json` document. Version 1; a reader refuses newer
 * versions rather than guess. Records are exactly what the store streams.
 */
export const XRM_DOCUMENT_FORMAT = 'xrm-explorer';
export const XRM_DOCUMENT_VERSION = 1;

export const XrmDocumentEnvelopeSchema = z.object({
  format: z.literal(XRM_DOCUMENT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  nodes: z.array(z.unknown()),
  relationships: z.array(z.unknown()),
  interactions: z.array(z.unknown()),
});

export type XrmDocumentEnvelope = z.infer<typeof XrmDocumentEnvelopeSchema>;

export interface DocumentCounts {
  readonly nodes: number;
  readonly relationships: number;
  readonly interactions: number;
}
