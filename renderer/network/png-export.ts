import type { Core } from 'cytoscape';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Chromium's canvas limits: a side of at most 16,384 px, and we stay well below its area cap. */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

export interface PngPlan {
  /** The scale actually used: the chosen one, or less when the image would be too large. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/** How large the image will be: the view is the canvas's size, the whole network its bounds. */
export function planPng(cy: Core, full: boolean, wanted: number): PngPlan {
  const box = cy.elements().boundingBox();
  const [w, h] = full ? [Math.ceil(box.w), Math.ceil(box.h)] : [cy.width(), cy.height()];
  const fit = Math.min(MAX_SIDE / Math.max(w, 1), MAX_SIDE / Math.max(h, 1));
  const scale = Math.min(wanted, fit, Math.sqrt(MAX_AREA / Math.max(w * h, 1)));
  return { scale, width: Math.round(w * scale), height: Math.round(h * scale) };
}

/** The first opaque background colour from the canvas outwards, so the PNG matches the theme. */
export function themeBackground(element: Element | null): string {
  for (let at = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  const surface = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim();
  return surface || '#ffffff';
}

/**
 * The view or the whole network as PNG. Passing maxWidth next to scale makes
 * Cytoscape use exactly our scale (not scale × devicePixelRatio), so the size
 * planned above is the size written.
 */
export async function renderPng(cy: Core, full: boolean, plan: PngPlan, bg: string): Promise<Blob> {
  return cy.png({
    output: 'blob-promise',
    full,
    scale: plan.scale,
    maxWidth: plan.width,
    maxHeight: plan.height,
    bg,
  });
}

export function pngFileName(focusName: string, full: boolean, now = new Date()): string {
  const slug =
    focusName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'network';
  return `${slug}-${full ? 'network' : 'view'}-${now.toISOString().slice(0, 10)}.png`;
}

/** The browser's own download of a blob (the web host has no save dialog). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to pick the blob up before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
