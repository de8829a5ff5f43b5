import { z } from 'zod';

/** The formats the whole network can be exported to (the same as `xrm export --format`). */
export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** CSV delimiters by name, so the wire never carries a bare tab character. */
export const CSV_DELIMITERS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type CsvDelimiterName = keyof typeof CSV_DELIMITERS;

export const CsvOptionsSchema = z.strictObject({
  delimiter: z.enum(Object.keys(CSV_DELIMITERS) as [CsvDelimiterName, ...CsvDelimiterName[]]),
  /** A UTF-8 byte-order mark, so Excel on Windows reads umlauts right. */
  bom: z.boolean(),
});
export type CsvOptions = z.output<typeof CsvOptionsSchema>;

export const ExportNetworkInputSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  /** Only for `csv`; comma without BOM if left out. */
  csv: CsvOptionsSchema.optional(),
});
export type ExportNetworkInput = z.output<typeof ExportNetworkInputSchema>;

export const ExportCountsSchema = z.object({
  nodes: z.number().int(),
  relationships: z.number().int(),
  interactions: z.number().int(),
});
export type ExportCounts = z.output<typeof ExportCountsSchema>;

/**
 * One written file: the desktop app names where it was saved (`path`); the
 * browser host offers it for download once (`url`, same origin).
 */
export const ExportedFileSchema = z.strictObject({
  name: z.string(),
  path: z.string().optional(),
  url: z.string().startsWith('/download/').optional(),
});
export type ExportedFile = z.output<typeof ExportedFileSchema>;

export const ExportNetworkOutputSchema = z.union([
  z.strictObject({ files: z.array(ExportedFileSchema), counts: ExportCountsSchema }),
  z.strictObject({ cancelled: z.literal(true) }),
]);
export type ExportNetworkOutput = z.output<typeof ExportNetworkOutputSchema>;

/** The file name a format is saved under by default (csv: a folder of three files). */
export const EXPORT_FILE_NAMES: Readonly<Record<ExportFormat, string>> = {
  json: 'network.xrm.json',
  csv: 'network-csv',
  graphml: 'network.graphml',
  gexf: 'network.gexf',
};
