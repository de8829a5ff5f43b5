import { rmSync } from 'node:fs';
import type { StakeholderNode, Relationship } from '../../graph-schema/index.ts';
import type { GraphReader } from '../../shared/store/graph-store.ts';

/** What a child process reports: one JSON line prefixed so logs cannot be mistaken for it. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

export function report(result: Record<string, unknown>): void {
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...result, maxRssMB })}\n`);
}

export function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

export function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}

/** Forces a full collection when run with --expose-gc, so memory deltas mean something. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function readAll(
  store: GraphReader,
): Promise<{ nodes: StakeholderNode[]; relationships: Relationship[] }> {
  const nodes: StakeholderNode[] = [];
  const relationships: Relationship[] = [];
  for await (const batch of store.streamNodes(10_000)) for (const n of batch) nodes.push(n);
  for await (const batch of store.streamRelationships(10_000))
    for (const r of batch) relationships.push(r);
  return { nodes, relationships };
}

/** Removes a database file and its WAL companions. */
export function freshDb(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}
