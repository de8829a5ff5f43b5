import type { CanvasColours } from '../../../../renderer/network/network-style.ts';

/** Distinct colours for stylesheets built outside a page (no CSS variables to read). */
export const TEST_COLOURS: CanvasColours = {
  text: '#000',
  textHalo: '#fff',
  edge: '#999',
  accent: '#00f',
  manages: '#0a0',
  denied: '#f00',
  lit: '#fa0',
};
