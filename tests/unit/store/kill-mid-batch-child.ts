/**
 * Run by kill-mid-batch.test.ts as its own process: opens the store and starts
 * one huge batch that the test kills with SIGKILL while it is being written.
 */
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { crowd } from './store-test-files.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: kill-mid-batch-child.ts DB');
// A small page cache spills the uncommitted batch into the WAL early: the parent watches for that.
const store = await openEmbeddedStore(path, { cacheSizeMiB: 2 });
const nodes = crowd(200_000, 'huge');
process.stdout.write('writing\n');
await store.upsertNodes(nodes);
process.stdout.write('committed\n');
await store.close();
