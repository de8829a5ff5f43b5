import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../electron/backend/store/open-embedded-store.ts';
import { describeGraphStoreContract } from './graph-store.contract.ts';

describeGraphStoreContract('embedded SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'xrm-contract-'));
  const store = await openEmbeddedStore(join(dir, 'xrm.db'));
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
