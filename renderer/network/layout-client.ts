import type {
  LayoutMessage,
  LayoutReply,
  LayoutRequest,
  PositionArray,
} from './layout-protocol.ts';
import { WORKER_FROM } from './layout-off-thread.ts';

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: LayoutMessage): void;
  addEventListener(type: 'message', listener: (event: { data: LayoutReply }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export interface LayoutCallbacks {
  /** A step finished; `positions` is a draft picture worth showing, when there is one. */
  readonly onProgress: (step: number, steps: number, positions?: PositionArray) => void;
}

export type LayoutOutcome =
  { readonly status: 'done'; readonly positions: PositionArray } | { readonly status: 'cancelled' };

interface Pending {
  readonly requestId: number;
  readonly callbacks: LayoutCallbacks;
  readonly settle: (outcome: LayoutOutcome) => void;
  readonly fail: (error: Error) => void;
}

export interface LayoutClient {
  /** Lay out in the worker; a run still going is cancelled first (only the newest scene matters). */
  run(
    request: Omit<LayoutRequest, 'type' | 'requestId'>,
    callbacks: LayoutCallbacks,
  ): Promise<LayoutOutcome>;
  /** Stop the running layout; its promise resolves as cancelled, the positions stay as they are. */
  cancel(): void;
  readonly busy: boolean;
  /** Start the worker ahead of the first layout, so loading its code is not waited for then. */
  warm(): void;
  /** `warm`, once the user has had a moment with the new scene (see WARM_DELAY_MS). */
  warmSoon(): void;
  dispose(): void;
}

/**
 * One worker at a time. The layout inside is a single synchronous computation,
 * so cancelling cannot be a message it would read only afterwards: the worker is
 * terminated and the next run starts a fresh one.
 */
export function createLayoutClient(makeWorker: () => WorkerLike): LayoutClient {
  let worker: WorkerLike | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  let keepWarm = false;
  let warmTimer: ReturnType<typeof setTimeout> | undefined;

  const onMessage = (event: { data: LayoutReply }) => {
    const reply = event.data;
    if (!pending || reply.requestId !== pending.requestId) return; // a superseded run
    const current = pending;
    if (reply.type === 'progress') {
      current.callbacks.onProgress(reply.step, reply.steps, reply.positions);
      return;
    }
    pending = null;
    if (reply.type === 'done') current.settle({ status: 'done', positions: reply.positions });
    else current.fail(new Error(`The layout failed: ${reply.message}`));
  };
  const onError = (event: { message?: string }) => {
    const current = pending;
    pending = null;
    stopWorker();
    current?.fail(new Error(`The layout worker stopped: ${event.message ?? 'unknown error'}`));
  };
  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const fresh = makeWorker();
    fresh.addEventListener('message', onMessage);
    fresh.addEventListener('error', onError);
    worker = fresh;
    return fresh;
  };
  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  // Warmed for the scenes near its size: those are fcose's (see LayoutWarm).
  const warm = () => {
    keepWarm = true;
    ensureWorker().postMessage({ type: 'warm' });
  };
  const cancel = () => {
    if (!pending) return;
    const current = pending;
    pending = null;
    stopWorker();
    if (keepWarm) warm();
    current.settle({ status: 'cancelled' });
  };

  return {
    run(request, callbacks) {
      cancel();
      const requestId = nextId++;
      return new Promise<LayoutOutcome>((settle, fail) => {
        pending = { requestId, callbacks, settle, fail };
        ensureWorker().postMessage({ type: 'run', requestId, ...request });
      });
    },
    cancel,
    get busy() {
      return pending !== null;
    },
    warm,
    warmSoon() {
      if (keepWarm || warmTimer !== undefined) return;
      warmTimer = setTimeout(() => {
        warmTimer = undefined;
        warm();
      }, WARM_DELAY_MS);
    },
    dispose() {
      clearTimeout(warmTimer);
      warmTimer = undefined;
      keepWarm = false;
      cancel();
      stopWorker();
    },
  };
}

/** Two thirds of the way to the worker's scene size, its code starts loading. */
const WARM_FROM = Math.round((WORKER_FROM * 2) / 3);

/**
 * Not with the scene itself: compiling the worker's code takes a core for a few
 * hundred milliseconds, and the clicks right after a scene appears would share
 * the machine with it (measured on the demo: "Find paths" right after opening an
 * account, median 218 ms with the worker started at once, 126 ms without). A
 * moment later the user is reading the picture, and the first large layout still
 * finds the worker loaded.
 */
const WARM_DELAY_MS = 1_500;

/**
 * Start the worker once a scene grows towards the size that needs it, so its first
 * layout does not wait for its code. Not earlier: loading and compiling that code
 * takes a core for a few hundred milliseconds on a slow machine, and a small scene
 * (the usual one) would pay for it on its first clicks without ever using the worker.
 */
export function warmNearWorkerSize(client: LayoutClient, nodes: number): void {
  if (nodes >= WARM_FROM) client.warmSoon();
}
