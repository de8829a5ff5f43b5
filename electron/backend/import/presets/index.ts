import { googlePreset } from './google.ts';
import { linkedinPreset } from './linkedin.ts';
import { outlookPreset } from './outlook.ts';
import type { Preset } from './preset.ts';

export type { Preset } from './preset.ts';

export const PRESETS: readonly Preset[] = [linkedinPreset, outlookPreset, googlePreset];

export function presetNamed(name: string): Preset | undefined {
  return PRESETS.find((preset) => preset.name === name.trim().toLowerCase());
}

/** The preset whose headers the file has, if any. */
export function detectPreset(headers: readonly string[]): Preset | undefined {
  return PRESETS.find((preset) => preset.matches(headers));
}
