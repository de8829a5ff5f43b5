import { supportsExternalChangeMark, type GraphStore } from '../../shared/store/graph-store.ts';

/** How often the open store file is asked whether another process wrote to it. */
export const EXTERNAL_CHANGE_POLL_MS = 2_000;

/**
 * Tells the app when another process changed its store file — an `xrm import`
 * in a terminal while the window is open — so counts, canvas and analysis
 * refresh instead of showing yesterday's network. SQLite has no cross-process
 * notification; asking `data_version` is a single cheap pragma. Stores without
 * such a mark (Neo4j) are not watched. The timer never keeps a process alive.
 */
export function watchExternalChanges(
  activeStore: () => GraphStore | undefined,
  onChange: () => void,
  intervalMs = EXTERNAL_CHANGE_POLL_MS,
): () => void {
  let watched: GraphStore | undefined;
  let lastMark: number | undefined;
  const timer = setInterval(() => {
    const store = activeStore();
    if (!store || !supportsExternalChangeMark(store)) return;
    let mark: number;
    try {
      mark = store.externalChangeMark();
    } catch {
      return; // closing or switching: the next tick looks again
    }
    const changed = store === watched && mark !== lastMark;
    watched = store;
    lastMark = mark;
    if (changed) onChange();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
