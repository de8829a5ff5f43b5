import { describe, expect, it } from 'vitest';
import { createLayoutClient } from '../../../../renderer/network/layout-client.ts';
import { REFINE_UP_TO } from '../../../../renderer/network/fcose-forces.ts';
import { computeLayout } from '../../../../renderer/network/layout-compute.ts';
import type {
  LayoutReply,
  LayoutRequest,
  PositionArray,
} from '../../../../renderer/network/layout-protocol.ts';
import { InProcessWorker } from './in-process-worker.ts';

/** A ring of `n` nodes with a few chords, every node at the origin as freshly added. */
function ring(n: number): Omit<LayoutRequest, 'type' | 'requestId'> {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    x: 0,
    y: 0,
    width: 30,
    height: 30,
  }));
  const edges = nodes.map((node, i) => ({
    id: `e${i}`,
    source: node.id,
    target: `n${(i + 1) % n}`,
  }));
  for (let i = 0; i < n; i += 7)
    edges.push({ id: `c${i}`, source: `n${i}`, target: `n${(i + n / 2) % n}` });
  return { nodes, edges, randomize: true };
}

function distinctPoints(positions: PositionArray): number {
  const keys = new Set<string>();
  for (let i = 0; i < positions.length; i += 2)
    keys.add(`${Math.round(positions[i]!)}:${Math.round(positions[i + 1]!)}`);
  return keys.size;
}

describe('computeLayout (what runs inside the worker)', () => {
  it('sends a draft, then spread-out final positions for every node in request order', async () => {
    const request: LayoutRequest = { type: 'run', requestId: 7, ...ring(60) };
    const replies: LayoutReply[] = [];
    await computeLayout(request, (reply) => replies.push(reply));
    expect(replies.map((reply) => reply.type)).toEqual(['progress', 'done']);
    const [draft, done] = replies;
    expect(draft).toMatchObject({ requestId: 7, step: 1, steps: 2 });
    if (done?.type !== 'done') throw new Error('no final positions');
    expect(done.positions).toHaveLength(120);
    expect([...done.positions].every(Number.isFinite)).toBe(true);
    // From one heap at the origin to 60 separate places.
    expect(distinctPoints(done.positions)).toBe(60);
  });

  it('refines from the given positions in one step when not randomising', async () => {
    const base = ring(30);
    const spread = base.nodes.map((node, i) => ({
      ...node,
      x: (i % 6) * 80,
      y: Math.floor(i / 6) * 80,
    }));
    const replies: LayoutReply[] = [];
    await computeLayout(
      { type: 'run', requestId: 1, ...base, nodes: spread, randomize: false },
      (r) => replies.push(r),
    );
    expect(replies.map((reply) => reply.type)).toEqual(['done']);
  });

  it('answers a scene above the refinement limit with one final picture, nodes apart', async () => {
    const replies: LayoutReply[] = [];
    await computeLayout({ type: 'run', requestId: 2, ...ring(REFINE_UP_TO + 2) }, (r) =>
      replies.push(r),
    );
    expect(replies.map((reply) => reply.type)).toEqual(['done']);
    const done = replies[0] as { positions: PositionArray };
    expect(distinctPoints(done.positions)).toBeGreaterThan(REFINE_UP_TO * 0.9);
  });

  it('answers a broken request with a message instead of throwing', async () => {
    const replies: LayoutReply[] = [];
    const request: LayoutRequest = {
      type: 'run',
      requestId: 3,
      nodes: [{ id: 'a', x: 0, y: 0, width: 10, height: 10 }],
      edges: [{ id: 'e', source: 'a', target: 'missing' }],
      randomize: true,
    };
    await computeLayout(request, (reply) => replies.push(reply));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'failed', requestId: 3 });
    expect((replies[0] as { message: string }).message).toMatch(/missing/);
  });
});

describe('the layout client', () => {
  it('runs a request in the worker and reports the draft before the result', async () => {
    const worker = new InProcessWorker();
    const client = createLayoutClient(() => worker);
    const steps: [number, number, boolean][] = [];
    const outcome = await client.run(ring(40), {
      onProgress: (step, total, positions) => steps.push([step, total, positions !== undefined]),
    });
    expect(steps).toEqual([[1, 2, true]]);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(distinctPoints(outcome.positions)).toBe(40);
    expect(client.busy).toBe(false);
    // Started by its request, not warmed: a large scene's worker does not load fcose first.
    expect(worker.warmed).toBe(0);
    client.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('cancel stops the worker and resolves as cancelled; the next run gets a fresh worker', async () => {
    const workers: InProcessWorker[] = [];
    const client = createLayoutClient(() => {
      workers.push(new InProcessWorker(workers.length === 0));
      return workers.at(-1)!;
    });
    const first = client.run(ring(20), { onProgress: () => undefined });
    expect(client.busy).toBe(true);
    client.cancel();
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    // Even if the stopped worker still answered, nobody listens for that request any more.
    workers[0]!.answer(workers[0]!.received[0]!);
    const second = await client.run(ring(20), { onProgress: () => undefined });
    expect(second.status).toBe('done');
    expect(workers).toHaveLength(2);
  });

  it('a newer run supersedes the one still going, whose late replies are ignored', async () => {
    const worker = new InProcessWorker(true);
    const client = createLayoutClient(() => worker);
    const progress: number[] = [];
    const first = client.run(ring(20), { onProgress: () => progress.push(1) });
    const second = client.run(ring(24), { onProgress: () => progress.push(2) });
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
    client.dispose();
    await expect(second).resolves.toEqual({ status: 'cancelled' });
    expect(progress).toEqual([]);
  });

  it('rejects with a readable message when the worker fails or the layout breaks', async () => {
    const broken = new InProcessWorker(true);
    const client = createLayoutClient(() => broken);
    const run = client.run(ring(10), { onProgress: () => undefined });
    broken.fail('out of memory');
    await expect(run).rejects.toThrow('The layout worker stopped: out of memory');

    const worker = new InProcessWorker();
    const other = createLayoutClient(() => worker);
    const bad = other.run(
      {
        nodes: [{ id: 'a', x: 0, y: 0, width: 1, height: 1 }],
        edges: [{ id: 'e', source: 'a', target: 'b' }],
        randomize: true,
      },
      { onProgress: () => undefined },
    );
    await expect(bad).rejects.toThrow(/The layout failed: .*b/);
  });
});
