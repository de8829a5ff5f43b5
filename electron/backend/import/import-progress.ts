import type { ImportProgress } from './import-types.ts';
import type { ReadProgress } from './read-csv.ts';

/** With two passes, checking reads the file once, writing reads it again and writes: weigh them so. */
const CHECK_SHARE = 0.35;

/** Reports rows, rows per second and time left, at most every `everyRows` rows. */
export class ProgressMeter {
  readonly read: ReadProgress = { bytes: 0 };
  rows = 0;
  #phase: ImportProgress['phase'] = 'checking';
  readonly #started = performance.now();
  #phaseStarted = performance.now();
  readonly #totalBytes: number;
  readonly #report: ((progress: ImportProgress) => void) | undefined;
  readonly #everyRows: number;
  #single = false;

  constructor(totalBytes: number, report?: (progress: ImportProgress) => void, everyRows = 1_000) {
    this.#totalBytes = Math.max(1, totalBytes);
    this.#report = report;
    this.#everyRows = everyRows;
  }

  /** One read of the file does everything: its share of the file is the share done. */
  singlePass(phase: ImportProgress['phase']): void {
    this.#phase = phase;
    this.#single = true;
  }

  startWriting(): void {
    this.#phase = 'writing';
    this.#phaseStarted = performance.now();
    this.rows = 0;
    this.read.bytes = 0;
  }

  row(): void {
    this.rows += 1;
    if (this.rows % this.#everyRows === 0) this.emit();
  }

  emit(): void {
    if (!this.#report) return;
    const now = performance.now();
    const phaseSeconds = (now - this.#phaseStarted) / 1000;
    const fileShare = Math.min(1, this.read.bytes / this.#totalBytes);
    const done = this.#single
      ? fileShare
      : this.#phase === 'checking'
        ? fileShare * CHECK_SHARE
        : CHECK_SHARE + fileShare * (1 - CHECK_SHARE);
    const elapsed = (now - this.#started) / 1000;
    this.#report({
      phase: this.#phase,
      rows: this.rows,
      rowsPerSecond: phaseSeconds > 0 ? Math.round(this.rows / phaseSeconds) : 0,
      secondsLeft: done > 0.01 ? Math.max(0, (elapsed * (1 - done)) / done) : undefined,
      bytes: this.read.bytes,
      totalBytes: this.#totalBytes,
    });
  }
}
