import { describe, expect, it } from 'vitest';
import {
  defaultChoice,
  deliveryOf,
  exportRequest,
} from '../../../../renderer/export/export-request.ts';
import { ExportNetworkInputSchema } from '../../../../shared/domain/export.schema.ts';

describe('export choices', () => {
  it('defaults German users to what their Excel opens: semicolon and a byte-order mark', () => {
    expect(defaultChoice('de')).toEqual({ format: 'json', delimiter: 'semicolon', bom: true });
    expect(defaultChoice('en', 'csv')).toEqual({ format: 'csv', delimiter: 'comma', bom: false });
  });

  it('sends CSV options with CSV only, in a shape the contract accepts', () => {
    const csv = exportRequest({ format: 'csv', delimiter: 'tab', bom: false });
    expect(csv).toEqual({ format: 'csv', csv: { delimiter: 'tab', bom: false } });
    const gexf = exportRequest({ format: 'gexf', delimiter: 'semicolon', bom: true });
    expect(gexf).toEqual({ format: 'gexf' });
    for (const input of [csv, gexf]) expect(ExportNetworkInputSchema.parse(input)).toEqual(input);
  });
});

describe('delivering exported files', () => {
  it('starts one offered download at once and lists several as links', () => {
    const one = deliveryOf([{ name: 'network.gexf', url: '/download/a' }]);
    expect(one).toEqual({
      saved: [],
      autoDownload: { name: 'network.gexf', url: '/download/a' },
      links: [],
    });
    const three = deliveryOf([
      { name: 'nodes.csv', url: '/download/a' },
      { name: 'relationships.csv', url: '/download/b' },
      { name: 'interactions.csv', url: '/download/c' },
    ]);
    expect(three.autoDownload).toBeUndefined();
    expect(three.links.map((file) => file.name)).toEqual([
      'nodes.csv',
      'relationships.csv',
      'interactions.csv',
    ]);
  });

  it('reports where the desktop app saved the files, with nothing to download', () => {
    const saved = deliveryOf([{ name: 'network.xrm.json', path: '/home/a/network.xrm.json' }]);
    expect(saved).toEqual({
      saved: ['/home/a/network.xrm.json'],
      autoDownload: undefined,
      links: [],
    });
  });
});
