// The tests' tsconfig reaches this file without renderer/types; point it at the declaration.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/cytoscape-fcose.d.ts" />
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeKind } from '../../graph-schema/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { Highlight } from '../paths/path-scene.ts';
import { elementCount, WEBGL_FROM } from './bound-scene.ts';
import { CanvasLegend } from './CanvasLegend.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { followZoomForDetail, runLayout, type LayoutName } from './canvas-layout.ts';
import { applyHighlight, placeNear, syncElements } from './canvas-sync.ts';
import './canvas-work.css';
import { createLayoutClient, warmNearWorkerSize, type WorkerLike } from './layout-client.ts';
import type { LayoutProgress } from './layout-off-thread.ts';
import { LayoutProgressBar } from './LayoutProgressBar.tsx';
import { canvasColours, networkStyle } from './network-style.ts';
import { NodeMenu, type MenuAction } from './NodeMenu.tsx';
import { sceneElements, type Scene } from './to-elements.ts';

cytoscape.use(fcose);

// Vite bundles the worker as its own file (same origin, so `script-src 'self'` covers it).
const makeLayoutWorker = (): WorkerLike =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'xrm-layout',
  }) as unknown as WorkerLike;

// Cytoscape injects a <style> element unless one with this id exists; our CSP has no
// 'unsafe-inline' for styles, so explorer.css carries its one rule and this marks it done.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

interface Props {
  readonly scene: Scene;
  readonly focusId: string;
  readonly focusName: string;
  readonly highlight: Highlight | null;
  readonly layout: LayoutName;
  /** Bumped to lay the whole scene out again. */
  readonly layoutRun: number;
  /** Large scenes draw with WebGL where it is worth it (renderer-choice.ts); fixed for the canvas's lifetime. */
  readonly webgl: boolean;
  readonly note: ReactNode;
  readonly onSelect: (id: string) => void;
  readonly onLayout: (layout: LayoutName) => void;
  readonly onMenu: (action: MenuAction, id: string) => void;
  /** A layout that failed in the worker; the positions stay as they were. */
  readonly onError?: (error: unknown) => void;
}

interface OpenMenu {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/** The scene drawn by Cytoscape: positions kept while exploring, paths lit up. */
export function NetworkCanvas(props: Props) {
  const { scene, focusId, highlight, layout, layoutRun, webgl } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const surface = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [progress, setProgress] = useState<LayoutProgress | null>(null);
  const client = useMemo(() => createLayoutClient(makeLayoutWorker), []);
  useEffect(() => () => client.dispose(), [client]);
  const large = useMemo(() => elementCount(scene) >= WEBGL_FROM, [scene]);
  const largeStyle = useRef(false);
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    const core = cytoscape({
      container: container.current,
      style: networkStyle(canvasColours(), largeStyle.current),
      minZoom: 0.05,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
      ...({ renderer: { name: 'canvas', webgl } } as object),
    });
    core.on('tap', 'node', (event) => {
      const original = event.originalEvent as MouseEvent | undefined;
      // Shift/Ctrl-click adds to the selection instead of re-centring.
      if (original?.shiftKey || original?.ctrlKey || original?.metaKey) return;
      handlers.current.onSelect(String(event.target.id()));
    });
    core.on('cxttap', 'node', (event) => {
      const position = event.renderedPosition;
      setMenu({
        id: String(event.target.id()),
        name: String(event.target.data('name')),
        x: position.x,
        y: position.y,
      });
    });
    core.on('tap viewport', (event) => {
      if (event.target === core) setMenu(null);
    });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const restyle = () => core.style(networkStyle(canvasColours(), largeStyle.current));
    scheme.addEventListener('change', restyle);
    const stopLabels = followZoomForDetail(core);
    setCy(core);
    return () => {
      stopLabels();
      scheme.removeEventListener('change', restyle);
      core.destroy();
    };
  }, [webgl]);

  // Large organic layouts run in the worker; the canvas shows their progress meanwhile.
  const offThread = useMemo(
    () => ({
      client,
      onProgress: setProgress,
      onError: (error: unknown) => handlers.current.onError?.(error),
    }),
    [client],
  );

  // Layout effects: the scene and the highlight reach Cytoscape in the commit that
  // brings them, so they are drawn in the same frame as the panels, not one later.
  useLayoutEffect(() => {
    if (!cy) return;
    warmNearWorkerSize(client, scene.nodes.length);
    // Before the elements arrive, so a large scene is styled once, the large way.
    if (largeStyle.current !== large) {
      largeStyle.current = large;
      cy.style(networkStyle(canvasColours(), large));
    }
    const { added, needsLayout } = syncElements(cy, sceneElements(scene, focusId, language));
    if (needsLayout) runLayout(cy, handlers.current.layout, focusId, true, offThread);
    else if (added.nonempty()) {
      // New nodes start beside their neighbours; the organic layout then settles them
      // from there instead of from scratch, so the picture the user knows stays.
      placeNear(cy, added);
      runLayout(cy, handlers.current.layout, focusId, false, offThread);
    }
    cy.nodes().unselect();
    cy.getElementById(focusId).select();
  }, [cy, scene, focusId, language, offThread, client, large]);

  useEffect(() => {
    if (cy && layoutRun > 0) runLayout(cy, layout, handlers.current.focusId, true, offThread);
  }, [cy, layout, layoutRun, offThread]);

  useLayoutEffect(() => {
    if (!cy) return;
    applyHighlight(cy, highlight);
    // The lit ids as Cytoscape holds them, for tests and assistive tooling.
    surface.current?.setAttribute(
      'data-lit',
      cy
        .elements('.lit')
        .map((element) => element.id())
        .sort()
        .join(' '),
    );
  }, [cy, highlight, scene]);

  const kinds = new Set<NodeKind>(scene.nodes.map((node) => node.kind));
  const label = t('canvas.label', { name: props.focusName });
  return (
    <section className="canvas" aria-label={label}>
      <CanvasToolbar
        cy={cy}
        focusName={props.focusName}
        layout={layout}
        note={props.note}
        onLayout={(next) => handlers.current.onLayout(next)}
      />
      <div
        ref={surface}
        className="canvas__surface"
        data-testid="network-canvas"
        data-node-count={scene.nodes.length}
        data-edge-count={cy ? cy.edges().length : 0}
        data-focus-id={focusId}
        data-renderer={webgl ? 'webgl' : 'canvas'}
        data-layout={progress ? 'running' : 'idle'}
        role="img"
        aria-label={label}
      >
        {/* Cytoscape redraws the whole scene on any attribute change of its own
            container (it watches for resizes that way); the state attributes above
            change with every highlight and layout, so they sit one level up. */}
        <div ref={container} className="canvas__cy" />
      </div>
      {progress && <LayoutProgressBar progress={progress} onCancel={() => client.cancel()} />}
      {menu && (
        <NodeMenu
          name={menu.name}
          x={menu.x}
          y={menu.y}
          onAction={(action) => {
            setMenu(null);
            handlers.current.onMenu(action, menu.id);
          }}
          onClose={() => setMenu(null)}
        />
      )}
      <CanvasLegend kinds={kinds} lit={highlight !== null} />
    </section>
  );
}
