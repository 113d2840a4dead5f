/**
 * The options page's view of stored settings: loads them (with the
 * organisation's on top), saves the personal part, reloads when another part
 * of the extension changes them, and announces what happened.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../storage/schema';
import { loadSettings, saveSettings, type LoadedSettings } from '../storage/store';
import { migrateLegacyItems } from '../storage/legacy';
import type { OptionsDeps } from './deps';

export interface SettingsApi {
  loaded: LoadedSettings | null;
  loadError: string | null;
  /** The latest "Saved …" or problem message, for the page's status region. */
  status: string;
  announce(message: string): void;
  /** Change personal settings and save. Resolves false (and says why) if saving failed. */
  update(change: (personal: Settings) => Settings, done: string): Promise<boolean>;
  reload(): Promise<void>;
}

export function useSettings(deps: OptionsDeps): SettingsApi {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const saving = useRef(0);

  const reload = useCallback(async () => {
    try {
      setLoaded(await loadSettings(deps.areas));
      setLoadError(null);
    } catch {
      setLoadError('Your settings could not be read. Try closing this page and opening it again.');
    }
  }, [deps]);

  useEffect(() => {
    void (async () => {
      await migrateLegacyItems(deps.areas).catch(() => false);
      await reload();
    })();
    // Our own saves also fire this; reloading then is harmless and keeps managed settings current.
    return deps.onStorageChanged(() => {
      if (!saving.current) void reload();
    });
  }, [deps, reload]);

  // Saying the same thing twice must still be announced, so nudge the text.
  const announce = useCallback((m: string) => setStatus((prev) => (prev === m ? `${m}\u00a0` : m)), []);

  const update = useCallback(
    async (change: (personal: Settings) => Settings, done: string) => {
      saving.current++;
      try {
        const { personal } = await loadSettings(deps.areas);
        const result = await saveSettings(deps.areas, change(personal));
        const fresh = await loadSettings(deps.areas);
        if (result.notice) fresh.notice = result.notice;
        setLoaded(fresh);
        announce(done);
        return true;
      } catch (e) {
        const quota = /quota/i.test(String(e));
        announce(
          quota
            ? 'This could not be saved because the browser’s storage for Doing With is full. Remove a large word list and try again.'
            : 'This could not be saved. Nothing has changed. Please try again.',
        );
        return false;
      } finally {
        saving.current--;
      }
    },
    [deps],
  );

    return { loaded, loadError, status, announce, update, reload };
}
