import { chromium, type Browser, type Page } from 'playwright-core';
import { NodeSchema, RelationshipSchema } from '../../graph-schema/index.ts';
import type { Scene } from '../../renderer/network/to-elements.ts';
import { generateNetwork, type NetworkSpec } from './generate-network.ts';
import { buildRenderPage, serveRenderPage } from './render-page-host.ts';

export const CHROMIUM = process.env.XRM_CHROMIUM ?? '/usr/bin/chromium';
/**
 * No GPU here: Chromium's WebGL is SwiftShader (software) behind ANGLE. It is on by
 * default in this build; the flag keeps it on where a Chromium would refuse it.
 */
export const BENCH_CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];
export const VIEWPORT = { width: 1280, height: 800 };

/** A generated network as the canvas gets it: nodes and relationships with ids, as stored. */
export function benchScene(spec: NetworkSpec): Scene {
  const network = generateNetwork(spec);
  return {
    nodes: network.nodes.map((node) => NodeSchema.parse(node)),
    relationships: network.relationships.map((rel, index) => ({
      ...RelationshipSchema.parse(rel),
      id: String(index),
    })),
  };
}

export interface LayoutTiming {
  readonly draftMs: number;
  readonly totalMs: number;
  readonly nodes: number;
  readonly edges: number;
  readonly renderer: 'webgl' | 'canvas';
}

/** A renderer by name, or 'app': the one the explorer picks on this machine (renderer-choice.ts). */
export type RendererAsked = 'app' | 'webgl' | 'canvas';

export interface Fps {
  readonly fps: number;
}

/** The benchmark page in a fresh Chromium; one page per measurement, so no run warms the next. */
export interface RenderBench {
  readonly webgl: string;
  layoutAndPaint(scene: Scene, renderer: RendererAsked): Promise<LayoutTiming>;
  panZoomFps(scene: Scene, webgl: boolean, durationMs: number): Promise<Fps>;
  close(): Promise<void>;
}

export async function openRenderBench(): Promise<RenderBench> {
  const dir = await buildRenderPage();
  const host = await serveRenderPage(dir);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: BENCH_CHROMIUM_ARGS,
  });
  const problems: string[] = [];
  const fresh = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    await page.goto(host.url);
    await page.waitForFunction(() => document.documentElement.dataset.bench === 'ready');
    return page;
  };
  const checked = <T>(value: T): T => {
    if (problems.length) throw new Error(`The benchmark page failed: ${problems.join('; ')}`);
    return value;
  };
  const probe = await fresh();
  const webgl = await probe.evaluate(() => window.xrmBench.webglInfo());
  await probe.close();
  return {
    webgl,
    async layoutAndPaint(scene, renderer) {
      const page = await fresh();
      const timing = await page.evaluate(([s, r]) => window.xrmBench.layoutAndPaint(s, r), [
        scene,
        renderer,
      ] as const);
      await page.close();
      return checked(timing);
    },
    async panZoomFps(scene, gl, durationMs) {
      const page = await fresh();
      await page.evaluate(([s, w]) => window.xrmBench.place(s, w), [scene, gl] as const);
      const fps = await page.evaluate((ms) => window.xrmBench.panZoomFps(ms), durationMs);
      await page.close();
      return checked(fps);
    },
    async close() {
      await browser.close();
      await host.close();
    },
  };
}

declare global {
  interface Window {
    xrmBench: {
      layoutAndPaint(scene: Scene, renderer: RendererAsked): Promise<LayoutTiming>;
      place(scene: Scene, webgl: boolean): Promise<{ nodes: number; edges: number }>;
      panZoomFps(durationMs: number): Promise<Fps>;
      webglInfo(): string;
      placed(): {
        nodes: number;
        finite: boolean;
        distinct: number;
        overlapping: number;
        inView: boolean;
      };
      cancelThenRestart(scene: Scene): Promise<string[]>;
    };
  }
}
