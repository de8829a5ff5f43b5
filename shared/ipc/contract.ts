import { z } from 'zod';
import {
  InteractionSchema,
  LANGUAGES,
  NodeSchema,
  RelationshipInputSchema,
} from '../../graph-schema/index.ts';
import {
  BatchSummarySchema,
  CountsSchema,
  ExpandInputSchema,
  IdInputSchema,
  NeighbourhoodSchema,
  SearchHitSchema,
  SearchInputSchema,
  StoreDescriptionSchema,
  StoredInteractionSchema,
  StoredRelationshipSchema,
  UpsertSummarySchema,
} from '../domain/graph.schema.ts';
import {
  ImportPreviewSchema,
  ImportProgressEventSchema,
  ImportRequestSchema,
  ImportSummarySchema,
  StagedFileIdSchema,
  StagedFileSchema,
} from '../domain/import.schema.ts';
import { ReportDataSchema, ReportRequestSchema } from '../report/report-data.schema.ts';
import { SavePngInputSchema, SavePngOutputSchema } from '../domain/png-export.schema.ts';
import {
  ExportedFileSchema,
  ExportNetworkInputSchema,
  ExportNetworkOutputSchema,
} from '../domain/export.schema.ts';
import {
  KeyringReportSchema,
  ProfileIdSchema,
  ProfileListSchema,
  SaveProfileInputSchema,
  SaveProfileOutputSchema,
  StoreChoiceSchema,
  TestConnectionInputSchema,
  TestConnectionOutputSchema,
} from '../domain/store-profile.schema.ts';
import {
  AccountInfluenceOutputSchema,
  AccountInputSchema,
  CentralityInputSchema,
  CentralityOutputSchema,
  CommunitiesInputSchema,
  CommunitiesOutputSchema,
  FindPathsInputSchema,
  PathsOutputSchema,
  WhatIfRemovedInputSchema,
  WhatIfRemovedOutputSchema,
} from '../domain/analysis.schema.ts';

/**
 * The one contract between the renderer and the backend: every channel
 * (`domain:verb-noun`) with the zod schema of its input and output. Electron's
 * ipcMain registration, the preload bridge, the HTTP web host and the renderer's
 * XrmApi type are all derived from this object; nothing else defines a channel.
 */
const NoInput = z.strictObject({});
const MAX_BATCH = 5_000;

