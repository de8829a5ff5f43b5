/** A binary min-heap of numeric ids ordered by (primary, secondary) keys. */
export class MinHeap {
  private readonly ids: number[] = [];
  private readonly primary: number[] = [];
  private readonly secondary: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  push(id: number, primary: number, secondary: number): void {
    this.ids.push(id);
    this.primary.push(primary);
    this.secondary.push(secondary);
    this.up(this.ids.length - 1);
  }

  /** Removes and returns the smallest id; the heap must not be empty. */
  pop(): number {
    const top = this.ids[0]!;
    const last = this.ids.length - 1;
    this.move(last, 0);
    this.ids.pop();
    this.primary.pop();
    this.secondary.pop();
    if (this.ids.length > 0) this.down(0);
    return top;
  }

  private less(a: number, b: number): boolean {
    const pa = this.primary[a]!;
    const pb = this.primary[b]!;
    return pa < pb || (pa === pb && this.secondary[a]! < this.secondary[b]!);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < n && this.less(l, smallest)) smallest = l;
      if (r < n && this.less(r, smallest)) smallest = r;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private move(from: number, to: number): void {
    this.ids[to] = this.ids[from]!;
    this.primary[to] = this.primary[from]!;
    this.secondary[to] = this.secondary[from]!;
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.primary[a], this.primary[b]] = [this.primary[b]!, this.primary[a]!];
    [this.secondary[a], this.secondary[b]] = [this.secondary[b]!, this.secondary[a]!];
  }
}
