/** The side panel's line to the background, and which tab the panel is about. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addPage, mergeState, type PendingPages } from './merge-state';
import { PressHold } from './press-hold';
import { PANEL_PORT, type BackgroundToPanel, type PanelState, type PanelToBackground, type RuleInfo } from '../extension/messages';

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * The tab to show: `?tabId=` when the panel is opened as a page for a given
 * tab (tests do this), else the active tab of this window, following the user
 * as they switch tabs.
 */
export function useTabId(): number | null {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(pinned) && pinned > 0 ? pinned : null);
  useEffect(() => {
    if (Number.isInteger(pinned) && pinned > 0) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      if (tab?.id !== undefined) setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

export function usePanel(tabId: number | null): {
  state: PanelState | null;
  rules: Record<string, RuleInfo>;
  send: (m: PanelToBackground) => void;
  /** Hear every message from the background (document reports, settings changes). */
  listen: (fn: (m: BackgroundToPanel) => void) => () => void;
} {
  const [state, setState] = useState<PanelState | null>(null);
  const [rules, setRules] = useState<Record<string, RuleInfo>>({});
  const port = useRef<Port | null>(null);
  /** The state as last received (setState shows it later): what findings sent as additions add to. */
  const current = useRef<PanelState | null>(null);
  /** Steps of the next state's list that came ahead of it. */
  const pages = useRef<PendingPages | null>(null);
  const listeners = useRef(new Set<(m: BackgroundToPanel) => void>());
  const hold = useRef(new PressHold<PanelState | null>());
  const show = (next: PanelState | null) => {
    if (hold.current.offer(next)) setState(next);
  };

  useEffect(() => {
    const press = () => hold.current.press();
    const release = () => {
      const waiting = hold.current.release();
      if (waiting) setState(waiting.value);
    };
    // The click event comes after pointerup in the same task: show the waiting state after it.
    const releaseAfterClick = () => setTimeout(release, 0);
    document.addEventListener('pointerdown', press, true);
    document.addEventListener('pointerup', releaseAfterClick, true);
    document.addEventListener('pointercancel', release, true);
    window.addEventListener('blur', release);
    return () => {
      document.removeEventListener('pointerdown', press, true);
      document.removeEventListener('pointerup', releaseAfterClick, true);
      document.removeEventListener('pointercancel', release, true);
      window.removeEventListener('blur', release);
    };
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    const connect = () => {
      const p = browser.runtime.connect({ name: PANEL_PORT });
      port.current = p;
      p.onMessage.addListener((raw: unknown) => {
        const m = raw as BackgroundToPanel;
        if (m.type === 'rules') setRules(m.rules);
        else if (m.type === 'findings-page' && m.tabId === tabId) pages.current = addPage(pages.current, m.listVersion, m.ops);
        else if (m.type === 'state' && m.state.tabId === tabId) {
          const merged = mergeState(current.current, m.state, pages.current);
          pages.current = null;
          // Findings added to a list this panel does not have: ask for the whole state.
          if (!merged) p.postMessage({ type: 'watch', tabId } satisfies PanelToBackground);
          else {
            current.current = merged;
            show(merged);
          }
        }
        for (const l of listeners.current) l(m);
      });
      // The background may be restarted by the browser: reconnect and ask again.
      p.onDisconnect.addListener(() => {
        if (!stopped) setTimeout(connect, 200);
      });
      p.postMessage({ type: 'watch', tabId } satisfies PanelToBackground);
    };
    show(null);
    current.current = null;
    pages.current = null;
    connect();
    return () => {
      stopped = true;
      port.current?.disconnect();
    };
  }, [tabId]);

  return {
    state,
    rules,
    send: (m) => port.current?.postMessage(m),
    listen: (fn) => {
      listeners.current.add(fn);
      return () => void listeners.current.delete(fn);
    },
  };
}
