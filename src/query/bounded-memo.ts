/**
 * A memo for answers keyed by the text a user passed (up to three arguments), bounded by the bytes its keys hold and
 * not only by its number of entries: 3,000 distinct 32,767-character arguments would otherwise hold about 200 MB.
 * Keys longer than `maxKeyLength` are never kept (no name is that long, so they are answered afresh, in linear
 * time); past `maxBytes` it starts again empty. Nested maps keyed by the arguments themselves: a call builds no key.
 */
export class BoundedMemo<V> {
  private entries = new Map<string, Map<string, Map<string, V>>>();
  private bytes = 0;
  private count = 0;

  constructor(
    private readonly maxKeyLength = 256,
    private readonly maxBytes = 1 << 20,
  ) {}

  get(first: string, second = "", third = ""): V | undefined {
    return this.entries.get(first)?.get(second)?.get(third);
  }

  set(first: string, second: string, third: string, value: V): void {
    const length = Math.max(first.length, second.length, third.length);
    if (length > this.maxKeyLength || this.get(first, second, third) !== undefined) return;
    // UTF-16 keys plus a rough overhead for the Map slots and the value.
    const cost = (first.length + second.length + third.length) * 2 + 128;
    if (this.bytes + cost > this.maxBytes) this.clear();
    let bySecond = this.entries.get(first);
    if (!bySecond) this.entries.set(first, (bySecond = new Map()));
    let byThird = bySecond.get(second);
    if (!byThird) bySecond.set(second, (byThird = new Map()));
    byThird.set(third, value);
    this.bytes += cost;
    this.count++;
  }

  clear(): void {
    this.entries = new Map();
    this.bytes = 0;
    this.count = 0;
  }

  /** What the keys hold, in bytes (estimated): for the benchmark and the tests. */
  get heldBytes(): number {
    return this.bytes;
  }

  get size(): number {
    return this.count;
  }
}
