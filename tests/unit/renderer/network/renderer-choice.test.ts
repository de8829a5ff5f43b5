import { describe, expect, it } from 'vitest';
import {
  isSoftwareRenderer,
  preferenceFrom,
} from '../../../../renderer/network/renderer-choice.ts';

describe('renderer choice', () => {
  it('knows the software rasterisers by the names browsers report', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'Mesa OffScreen softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Google SwiftShader',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M2',
      'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
      'AMD Radeon Pro 5500M OpenGL Engine',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
  });

  it('takes a forced renderer from the address first, then from storage', () => {
    expect(preferenceFrom('', null)).toBe('auto');
    expect(preferenceFrom('?renderer=webgl', null)).toBe('webgl');
    expect(preferenceFrom('', 'canvas')).toBe('canvas');
    expect(preferenceFrom('?renderer=canvas', 'webgl')).toBe('canvas');
    expect(preferenceFrom('?renderer=fast', 'webgl')).toBe('webgl');
    expect(preferenceFrom('?x=1', 'gpu')).toBe('auto');
  });
});
