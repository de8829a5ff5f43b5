/**
 * The page the rendering benchmark drives (tests/bench/render-driver.ts): the
 * explorer's own stylesheet, elements, layout path (worker) and renderer options,
 * on a canvas the size of the window, without the rest of the app.
 */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { followZoomForDetail, runLayout } from '../../../renderer/network/canvas-layout.ts';
import {
  createLayoutClient,
  warmNearWorkerSize,
  type WorkerLike,
} from '../../../renderer/network/layout-client.ts';
import { canvasColours, networkStyle } from '../../../renderer/network/network-style.ts';
import { elementCount, WEBGL_FROM } from '../../../renderer/network/bound-scene.ts';
import { webglFor, webglRendererName } from '../../../renderer/network/renderer-choice.ts';
import { sceneElements, type Scene } from '../../../renderer/network/to-elements.ts';
import type { RendererAsked } from '../render-driver.ts';

cytoscape.use(fcose);
const marker = document.createElement('meta');
marker.id = '__________cytoscape_stylesheet';
document.head.append(marker);

const client = createLayoutClient(
  () =>
    new Worker(new URL('../../../renderer/network/layout.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike,
);
let cy: Core | null = null;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Two animation frames: the one Cytoscape draws in, and the one after it is on screen. */
const painted = async () => {
  await frame();
  await frame();
  return performance.now();
};

/** As the explorer's canvas mounts, styled for the scene's size (large scenes: straight edges). */
function mount(webgl: boolean, scene: Scene): Core {
  cy?.destroy();
  cy = cytoscape({
    container: document.getElementById('cy'),
    style: networkStyle(canvasColours(), elementCount(scene) >= WEBGL_FROM),
    minZoom: 0.05,
    maxZoom: 3,
    ...({ renderer: { name: 'canvas', webgl } } as object),
  });
  followZoomForDetail(cy);
  return cy;
}

/** The renderer asked for, or with 'app' the one the explorer would pick here. */
function rendererOf(scene: Scene, asked: RendererAsked): boolean {
  if (asked !== 'app') return asked === 'webgl';
  return webglFor(elementCount(scene));
}

/** Elements in, organic layout in the worker, final picture painted: what opening a large scene costs. */
async function layoutAndPaint(scene: Scene, asked: RendererAsked) {
  const webgl = rendererOf(scene, asked);
  const core = mount(webgl, scene);
  await painted();
  const started = performance.now();
  let draftMs = NaN;
  const finished = new Promise<void>((resolve, reject) => {
    // As the explorer's canvas does: the worker starts when a scene nears its size,
    // here with the scene itself, so loading its code is part of the time.
    warmNearWorkerSize(client, scene.nodes.length);
    core.add(sceneElements(scene, null, 'en'));
    runLayout(core, 'fcose', null, true, {
      client,
      onProgress: (progress) => {
        if (progress === null) resolve();
        else if (progress.step === 1 && Number.isNaN(draftMs))
          void painted().then((at) => (draftMs = at - started));
      },
      onError: reject,
    });
  });
  await finished;
  const total = (await painted()) - started;
  return {
    draftMs,
    totalMs: total,
    nodes: core.nodes().length,
    edges: core.edges().length,
    renderer: webgl ? ('webgl' as const) : ('canvas' as const),
  };
}

/** Where the nodes ended up, summarised for tests/e2e/large-layout.spec.ts. */
function placed() {
  const nodes = cy!.nodes();
  const spots = new Set(
    nodes.map((n) => `${Math.round(n.position('x'))}:${Math.round(n.position('y'))}`),
  );
  let overlapping = 0;
  const list = nodes.map((n) => n);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const gap = Math.hypot(a.position('x') - b.position('x'), a.position('y') - b.position('y'));
      if (gap < (a.width() + b.width()) / 2 - 1) overlapping += 1;
    }
  const extent = cy!.extent();
  const box = nodes.boundingBox();
  return {
    nodes: nodes.length,
    finite: nodes.map((n) => n.position()).every((p) => Number.isFinite(p.x + p.y)),
    distinct: spots.size,
    overlapping,
    // The whole scene in view after the layout.
    inView:
      box.x1 >= extent.x1 - 1 &&
      box.x2 <= extent.x2 + 1 &&
      box.y1 >= extent.y1 - 1 &&
      box.y2 <= extent.y2 + 1,
  };
}

/** A layout cancelled while the worker computes, then started again: the second must finish. */
async function cancelThenRestart(scene: Scene) {
  const core = mount(true, scene);
  core.add(sceneElements(scene, null, 'en'));
  const ended: string[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      runLayout(core, 'fcose', null, true, {
        client,
        onProgress: (progress) => {
          if (progress === null) {
            ended.push(client.busy ? 'busy' : 'idle');
            resolve();
          }
        },
        onError: reject,
      });
    });
  const first = run();
  client.cancel();
  await first;
  await run();
  await painted();
  return ended;
}

/**
 * A scene for the fps runs, placed at random over an area as dense as the organic
 * layout's (about 90 px per node): fps measures drawing, and a layout of 15,000
 * nodes would take minutes before the first frame is counted.
 */
async function place(scene: Scene, webgl: boolean) {
  const core = mount(webgl, scene);
  core.add(sceneElements(scene, null, 'en'));
  const side = Math.sqrt(scene.nodes.length) * 90;
  const box = { x1: 0, y1: 0, w: side, h: side };
  core
    .layout({ name: 'random', boundingBox: box, animate: false, fit: true } as LayoutOptions)
    .run();
  await painted();
  return { nodes: core.nodes().length, edges: core.edges().length };
}

/**
 * Scripted panning, then zooming in and out around the centre, one step per
 * animation frame; frames counted with requestAnimationFrame. A frame that takes
 * Cytoscape 80 ms to draw delays the next callback, so the count is the fps seen.
 */
async function panZoomFps(durationMs: number) {
  const core = cy!;
  core.fit(undefined, 20);
  const start = { zoom: core.zoom(), pan: core.pan() };
  const centre = { x: core.width() / 2, y: core.height() / 2 };
  let frames = 0;
  const t0 = await frame();
  let now = t0;
  while (now - t0 < durationMs) {
    const phase = (now - t0) / durationMs;
    if (phase < 0.5) core.panBy({ x: 6 * Math.sin(frames / 10), y: 4 * Math.cos(frames / 13) });
    else
      core.zoom({
        level: start.zoom * (1 + 1.5 * Math.abs(Math.sin(frames / 20))),
        renderedPosition: centre,
      });
    now = await frame();
    frames += 1;
  }
  core.viewport(start);
  const seconds = (now - t0) / 1000;
  return { fps: frames / seconds };
}

function webglInfo(): string {
  const name = webglRendererName();
  return name === null ? 'no WebGL2' : name || 'WebGL2 (renderer hidden)';
}

Object.assign(window, {
  xrmBench: { layoutAndPaint, place, panZoomFps, webglInfo, placed, cancelThenRestart },
});
document.documentElement.dataset.bench = 'ready';
