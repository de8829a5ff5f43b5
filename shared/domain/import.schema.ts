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

export type ImportCollection = (typeof IMPORT_COLLECTIONS)[number];

/**
 * The fields a column can land in, per collection: the canonical CSV of
 * DESIGN.md (its headers are these names in snake_case). The importer's header
 * aliases and the wizard's mapping choices both come from here.
 */
export const IMPORT_FIELDS = {
  nodes: [
    'id',
    'kind',
    'name',
    'firstName',
    'lastName',
    'organization',
    'title',
    'email',
    'phone',
    'city',
    'country',
    'tier',
    'keyAccount',
    'customerValue',
    'potential',
    'stance',
    'decisionRole',
    'consent',
    'consentDate',
    'consentChannels',
    'influencerType',
    'tags',
    'notes',
    'source',
  ],
  relationships: [
    'source',
    'target',
    'type',
    'strength',
    'sentiment',
    'since',
    'lastContact',
    'origin',
    'notes',
  ],
  interactions: ['id', 'date', 'channel', 'participants', 'summary', 'sentiment', 'origin'],
} as const satisfies Record<ImportCollection, readonly string[]>;

/** A column's choice in the wizard besides a field: kept under its own name, or left out. */
export const KEEP_AS_PROPERTY = 'property';
export const IGNORE_COLUMN = 'ignore';
export const MAX_MAPPED_COLUMNS = 500;
export const MAX_HEADER_LENGTH = 256;

/** Header (as the preview shows it) -> a field of the collection, `property` or `ignore`. */
export const ColumnMappingSchema = z
  .record(z.string().min(1).max(MAX_HEADER_LENGTH), z.string().max(64))
  .refine((mapping) => Object.keys(mapping).length <= MAX_MAPPED_COLUMNS, {
    message: `maps more than ${MAX_MAPPED_COLUMNS} columns`,
  });
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** Why a mapping cannot be used for the collection, one message per problem. */
export function columnMappingProblems(
  mapping: ColumnMapping,
  collection: ImportCollection,
): { header: string; message: string }[] {
  const fields: readonly string[] = IMPORT_FIELDS[collection];
  const problems: { header: string; message: string }[] = [];
  const claimedBy = new Map<string, string>();
  for (const [header, choice] of Object.entries(mapping)) {
    if (choice === KEEP_AS_PROPERTY || choice === IGNORE_COLUMN) continue;
    if (!fields.includes(choice)) {
      problems.push({
        header,
        message: `column "${header}" is mapped to "${choice}", which is not a field of ${collection} (known: ${fields.join(', ')}, or "${KEEP_AS_PROPERTY}" or "${IGNORE_COLUMN}")`,
      });
      continue;
    }
    const first = claimedBy.get(choice);
    if (first === undefined) claimedBy.set(choice, header);
    else {
      problems.push({
        header,
        message: `columns "${first}" and "${header}" are both mapped to ${choice}; a field takes one column`,
      });
    }
  }
  return problems;
}

export const ImportRequestSchema = z
  .strictObject({
    file: StagedFileIdSchema,
    as: z.enum(IMPORT_COLLECTIONS),
    /** Only for `nodes`; detected from the headers when left out. */
    preset: z.enum(IMPORT_PRESETS).optional(),
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    delimiter: z.enum(IMPORT_DELIMITERS).optional(),
    skipInvalid: z.boolean().optional(),
    /** The columns as the person mapped them; applied after the preset. Remembered on run. */
    mapping: ColumnMappingSchema.optional(),
    /** False: do not apply a mapping remembered for these headers (the wizard's reset). */
    remembered: z.boolean().optional(),
  })
  .superRefine((request, context) => {
    if (!request.mapping) return;
    for (const problem of columnMappingProblems(request.mapping, request.as)) {
      context.addIssue({
        code: 'custom',
        path: ['mapping', problem.header],
        message: problem.message,
      });
    }
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
  /** Where the columns' targets come from: headers and preset, a mapping remembered for these headers, or the request. */
  mappingSource: z.enum(['automatic', 'remembered', 'chosen']),
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
