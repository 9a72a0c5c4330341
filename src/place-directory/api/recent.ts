/**
 * The most recent answers, kept in memory for the visit (never in storage: what a resident searched for
 * is not written anywhere), the least recently used dropped first.
 */
export class Recent<V> {
  private readonly items = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.items.get(key);
    if (value !== undefined) {
      this.items.delete(key);
      this.items.set(key, value);
    }
    return value;
  }

  /** Without counting as a use. */
  peek(key: string): V | undefined {
    return this.items.get(key);
  }

  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, value);
    while (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }

  get size(): number {
    return this.items.size;
  }
}
