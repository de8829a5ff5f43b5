import type { NodeKind } from '../../../../graph-schema/index.ts';
import { normaliseHeader } from '../headers.ts';

/** A known export format: how to find its header, and what its columns mean. */
export interface Preset {
  readonly name: string;
  /** True when the header cells look like this export. */
  matches(headers: readonly string[]): boolean;
  /** Normalised header -> field, `properties.X` or `ignore`; wins over the generic aliases. */
  readonly columns: ReadonlyMap<string, string>;
  readonly defaultKind: NodeKind;
  readonly listSeparator?: RegExp;
  readonly dropTags?: (tag: string) => boolean;
}

export function columnMap(entries: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(entries).map(([header, field]) => [normaliseHeader(header), field]),
  );
}

/** True when every one of `required` is among the headers (compared normalised). */
export function hasHeaders(headers: readonly string[], required: readonly string[]): boolean {
  const present = new Set(headers.map(normaliseHeader));
  return required.every((header) => present.has(normaliseHeader(header)));
}
