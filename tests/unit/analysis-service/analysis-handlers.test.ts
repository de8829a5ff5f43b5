import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
} from '../../../electron/backend/context.ts';
import { DEMO_AS_OF, DEMO_ROUTE } from '../../../electron/backend/demo/demo-network.ts';
import { handlers } from '../../../electron/backend/handlers/index.ts';
import { dispatch } from '../../../electron/backend/ipc/dispatch.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { ErrorEnvelope } from '../../../shared/errors.ts';
import type { Result } from '../../../shared/ipc/api.ts';
import { okValue } from '../handler-results.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { demoStore } from './demo-store.ts';

let store: EmbeddedStore;
let dispose: () => Promise<void>;
let context: OwnedBackendContext;

beforeAll(async () => {
  ({ store, dispose } = await demoStore());
  context = createBackendContext({
    host: 'web',
    appVersion: '0.0.0',
    openStore: () => store,
    settings: createMemorySettings(),
  });
  await context.ready();
});
// The context closes the store; dispose then only removes the folder.
afterAll(async () => {
  await context.close();
  await dispose().catch(() => undefined);
});

/** Through the real dispatch, outputs checked against the contract's zod schemas. */
const call = (channel: string, input: unknown) =>
  dispatch(handlers, channel, input, context, { checkOutput: true });

function failure(result: Result<unknown>): ErrorEnvelope {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

type Paths = ChannelOutput<'analysis:find-paths'>;
const query = { to: DEMO_ROUTE.account, asOf: DEMO_AS_OF };
const route = [DEMO_ROUTE.colleague, DEMO_ROUTE.planner, DEMO_ROUTE.decisionMaker];

describe('the analysis channels', { timeout: 60_000 }, () => {
  it('analysis:find-paths answers within the contract, the documented route first', async () => {
    const result = okValue<Paths>(await call('analysis:find-paths', query));
    expect(result.paths[0]!.nodes).toEqual(route);
    expect(result.paths.length).toBeLessThanOrEqual(5);
  });

  it('refuses bad input with the field named, and unknown ids as not-found', async () => {
    const k = failure(await call('analysis:find-paths', { ...query, k: 0 }));
    expect(k).toMatchObject({
      code: 'invalid-input',
      issues: [expect.objectContaining({ field: 'k' })],
    });
    const hops = failure(await call('analysis:find-paths', { ...query, maxHops: 9 }));
    expect(hops.issues?.[0]?.field).toBe('maxHops');
    const date = failure(await call('analysis:find-paths', { ...query, asOf: '2026-13-01' }));
    expect(date.issues?.[0]?.field).toBe('asOf');
    const missing = failure(await call('analysis:find-paths', { to: 'cust-nowhere' }));
    expect(missing).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('cust-nowhere'),
    });
  });

  it('drops the cached network when a write handler changes the store', async () => {
    const before = okValue<Paths>(await call('analysis:find-paths', query));
    const relId = before.paths[0]!.explanation[0]!.relationshipId;
    const { id, ...stored } = (await store.getRelationship(relId))!;
    expect(id).toBe(relId);
    // Written behind the handlers' back: the cache is still what the handlers see.
    await store.upsertRelationships([{ ...stored, strength: 0.05 }]);
    expect(okValue<Paths>(await call('analysis:find-paths', query)).paths[0]!.nodes).toEqual(route);
    // The same write through its channel emits store:changed, and analysis sees it.
    okValue(
      await call('graph:upsert-relationships', { relationships: [{ ...stored, strength: 0.05 }] }),
    );
    const after = okValue<Paths>(await call('analysis:find-paths', query));
    expect(after.paths[0]!.nodes).not.toEqual(route);
    okValue(await call('graph:upsert-relationships', { relationships: [stored] }));
    expect(okValue<Paths>(await call('analysis:find-paths', query)).paths[0]!.nodes).toEqual(route);
  });

  it('analysis:account-influence, what-if-removed, centrality and communities fit the contract', async () => {
    const influence = okValue<ChannelOutput<'analysis:account-influence'>>(
      await call('analysis:account-influence', { account: DEMO_ROUTE.account, asOf: DEMO_AS_OF }),
    );
    expect(influence.account.id).toBe(DEMO_ROUTE.account);
    const whatIf = okValue<ChannelOutput<'analysis:what-if-removed'>>(
      await call('analysis:what-if-removed', {
        account: DEMO_ROUTE.account,
        removed: DEMO_ROUTE.planner,
        asOf: DEMO_AS_OF,
      }),
    );
    expect(whatIf.vanished.map((p) => p.nodes)).toContainEqual(route);
    const itself = failure(
      await call('analysis:what-if-removed', {
        account: DEMO_ROUTE.account,
        removed: DEMO_ROUTE.account,
      }),
    );
    expect(itself.code).toBe('invalid-input');
    const central = okValue<ChannelOutput<'analysis:centrality'>>(
      await call('analysis:centrality', { metric: 'betweenness', limit: 3 }),
    );
    expect(central.scores).toHaveLength(3);
    const groups = okValue<ChannelOutput<'analysis:communities'>>(
      await call('analysis:communities', { maxMembers: 2 }),
    );
    expect(groups.count).toBeGreaterThan(1);
    for (const c of groups.communities) expect(c.members.length).toBe(Math.min(2, c.size));
  });
});
