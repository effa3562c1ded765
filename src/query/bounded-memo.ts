/**
 * A memo for answers keyed by the text a user passed, bounded by the bytes its keys hold and
 * not only by its number of entries: 3,000 distinct 32,767-character arguments would otherwise
 * hold about 200 MB. Keys longer than `maxKeyLength` are never kept (no name is that long, so
 * they are answered afresh, in linear time); past `maxBytes` the oldest entries go first.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(
    private readonly maxKeyLength = 256,
    private readonly maxBytes = 1 << 20,
  ) {}

  /** UTF-16 key plus a rough per-entry overhead of a Map slot and its value. */
  private static cost(key: string): number {
    return key.length * 2 + 64;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (key.length > this.maxKeyLength || this.entries.has(key)) return;
    this.entries.set(key, value);
    this.bytes += BoundedMemo.cost(key);
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= BoundedMemo.cost(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /** What the keys hold, in bytes (estimated): for the benchmark and the tests. */
  get heldBytes(): number {
    return this.bytes;
  }

  get size(): number {
    return this.entries.size;
  }
}
