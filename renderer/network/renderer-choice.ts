/**
 * Which Cytoscape renderer draws a large scene. WebGL is the fast one with a GPU.
 * Without one, the browser's WebGL is a software rasteriser (SwiftShader, llvmpipe,
 * Microsoft Basic Render) and Cytoscape's WebGL renderer is then about five times
 * slower than its canvas renderer (docs/benchmarks.md, fps rows): such a machine
 * stays on canvas. The check runs once per page.
 *
 * Forcing a renderer (benchmarks, e2e tests, a user with a broken driver):
 * `?renderer=webgl` or `?renderer=canvas` in the page address, or
 * `localStorage['xrm.renderer'] = 'webgl' | 'canvas'`; anything else means automatic.
 */
import { WEBGL_FROM } from './bound-scene.ts';

export type RendererPreference = 'webgl' | 'canvas' | 'auto';

export const RENDERER_FLAG = 'xrm.renderer';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** A WebGL renderer string (UNMASKED_RENDERER_WEBGL) that names a software rasteriser. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

function asPreference(value: string | null | undefined): RendererPreference | null {
  return value === 'webgl' || value === 'canvas' ? value : null;
}

/** The address wins over the stored flag; neither means automatic. */
export function preferenceFrom(search: string, stored: string | null): RendererPreference {
  return (
    asPreference(new URLSearchParams(search).get('renderer')) ?? asPreference(stored) ?? 'auto'
  );
}

function readPreference(): RendererPreference {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(RENDERER_FLAG);
  } catch {
    // Storage can be blocked (privacy settings); the address still counts.
  }
  return preferenceFrom(window.location.search, stored);
}

/** The WebGL 2 renderer's name; '' when the browser hides it, null without WebGL 2. */
export function webglRendererName(): string | null {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  // Browsers cap the live WebGL contexts per page; this probe gives its one back.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

let hardware: boolean | null = null;

/** True when WebGL 2 runs on a GPU, or exists and does not say what it runs on. */
function hardwareWebgl(): boolean {
  if (hardware === null) {
    const name = webglRendererName();
    hardware = name !== null && !isSoftwareRenderer(name);
  }
  return hardware;
}

/** Whether a scene of this many elements is drawn with WebGL. */
export function webglFor(elements: number): boolean {
  if (elements < WEBGL_FROM) return false;
  const preference = readPreference();
  if (preference !== 'auto') return preference === 'webgl';
  return hardwareWebgl();
}
