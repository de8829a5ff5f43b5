/**
 * One import transaction at a time on a connection. node:sqlite runs each
 * statement synchronously, but an import awaits between its batches; any other
 * write in those gaps would land inside the import's transaction (and be
 * committed or rolled back with it), so it waits for the import to finish.
 */
export class WriteGate {
  #busy: Promise<void> | undefined;

  get importOpen(): boolean {
    return this.#busy !== undefined;
  }

  /** Runs `fn` at once when no import is open, else once it (and any queued before) ends. */
  whenFree<T>(fn: () => Promise<T>): Promise<T> {
    const busy = this.#busy;
    if (!busy) return fn();
    return busy.then(() => this.whenFree(fn));
  }

  /** Holds the gate for the whole of `work`, however it ends. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.#busy) await this.#busy;
    let release = (): void => {};
    this.#busy = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      return await work();
    } finally {
      this.#busy = undefined;
      release();
    }
  }
}
