/**
 * A compact set of string keys, with the last line each was seen on and whether it
 * repeated: about 13 bytes per key instead of the ~150 a Map of strings costs,
 * so a 1,000,000-row file's ids fit in ~25 MB. Keys are stored as 64-bit hashes;
 * two keys sharing a hash (odds ~1e-8 per million keys) only make both look
 * repeated, which is safe: callers hold such records until the hash's last line.
 */
export class KeyTable {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  #line = new Int32Array(1024);
  #flags = new Uint8Array(1024); // 0 empty, 1 seen once, 2 repeated
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Records one occurrence of `key` on `line`. */
  add(key: string, line: number): void {
    if (this.#size * 2 >= this.#flags.length) this.#grow();
    const [hi, lo] = hash(key);
    const slot = this.#find(hi, lo);
    if (this.#flags[slot] === 0) {
      this.#hi[slot] = hi;
      this.#lo[slot] = lo;
      this.#flags[slot] = 1;
      this.#size += 1;
    } else this.#flags[slot] = 2;
    this.#line[slot] = line;
  }

  /** Whether `key` (or another key sharing its hash: callers must treat that as "maybe") was added. */
  has(key: string): boolean {
    const [hi, lo] = hash(key);
    return this.#flags[this.#find(hi, lo)] !== 0;
  }

  /** The last line of a repeated key (or of its hash), undefined when it occurs once. */
  repeatedUntil(key: string): number | undefined {
    const [hi, lo] = hash(key);
    const slot = this.#find(hi, lo);
    return this.#flags[slot] === 2 ? this.#line[slot] : undefined;
  }

  #find(hi: number, lo: number): number {
    const mask = this.#flags.length - 1;
    let slot = lo & mask;
    while (this.#flags[slot] !== 0 && (this.#hi[slot] !== hi || this.#lo[slot] !== lo)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  #grow(): void {
    const [hi, lo, line, flags] = [this.#hi, this.#lo, this.#line, this.#flags];
    const capacity = flags.length * 2;
    this.#hi = new Uint32Array(capacity);
    this.#lo = new Uint32Array(capacity);
    this.#line = new Int32Array(capacity);
    this.#flags = new Uint8Array(capacity);
    for (let i = 0; i < flags.length; i++) {
      if (flags[i] === 0) continue;
      const slot = this.#find(hi[i] ?? 0, lo[i] ?? 0);
      this.#hi[slot] = hi[i] ?? 0;
      this.#lo[slot] = lo[i] ?? 0;
      this.#line[slot] = line[i] ?? 0;
      this.#flags[slot] = flags[i] ?? 0;
    }
  }
}

/** Two independent 32-bit FNV-1a style hashes over UTF-16 code units. */
export function hash(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b ^ (a >>> 7)) >>> 0];
}
