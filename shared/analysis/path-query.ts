import { isPersonKind } from '../../graph-schema/index.ts';
import { NotFoundError, XrmError } from '../errors.ts';
import type { AnalysisNetwork } from './analysis-network.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import { asOfDay, checkHalfLife, DEFAULT_HALF_LIFE_DAYS } from './hop-weight.ts';
import { relationshipCosts, type PathIndex } from './path-index.ts';

export interface PathOptions {
  /** Start nodes; default every Colleague and the OwnCompany. */
  readonly from?: readonly string[];
  /** A person, or an organisation (reaching one of its people counts too). */
  readonly to: string;
  readonly k?: number;
  readonly maxHops?: number;
  /** Let paths pass through people whose consent is denied; such paths are flagged. */
  readonly includeNoConsent?: boolean;
  /** `yyyy-mm-dd` or a Date; default today (UTC). */
  readonly asOf?: string | Date;
  readonly halfLifeDays?: number;
  /** Nodes treated as absent (key-person risk: "what if they left"). */
  readonly excludeNodes?: readonly string[];
}

export const DEFAULT_K = 5;
export const DEFAULT_MAX_HOPS = 4;

/** Node roles of one query, as flags per index position. */
export interface CompiledQuery {
  readonly index: PathIndex;
  /** Cost of each relationship. */
  readonly costs: Float64Array;
  /** The same cost per out-arc and per in-arc (`outCost[a]` is `costs[outRel[a]]`). */
  readonly outCost: Float64Array;
  readonly inCost: Float64Array;
  readonly maxHops: number;
  readonly sources: readonly number[];
  readonly isSource: Uint8Array;
  /** Where a path may end: the target person, or the organisation and its people. */
  readonly isEnd: Uint8Array;
  /** May appear strictly inside a path. */
  readonly isInner: Uint8Array;
  /** People whose consent is denied (for flags and the `excluded` report). */
  readonly isDenied: Uint8Array;
}

/**
 * Turns options into node roles. The rules where DESIGN.md is silent:
 * - A path ends at the first end node it reaches (nothing continues past the
 *   account's people), and starts at the last of the `from` nodes on it (a
 *   route "Colleague A → Colleague B → …" is B's route, not A's).
 * - `from` nodes are ours: consent does not apply to them. An explicitly chosen
 *   target person is the target, so it stays reachable even with consent denied
 *   (the path is flagged). People of a target organisation are intermediaries to
 *   the organisation, so a denied one is excluded like any other.
 * - A `from` node that is itself an end is dropped: a path has at least one hop.
 */
export function compileQuery(network: AnalysisNetwork, options: PathOptions): CompiledQuery {
  const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1) {
    throw new XrmError('invalid-input', `maxHops must be a whole number ≥ 1, got ${maxHops}.`);
  }
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  checkHalfLife(halfLife);
  if (!network.hasNode(options.to)) throw new NotFoundError(`Target "${options.to}"`);
  for (const id of options.from ?? []) {
    if (!network.hasNode(id)) throw new NotFoundError(`Start node "${id}"`);
  }
  const index = network.index;
  const roles = assignRoles(network, options);
  const sources: number[] = [];
  for (let i = 0; i < index.ids.length; i++) if (roles.isSource[i]) sources.push(i);
  const arcCosts = relationshipCosts(index, asOfDay(options.asOf), halfLife);
  const costs = arcCosts.byRel;
  return { index, costs, outCost: arcCosts.out, inCost: arcCosts.in, maxHops, sources, ...roles };
}

function assignRoles(network: AnalysisNetwork, options: PathOptions) {
  const index: PathIndex = network.index;
  const n = index.ids.length;
  const at = (id: string): number => index.indexOf.get(id)!;
  const isSource = options.from ? new Uint8Array(n) : index.ours.slice();
  for (const id of options.from ?? []) isSource[at(id)] = 1;
  const excluded = new Uint8Array(n);
  for (const id of options.excludeNodes ?? []) if (index.indexOf.has(id)) excluded[at(id)] = 1;
  const consentBlocks = options.includeNoConsent ? new Uint8Array(n) : index.denied;
  const ends = [...endNodes(network, options.to)].map(at);
  const isEnd = new Uint8Array(n);
  const endMark = new Uint8Array(n);
  for (const e of ends) {
    endMark[e] = 1;
    isEnd[e] = !excluded[e] && (index.ids[e] === options.to || !consentBlocks[e]) ? 1 : 0;
  }
  const isInner = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (excluded[i] || endMark[i]) isSource[i] = 0;
    isInner[i] = !isSource[i] && !endMark[i] && !excluded[i] && !consentBlocks[i] ? 1 : 0;
  }
  return { isSource, isEnd, isInner, isDenied: index.denied };
}

/** The target person, or the organisation and everyone who WORKS_FOR it. */
export function endNodes(source: AnalysisSource, to: string): Set<string> {
  const network = networkOf(source);
  const ends = new Set([to]);
  if (isPersonKind(network.node(to).kind)) return ends;
  for (const person of peopleOf(network, to)) ends.add(person);
  return ends;
}

/**
 * People with a WORKS_FOR relationship to `organisation`, sorted by id. Every
 * relationship has an arc from its source to its target, so the organisation's
 * in-arcs hold all of them.
 */
export function peopleOf(source: AnalysisSource, organisation: string): string[] {
  const network = networkOf(source);
  const { index } = network;
  const org = index.indexOf.get(organisation);
  if (org === undefined) return [];
  const people = new Set<string>();
  for (let a = index.inStart[org]!; a < index.inStart[org + 1]!; a++) {
    const r = index.inRel[a]!;
    if (index.relTarget[r] === org && network.relTypeAt(r) === 'WORKS_FOR') {
      people.add(index.ids[index.relSource[r]!]!);
    }
  }
  return [...people].sort();
}
