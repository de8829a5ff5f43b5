import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../electron/backend/demo/demo-network.ts';
import { DEMO_ROUTE } from '../../../electron/backend/demo/demo-route.ts';
import { buildReportData } from '../../../electron/backend/report/build-report-data.ts';
import { REUSE_WINDOW_MS, reuseOnce } from '../../../electron/backend/report/report-reuse.ts';
import type { ReportData } from '../../../shared/report/report-data.schema.ts';
import { demoStore, type DemoStore } from './report-fixture.ts';

let demo: DemoStore;
beforeAll(async () => {
  demo = await demoStore();
});
afterAll(async () => demo.close());

describe('report data asked for twice in a row (check, then the page)', () => {
  it('is computed once for the pair, and afresh afterwards with every change', async () => {
    const request = { store: demo.store, account: DEMO_ROUTE.account, asOf: DEMO_AS_OF };
    const check = await buildReportData(request);
    const page = await buildReportData(request);
    expect(page).toBe(check);
    const account = (await demo.store.getNode(DEMO_ROUTE.account))!;
    await demo.store.upsertNodes([{ ...account, name: 'Hansa Umbenannt AG' }]);
    const later = await buildReportData(request);
    expect(later).not.toBe(check);
    expect(later.account.name).toBe('Hansa Umbenannt AG');
    // Another request (other k) is never served from the first one.
    const other = await buildReportData({ ...request, k: 2 });
    expect(other.paths.length).toBeLessThanOrEqual(2);
    expect(other.settings.k).toBe(2);
  });

  it('keeps a result only for the window and never keeps a failure', async () => {
    const store = {};
    let computed = 0;
    const compute = () => {
      computed++;
      return Promise.resolve({ computed } as unknown as ReportData);
    };
    await reuseOnce(store, 'a', compute, 0);
    await reuseOnce(store, 'a', compute, REUSE_WINDOW_MS + 1);
    expect(computed).toBe(2);
    let failures = 0;
    const failing = () => {
      failures++;
      return Promise.reject(new Error('no such account'));
    };
    await expect(reuseOnce(store, 'b', failing, 0)).rejects.toThrow('no such account');
    await expect(reuseOnce(store, 'b', failing, 1)).rejects.toThrow('no such account');
    expect(failures).toBe(2);
  });
});
