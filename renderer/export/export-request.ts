import type {
  CsvDelimiterName,
  ExportFormat,
  ExportNetworkInput,
  ExportedFile,
} from '../../shared/domain/export.schema.ts';

export interface ExportChoice {
  readonly format: ExportFormat;
  readonly delimiter: CsvDelimiterName;
  readonly bom: boolean;
}

/** Semicolon and a byte-order mark are what Excel with German settings opens cleanly. */
export function defaultChoice(language: 'de' | 'en', format: ExportFormat = 'json'): ExportChoice {
  return language === 'de'
    ? { format, delimiter: 'semicolon', bom: true }
    : { format, delimiter: 'comma', bom: false };
}

/** The contract input for a choice: CSV options only travel with CSV. */
export function exportRequest(choice: ExportChoice): ExportNetworkInput {
  if (choice.format !== 'csv') return { format: choice.format };
  return { format: 'csv', csv: { delimiter: choice.delimiter, bom: choice.bom } };
}

/**
 * What to do with the written files: the desktop app saved them (show where); the
 * browser host offers links. One file starts downloading at once; several are
 * listed, because browsers block a burst of automatic downloads.
 */
export function deliveryOf(files: readonly ExportedFile[]): {
  readonly saved: readonly string[];
  readonly autoDownload: ExportedFile | undefined;
  readonly links: readonly ExportedFile[];
} {
  const saved = files.flatMap((file) => (file.path === undefined ? [] : [file.path]));
  const offered = files.filter((file) => file.url !== undefined);
  return offered.length === 1
    ? { saved, autoDownload: offered[0], links: [] }
    : { saved, autoDownload: undefined, links: offered };
}

/** Starts a same-origin download the way a click on a link would. */
export function startDownload(file: ExportedFile): void {
  if (file.url === undefined) return;
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
