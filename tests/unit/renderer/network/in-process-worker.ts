import type { WorkerLike } from '../../../../renderer/network/layout-client.ts';
import { computeLayout } from '../../../../renderer/network/layout-compute.ts';
import type {
  LayoutMessage,
  LayoutReply,
  LayoutRequest,
} from '../../../../renderer/network/layout-protocol.ts';

/**
 * The worker's side in-process: messages cross as structured clones, replies come
 * on a later task, like a real Worker. `hold` keeps requests unanswered until released.
 */
export class InProcessWorker implements WorkerLike {
  terminated = false;
  readonly received: LayoutRequest[] = [];
  /** 'warm' messages: the small scenes' layout code asked for ahead. */
  warmed = 0;
  private readonly listeners: {
    message: ((event: { data: LayoutReply }) => void)[];
    error: ((event: { message?: string }) => void)[];
  } = { message: [], error: [] };
  private readonly hold: boolean;
  constructor(hold = false) {
    this.hold = hold;
  }
  postMessage(message: LayoutMessage): void {
    if (message.type === 'warm') {
      this.warmed += 1;
      return;
    }
    const request = structuredClone(message);
    this.received.push(request);
    if (!this.hold) setTimeout(() => this.answer(request), 0);
  }
  answer(request: LayoutRequest): void {
    if (this.terminated) return;
    void computeLayout(request, (reply) => {
      for (const listener of this.listeners.message) listener({ data: structuredClone(reply) });
    });
  }
  fail(message: string): void {
    for (const listener of this.listeners.error) listener({ message });
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    (this.listeners[type] as unknown[]).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}
