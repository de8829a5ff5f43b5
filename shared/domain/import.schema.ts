import { z } from 'zod';

/**
 * The app's import wizard: a file is first *staged* by the host (Electron: the
 * native open dialog; web host: an upload into a per-run folder) and then only
 * named by its staged id. The renderer never hands the backend a path.
 */
export const StagedFileIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not the id of a staged file');

export const StagedFileSchema = z.object({
  id: StagedFileIdSchema,
  /** The file name as the user knows it (no folder). */
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type StagedFile = z.infer<typeof StagedFileSchema>;

export const IMPORT_COLLECTIONS = ['nodes', 'relationships', 'interactions'] as const;
export const IMPORT_PRESETS = ['linkedin', 'outlook', 'google'] as const;
export const IMPORT_ENCODINGS = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
] as const;
export const IMPORT_DELIMITERS = ['auto', ',', ';', 'tab', '|'] as const;

export const ImportRequestSchema = z.strictObject({
  file: StagedFileIdSchema,
  as: z.enum(IMPORT_COLLECTIONS),
  /** Only for `nodes`; detected from the headers when left out. */
  preset: z.enum(IMPORT_PRESETS).optional(),
  encoding: z.enum(IMPORT_ENCODINGS).optional(),
  delimiter: z.enum(IMPORT_DELIMITERS).optional(),
  skipInvalid: z.boolean().optional(),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

const TallySchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const ImportIssueSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  message: z.string(),
});

export const ImportChangeSchema = z.object({
  line: z.number().int(),
  id: z.string(),
  action: z.enum(['create', 'update', 'merge']),
  fields: z.array(z.string()),
});

/** What an import (or its dry run) did; `file` is the staged name, never a path. */
export const ImportSummarySchema = z.object({
  file: z.string(),
  as: z.enum(IMPORT_COLLECTIONS),
  encoding: z.string(),
  delimiter: z.string(),
  preset: z.string().optional(),
  dryRun: z.boolean(),
  written: z.boolean(),
  atomic: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(ImportIssueSchema),
  errorCount: z.number().int(),
  organizations: TallySchema,
  worksFor: TallySchema,
  changes: z.array(ImportChangeSchema),
  changesTruncated: z.boolean(),
  seconds: z.number(),
});
export type ImportSummaryView = z.infer<typeof ImportSummarySchema>;

export const ImportColumnSchema = z.object({
  header: z.string(),
  /** A model field, a kept property (unknown columns), or ignored (empty header). */
  target: z.union([
    z.object({ field: z.string() }),
    z.object({ property: z.string() }),
    z.object({ ignore: z.literal(true) }),
  ]),
});
export type ImportColumn = z.infer<typeof ImportColumnSchema>;

export const ImportPreviewSchema = z.object({
  file: StagedFileSchema,
  encoding: z.string(),
  encodingReason: z.string(),
  delimiter: z.string(),
  headerLine: z.number().int(),
  preset: z.string().optional(),
  columns: z.array(ImportColumnSchema),
  /** The first data records as read, cut to the header's width. */
  rows: z.array(z.array(z.string())),
  dryRun: ImportSummarySchema,
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportProgressEventSchema = z.object({
  file: StagedFileIdSchema,
  phase: z.enum(['checking', 'writing']),
  rows: z.number().int(),
  rowsPerSecond: z.number(),
  secondsLeft: z.number().nullable(),
  /** 0..1 of the whole run (checking and writing weighed). */
  share: z.number(),
});
export type ImportProgressEvent = z.infer<typeof ImportProgressEventSchema>;
