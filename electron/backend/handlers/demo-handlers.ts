import { XrmError } from '../../../shared/errors.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import { loadDemo } from '../demo/load-demo.ts';
import type { DomainHandlers } from '../ipc/handler-types.ts';

/** Stores with a demo load in flight: two clicks must not both see an empty store. */
const loading = new WeakSet<GraphStore>();

export const demoHandlers = {
  'demo:load-network': async (_input, context) => {
    const store = context.store();
    if (loading.has(store)) {
      throw new XrmError('conflict', 'The demo network is already being loaded.');
    }
    loading.add(store);
    try {
      const { nodes } = await store.counts();
      if (nodes > 0) {
        throw new XrmError(
          'conflict',
          `The demo network is only loaded into an empty store; this one already holds ${nodes} stakeholder${nodes === 1 ? '' : 's'}. Create or choose an empty store first.`,
        );
      }
      const summary = await loadDemo(store);
      context.emit('store:changed', { reason: 'demo' });
      return summary;
    } finally {
      loading.delete(store);
    }
  },
} satisfies DomainHandlers<'demo'>;
