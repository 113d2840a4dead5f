/** The real browser behind the options page (tests pass fakes instead). */
import { browser } from 'wxt/browser';
import { downloadText } from '../ui/download';
import type { StorageAreaLike } from '../storage/store';
import { fetchSharedList } from '../wordlists/subscribe';
import type { OptionsDeps } from './deps';

export function browserDeps(): OptionsDeps {
  const area = (a: unknown) => a as StorageAreaLike;
  return {
    areas: { local: area(browser.storage.local), sync: area(browser.storage.sync), managed: area(browser.storage.managed) },
    onStorageChanged(listener) {
      const l = (_changes: unknown, areaName: string) => {
        if (areaName === 'local' || areaName === 'sync' || areaName === 'managed') listener();
      };
      browser.storage.onChanged.addListener(l);
      return () => browser.storage.onChanged.removeListener(l);
    },
    permissions: {
      request: (origins) => browser.permissions.request({ origins }),
      contains: (origins) => browser.permissions.contains({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
    },
    // Only ever called for a shared list's own https address; no cookies, no document text.
    fetch: fetchSharedList,
    download: downloadText,
    now: () => new Date(),
  };
}