export const contract = {
  'app:get-info': {
    input: NoInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      store: StoreDescriptionSchema,
      host: z.enum(['electron', 'web']),
    }),
  },
  'graph:get-counts': { input: NoInput, output: CountsSchema },
  'graph:search-nodes': {
    input: SearchInputSchema,
    output: z.object({ results: z.array(SearchHitSchema) }),
  },
  'graph:get-node': {
    input: IdInputSchema,
    output: z.object({ node: NodeSchema.nullable() }),
  },
  'graph:expand-node': { input: ExpandInputSchema, output: NeighbourhoodSchema },
  'graph:upsert-nodes': {
    input: z.strictObject({ nodes: z.array(z.unknown()).min(1).max(MAX_BATCH) }),
    output: UpsertSummarySchema,
  },
  'graph:upsert-relationships': {
    input: z.strictObject({
      relationships: z.array(RelationshipInputSchema.loose()).min(1).max(MAX_BATCH),
    }),
    output: UpsertSummarySchema,
  },
  'graph:delete-node': { input: IdInputSchema, output: z.object({ deleted: z.boolean() }) },
  'graph:delete-relationship': {
    input: z.strictObject({ id: z.string().min(1).max(500) }),
    output: z.object({ deleted: z.boolean() }),
  },
  'graph:log-interaction': {
    input: InteractionSchema,
    output: z.object({
      interaction: StoredInteractionSchema,
      relationshipsTouched: z.number().int(),
    }),
  },
  'graph:list-relationships': {
    input: IdInputSchema,
    output: z.object({ relationships: z.array(StoredRelationshipSchema) }),
  },
  'demo:load-network': { input: NoInput, output: BatchSummarySchema },
  'settings:get-language': {
    input: NoInput,
    // `chosen: false` = the user never picked one; the renderer then follows the OS.
    output: z.object({ language: z.enum(LANGUAGES), chosen: z.boolean().optional() }),
  },
  'settings:set-language': {
    input: z.strictObject({ language: z.enum(LANGUAGES) }),
    output: z.object({ language: z.enum(LANGUAGES) }),
  },
  'report:get-data': { input: ReportRequestSchema, output: ReportDataSchema },
  /**
   * The brief as PDF: the desktop app asks where to save and prints with its own
   * Chromium; the browser host prints through Chromium and offers a one-time download.
   */
  'report:save-pdf': {
    input: z.strictObject({
      account: ReportRequestSchema.shape.account,
      lang: z.enum(LANGUAGES),
      paper: z.enum(['a4', 'letter']),
    }),
    output: z.union([
      z.strictObject({ path: z.string() }),
      z.strictObject({ cancelled: z.literal(true) }),
      z.strictObject({ download: ExportedFileSchema }),
    ]),
  },
  /**
   * The whole network as JSON (backup), CSV, GraphML or GEXF. The desktop app asks
   * where to save; the browser host answers with one-time download links.
   */
  'export:save-network': { input: ExportNetworkInputSchema, output: ExportNetworkOutputSchema },
  /**
   * Desktop only: the canvas as PNG (bytes checked: signature, at most 64 MB) through a
   * save dialog. The browser downloads the image itself; the web host says unsupported.
   */
  'canvas:save-png': { input: SavePngInputSchema, output: SavePngOutputSchema },
  // Analysis (shapes documented in shared/domain/analysis.schema.ts).
  /** {to, from?, k?, maxHops?, includeNoConsent?, asOf?, halfLifeDays?} → {paths, excluded, stakeholders, notes} */
  'analysis:find-paths': { input: FindPathsInputSchema, output: PathsOutputSchema },
  /** {account, k?, maxHops?, …} → {account, brokers, risks (+ accountsLosingAllPaths), coverage, notes} */
  'analysis:account-influence': {
    input: AccountInputSchema,
    output: AccountInfluenceOutputSchema,
  },
  /** {account, removed, k?, …} → {bestScoreBefore, bestScoreAfter, vanished, after, notes} */
  'analysis:what-if-removed': {
    input: WhatIfRemovedInputSchema,
    output: WhatIfRemovedOutputSchema,
  },
  /** {metric, limit?, filter?} → {metric, scores: [{id, name, score}], total, notes} */
  'analysis:centrality': { input: CentralityInputSchema, output: CentralityOutputSchema },
  /** {filter?, maxMembers?} → {count, modularity, communities, notes} */
  'analysis:communities': { input: CommunitiesInputSchema, output: CommunitiesOutputSchema },
  // Stores: Neo4j connection profiles (passwords stay in the backend) and switching.
  'store:list-profiles': { input: NoInput, output: ProfileListSchema },
  'store:save-profile': { input: SaveProfileInputSchema, output: SaveProfileOutputSchema },
  'store:delete-profile': {
    input: z.strictObject({ id: ProfileIdSchema }),
    output: z.object({ deleted: z.boolean() }),
  },
  'store:test-connection': { input: TestConnectionInputSchema, output: TestConnectionOutputSchema },
  'store:switch': { input: StoreChoiceSchema, output: z.object({ store: StoreDescriptionSchema }) },
  'store:keyring-status': { input: NoInput, output: KeyringReportSchema },
  /** Copies the active store into another (verified by counts); progress as store:copy-progress. */
  'store:copy-network': {
    input: z.strictObject({ to: StoreChoiceSchema }),
    output: z.object({
      copied: z.object({
        nodes: UpsertSummarySchema,
        relationships: UpsertSummarySchema,
        interactions: UpsertSummarySchema,
      }),
      counts: CountsSchema,
      target: StoreDescriptionSchema,
    }),
  },
  // Import wizard (shapes in shared/domain/import.schema.ts). Files are staged by the host
  // (desktop: native dialog; web host: POST /api/upload) and then named by id only.
  /** Desktop only: the native open dialog; no files = cancelled. The web host says unsupported. */
  'import:pick-files': { input: NoInput, output: z.object({ files: z.array(StagedFileSchema) }) },
  /** Encoding, delimiter, column mapping, first rows and the dry run of a staged file. */
  'import:preview': { input: ImportRequestSchema, output: ImportPreviewSchema },
  /** Imports a staged file; progress as import:progress; atomic unless skipInvalid. */
  'import:run': { input: ImportRequestSchema, output: ImportSummarySchema },
  'import:cancel': {
    input: z.strictObject({ file: StagedFileIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** Forgets a staged file (an uploaded copy is deleted). */
  'import:discard': {
    input: z.strictObject({ file: StagedFileIdSchema }),
    output: z.object({ discarded: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;

/** Events the backend pushes to the renderer. */
export const events = {
  // `external`: another process (e.g. `xrm import`) changed the open store file.
  'store:changed': z.object({
    reason: z.enum(['import', 'edit', 'switch', 'erase', 'demo', 'external']),
  }),
  // The desktop app's File menu asks the renderer to start one of its flows.
  'app:menu-command': z.object({ command: z.enum(['import-csv', 'export-report', 'backup']) }),
  'store:copy-progress': z.object({
    phase: z.enum(['nodes', 'relationships', 'interactions']),
    done: z.number().int(),
  }),
  'import:progress': ImportProgressEventSchema,
} as const satisfies Record<string, z.ZodType>;

export interface ChannelSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
}

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EventName = keyof typeof events;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
