import type { GraphStore } from '../../../shared/store/graph-store.ts';
import type { OwnedBackendContext } from '../context.ts';
import type { BackendContext } from '../ipc/handler-types.ts';
import { createAnalysisService, type AnalysisService } from './analysis-service.ts';

/** One service (and so one cached network) per open store; a switched-away store's goes with it. */
const services = new WeakMap<GraphStore, AnalysisService>();
const watched = new WeakSet<BackendContext>();

/**
 * The analysis service of the context's active store. The first call subscribes
 * to the context's `store:changed` events (every write handler emits one), so the
 * cached network is dropped the moment the data changes. Hosts hand handlers their
 * owned context, which can be subscribed to; a bare context cannot, and then the
 * caller must `invalidate()` itself.
 */
export function analysisServiceFor(context: BackendContext): AnalysisService {
  watchWrites(context);
  const store = context.store();
  let service = services.get(store);
  if (!service) {
    service = createAnalysisService(store);
    services.set(store, service);
  }
  return service;
}

function watchWrites(context: BackendContext): void {
  if (watched.has(context) || !canSubscribe(context)) return;
  watched.add(context);
  context.onEvent((event) => {
    if (event !== 'store:changed') return;
    try {
      services.get(context.store())?.invalidate();
    } catch {
      // No active store (closing or switching): there is no cache to drop.
    }
  });
}

function canSubscribe(
  context: BackendContext,
): context is BackendContext & Pick<OwnedBackendContext, 'onEvent'> {
  return typeof (context as Partial<OwnedBackendContext>).onEvent === 'function';
}
