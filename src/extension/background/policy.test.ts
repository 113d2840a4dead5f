import { describe, expect, it, vi } from 'vitest';
import type { StorageAreaLike } from '../../storage/store';
import { loadSettings } from '../../storage/store';
import { POLICY_COPY_KEY, policyWithoutWaiting } from './policy';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return { ...data };
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (k in data) out[k] = data[k];
      return out;
    },
    async set(items) {
      Object.assign(data, items);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}

/** storage.managed that answers only when told to, as Chrome's does while its policy service starts. */
function slowManaged(): StorageAreaLike & { answer(v: Record<string, unknown>): void; calls: number } {
  let answer: (v: Record<string, unknown>) => void = () => undefined;
  let value: Record<string, unknown> | null = null;
  const pending = new Promise<Record<string, unknown>>((r) => (answer = r));
  const area = {
    calls: 0,
    answer(v: Record<string, unknown>) {
      value = v;
      answer(v);
    },
    async get() {
      area.calls++;
      return value ?? pending;
    },
    set: async () => undefined,
    remove: async () => undefined,
  };
  return area;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('policyWithoutWaiting', () => {
  it('does not wait for the browser: uses the last policy seen, then tells when the answer differs', async () => {
    const managed = slowManaged();
    const local = memoryArea({ [POLICY_COPY_KEY]: { allow: ['ICB'] } });
    const onChange = vi.fn();
    const view = policyWithoutWaiting(managed, local, onChange);
    const loaded = await loadSettings({ local, managed: view });
    expect(loaded.settings.allow).toEqual(['ICB']);
    expect(onChange).not.toHaveBeenCalled();

    managed.answer({ allow: ['PCN'] });
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(local.data[POLICY_COPY_KEY]).toEqual({ allow: ['PCN'] });
    expect((await loadSettings({ local, managed: view })).settings.allow).toEqual(['PCN']);
  });

  it('stays quiet when the answer is what it already used, and asks the browser only once while waiting', async () => {
    const managed = slowManaged();
    const local = memoryArea();
    const onChange = vi.fn();
    const view = policyWithoutWaiting(managed, local, onChange);
    expect(await view.get(null)).toEqual({});
    expect(await view.get(null)).toEqual({});
    expect(managed.calls).toBe(1);
    managed.answer({});
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(POLICY_COPY_KEY in local.data).toBe(false);
  });

  it('treats a storage.managed that throws as no policy', async () => {
    const local = memoryArea({ [POLICY_COPY_KEY]: { allow: ['old'] } });
    const onChange = vi.fn();
    const throwing: StorageAreaLike = { get: () => Promise.reject(new Error('no schema')), set: async () => undefined, remove: async () => undefined };
    const view = policyWithoutWaiting(throwing, local, onChange);
    await view.get(null);
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(local.data[POLICY_COPY_KEY]).toEqual({});
  });
});
