import { describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { REFINE_UP_TO } from '../../../../renderer/network/fcose-forces.ts';
import {
  createLayoutClient,
  warmNearWorkerSize,
} from '../../../../renderer/network/layout-client.ts';
import {
  runOffThread,
  type LayoutProgress,
} from '../../../../renderer/network/layout-off-thread.ts';
import { networkStyle, nodeBox } from '../../../../renderer/network/network-style.ts';
import { sceneElements } from '../../../../renderer/network/to-elements.ts';
import { benchScene } from '../../../bench/render-driver.ts';
import { InProcessWorker } from './in-process-worker.ts';
import { TEST_COLOURS as colours } from './test-colours.ts';

function largeScene(): Core {
  const scene = benchScene({ nodes: REFINE_UP_TO + 100, relationships: 2_700 });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: networkStyle(colours),
    elements: sceneElements(scene, null, 'en'),
  });
}

/** Runs the off-thread layout and resolves when the canvas is told it ended. */
function layOut(cy: Core, client: ReturnType<typeof createLayoutClient>) {
  const progress: (LayoutProgress | null)[] = [];
  const settled = new Promise<void>((resolve, reject) => {
    runOffThread(cy, true, {
      client,
      onProgress: (step) => progress.push(step),
      onError: reject,
      onSettled: resolve,
    });
  });
  return { progress, settled };
}

const spots = (cy: Core) =>
  new Set(
    cy.nodes().map((node) => `${Math.round(node.position('x'))}:${Math.round(node.position('y'))}`),
  );

describe('the off-thread layout of a large scene on the canvas', () => {
  it('sends plain data with the drawn sizes to the worker and places every node apart', async () => {
    const cy = largeScene();
    const workers: InProcessWorker[] = [];
    const client = createLayoutClient(() => {
      workers.push(new InProcessWorker(false));
      return workers.at(-1)!;
    });
    client.warm();
    expect(workers).toHaveLength(1);

    const { progress, settled } = layOut(cy, client);
    await settled;
    const request = workers[0]!.received[0]!;
    expect(request.nodes).toHaveLength(cy.nodes().length);
    const first = cy.getElementById(request.nodes[0]!.id);
    expect(request.nodes[0]).toMatchObject(nodeBox(first.data()));
    expect(request.nodes[0]!.width).toBe(first.width());

    expect(progress.at(-1)).toBeNull();
    expect(
      cy
        .nodes()
        .map((node) => node.position('x'))
        .every(Number.isFinite),
    ).toBe(true);
    expect(spots(cy).size).toBe(cy.nodes().length);
    // Nothing is held back from drawing once the picture is there.
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
    client.dispose();
    cy.destroy();
  });

  it('a cancelled layout releases the canvas, a warm worker waits for the next, which completes', async () => {
    const cy = largeScene();
    const workers: InProcessWorker[] = [];
    const client = createLayoutClient(() => {
      workers.push(new InProcessWorker(workers.length === 0));
      return workers.at(-1)!;
    });
    client.warm();
    const cancelled = layOut(cy, client);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(true);
    client.cancel();
    await cancelled.settled;
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
    // Not left in one heap: the nodes wait on a grid.
    expect(spots(cy).size).toBe(cy.nodes().length);
    expect(workers[0]!.terminated).toBe(true);
    // The replacement is started at once, before anyone asks for a layout.
    expect(workers).toHaveLength(2);

    const again = layOut(cy, client);
    await again.settled;
    expect(workers).toHaveLength(2);
    expect(spots(cy).size).toBe(cy.nodes().length);
    client.dispose();
    expect(workers[1]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    cy.destroy();
  });
});

describe('warming the layout worker near its scene size', () => {
  it('starts the worker a moment after the scene, and not at all once the canvas is gone', () => {
    vi.useFakeTimers();
    try {
      const started: InProcessWorker[] = [];
      const makeWorker = () => {
        started.push(new InProcessWorker(false));
        return started.at(-1)!;
      };
      const client = createLayoutClient(makeWorker);
      warmNearWorkerSize(client, 10);
      warmNearWorkerSize(client, 120);
      expect(started).toHaveLength(0); // not while the new scene is being drawn and clicked
      vi.advanceTimersByTime(2_000);
      expect(started).toHaveLength(1);
      // Warmed for the scenes near its size: fcose's code is asked for ahead.
      expect(started[0]!.warmed).toBe(1);
      client.dispose();

      const closed = createLayoutClient(makeWorker);
      warmNearWorkerSize(closed, 120);
      closed.dispose();
      vi.advanceTimersByTime(2_000);
      expect(started).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
