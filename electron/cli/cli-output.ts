import type { CliIo } from './cli-io.ts';

/** Every command takes `--json`: machine-readable stdout, nothing else on it. */
export interface OutputOptions {
  readonly json?: boolean;
}

/** Prints the result: the data as JSON, or the human text (lines) for people. */
export function printResult(
  io: CliIo,
  options: OutputOptions,
  data: unknown,
  human: () => readonly string[],
): void {
  if (options.json) {
    io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  const lines = human();
  if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
}

/** Right-pads for simple aligned columns (by code points, so umlauts do not shift). */
export function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A path as it can be pasted into a shell: quoted when it holds spaces or quotes. */
export function shellArg(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
