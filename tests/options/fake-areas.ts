/** In-memory storage areas like chrome.storage.local/sync/managed, for options tests. */
import type { StorageAreaLike } from '../../src/storage';

export class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  listeners = new Set<() => void>();
  constructor(initial: Record<string, unknown> = {}) {
    this.data = structuredClone(initial);
  }
  async get(keys?: string | string[] | null) {
    if (keys === null || keys === undefined) return structuredClone(this.data);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.data, structuredClone(items));
    for (const l of this.listeners) l();
  }
  async remove(keys: string | string[]) {
    for (const k of typeof keys === 'string' ? [keys] : keys) delete this.data[k];
  }
}
