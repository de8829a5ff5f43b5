/// <reference lib="webworker" />
import { computeLayout, loadFcose } from './layout-compute.ts';
import type { LayoutMessage, LayoutReply } from './layout-protocol.ts';

// The organic layout of large scenes, away from the UI thread (see layout-client.ts).
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<LayoutMessage>) => {
  // A failed load is reported by the first small scene that needs it.
  if (event.data.type === 'warm') void loadFcose().catch(() => undefined);
  if (event.data.type !== 'run') return;
  void computeLayout(event.data, (reply: LayoutReply) => {
    const transfer = 'positions' in reply && reply.positions ? [reply.positions.buffer] : [];
    scope.postMessage(reply, transfer);
  });
});
