import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  REMEMBERED_MAPPINGS_LIMIT,
  rememberedMappings,
} from '../../../electron/backend/import/remembered-mappings.ts';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-mappings-'));
  file = join(dir, 'settings', 'import-mappings.json');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const FAIR = { 'Kontakt-Mail (Messe)': 'email', Messestand: 'property', 'Interne Nr.': 'ignore' };

describe('remembered column mappings in a JSON file', () => {
  it('survive a restart: a new instance on the same file recalls them', async () => {
    await rememberedMappings({ file }).remember('nodes:a,b', FAIR);
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json).toEqual({ version: 1, mappings: [{ signature: 'nodes:a,b', mapping: FAIR }] });

    const restarted = rememberedMappings({ file });
    expect(await restarted.recall('nodes:a,b')).toEqual(FAIR);
    expect(await restarted.recall('nodes:a,c')).toBeUndefined();
  });

  it('keeps one mapping per signature, the latest', async () => {
    const memory = rememberedMappings({ file });
    await memory.remember('nodes:a,b', FAIR);
    await memory.remember('nodes:a,b', { ...FAIR, Messestand: 'notes' });
    expect(await rememberedMappings({ file }).recall('nodes:a,b')).toEqual({
      ...FAIR,
      Messestand: 'notes',
    });
    expect(JSON.parse(await readFile(file, 'utf8')).mappings).toHaveLength(1);
  });

  it('drops the least recently used beyond the limit; a recall counts as a use', async () => {
    const memory = rememberedMappings({ file, limit: 3 });
    for (const name of ['one', 'two', 'three']) await memory.remember(`nodes:${name}`, FAIR);
    await memory.recall('nodes:one');
    await memory.remember('nodes:four', FAIR);

    const restarted = rememberedMappings({ file, limit: 3 });
    expect(await restarted.recall('nodes:two')).toBeUndefined();
    for (const kept of ['one', 'three', 'four'])
      expect(await restarted.recall(`nodes:${kept}`)).toEqual(FAIR);
  });

  it('holds 50 by default', async () => {
    const memory = rememberedMappings({ file });
    for (let i = 0; i <= REMEMBERED_MAPPINGS_LIMIT; i++) await memory.remember(`nodes:f${i}`, FAIR);
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json.mappings).toHaveLength(50);
    expect(json.mappings[0].signature).toBe('nodes:f50');
    expect(await rememberedMappings({ file }).recall('nodes:f0')).toBeUndefined();
  });

  it('forgets on request', async () => {
    const memory = rememberedMappings({ file });
    await memory.remember('nodes:a,b', FAIR);
    await memory.forget('nodes:a,b');
    expect(await rememberedMappings({ file }).recall('nodes:a,b')).toBeUndefined();
  });

  it('writes that overlap all land, the last one on disk', async () => {
    const memory = rememberedMappings({ file });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => memory.remember(`nodes:f${i}`, { [`h${i}`]: 'email' })),
    );
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json.mappings).toHaveLength(10);
    expect(await readdir(join(dir, 'settings'))).toEqual(['import-mappings.json']);
  });

  it('moves a broken file aside and starts empty instead of failing', async () => {
    await rememberedMappings({ file }).remember('nodes:a,b', FAIR);
    await writeFile(file, '{"version":1,"mappings":[{"signature":');
    const memory = rememberedMappings({ file });
    expect(await memory.recall('nodes:a,b')).toBeUndefined();
    const names = await readdir(join(dir, 'settings'));
    expect(names.some((name) => name.startsWith('import-mappings.json.broken-'))).toBe(true);
    await memory.remember('nodes:x', FAIR);
    expect(await rememberedMappings({ file }).recall('nodes:x')).toEqual(FAIR);
  });

  it('without a file they last as long as the instance', async () => {
    const memory = rememberedMappings();
    await memory.remember('nodes:a,b', FAIR);
    expect(await memory.recall('nodes:a,b')).toEqual(FAIR);
    expect(await rememberedMappings().recall('nodes:a,b')).toBeUndefined();
  });
});
