/**
 * The organisation's policy (storage.managed) as loadSettings reads it, without making a check
 * wait for the browser.
 *
 * Chrome answers storage.managed.get only once its policy service has loaded policy for the
 * extension, and after a browser start or an install that takes seconds even when there is no
 * policy at all (measured here: 5–6 s after the background starts, on every fresh profile; other
 * extensions report 3–8 s, and on some Edge builds no answer ever comes). Every check waited for
 * it before running the engine, so a page checked in those first seconds showed nothing for ~5 s.
 *
 * Until the browser has answered once, reads get the last policy we saw (kept in storage.local,
 * empty when there has never been one); the read itself goes on in the background, and when its
 * answer differs from that copy the copy is updated and `onChange` runs, as for a policy change
 * (settings are reloaded and open checks re-run). Once the browser has answered, reads go straight
 * to it, as before.
 */
import type { StorageAreaLike } from '../../storage/store';

/** storage.local key of the copy of the last policy seen. */
export const POLICY_COPY_KEY = 'managedPolicyCopy';

type Policy = Record<string, unknown>;

function pick(all: Policy, keys: string | string[] | null | undefined): Policy {
  if (keys === null || keys === undefined) return { ...all };
  const out: Policy = {};
  for (const k of typeof keys === 'string' ? [keys] : keys) if (k in all) out[k] = all[k];
  return out;
}

const same = (a: Policy, b: Policy) => JSON.stringify(a) === JSON.stringify(b);

export function policyWithoutWaiting(managed: StorageAreaLike, local: StorageAreaLike, onChange: () => void): StorageAreaLike {
  let answered = false;
  let asking: Promise<void> | null = null;
  /** What the copy in storage.local holds, once known. */
  let copy: Policy | null = null;

  const readCopy = async (): Promise<Policy> => {
    if (copy) return copy;
    try {
      const v = (await local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
      return (copy ??= typeof v === 'object' && v !== null ? (v as Policy) : {});
    } catch {
      return {};
    }
  };

  /** Keep the copy in step with what the browser said. Returns true when it changed. */
  const remember = async (policy: Policy): Promise<boolean> => {
    if (same(await readCopy(), policy)) return false;
    copy = policy;
    await local.set({ [POLICY_COPY_KEY]: policy }).catch(() => undefined);
    return true;
  };

  const ask = (): void => {
    asking ??= managed.get(null).then(
      (v) => v ?? {},
      // Where there is no policy schema (Firefox without policies) storage.managed throws: no policy.
      () => ({}),
    ).then(async (policy) => {
      answered = true;
      if (await remember(policy)) onChange();
    });
  };

  return {
    async get(keys) {
      if (!answered) {
        ask();
        return pick(await readCopy(), keys);
      }
      const policy = await managed.get(keys);
      if (keys === null || keys === undefined) void remember(policy ?? {});
      return policy;
    },
    set: () => Promise.reject(new Error('storage.managed is read-only')),
    remove: () => Promise.reject(new Error('storage.managed is read-only')),
  };
}
