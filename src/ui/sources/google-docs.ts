/**
 * Google Docs from the side panel. Docs draws its text itself, so the page
 * checker cannot read it. Instead the panel runs a small fetch inside the
 * Docs tab (same origin, so the user's own Google session is used and no
 * other host permission is needed; the toolbar click's activeTab allows it),
 * reads the export with the panel's DOMParser, and sends the text to the
 * background, which checks it like a page. A second small script in the tab
 * tells the panel when the user has stopped typing, so the check follows edits.
 */
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { browserHtmlToDocument } from '../../sources/browser-html';
import { fetchGoogleDoc, type FetchLike } from '../../sources/google-docs-core';
import type { SourceDoc } from '../../sources/types';
import type { GoogleDocOutcome, PanelState, PanelToBackground } from '../../extension/messages';

/** Check again this long after the last edit. */
export const QUIET_MS = 3000;
export const EDITED_MESSAGE = 'doing-with-docs-edited';

type Fetched =
  | { ok: boolean; status: number; url: string; redirected: boolean; type: string; contentType: string | null; contentLength: string | null; text: string }
  | { error: string; name: string };

/** Runs in the Docs tab. Self-contained: executeScript sends only this function's source. */
async function fetchInTab(url: string, redirect: RequestRedirect, timeoutMs: number): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const r = await fetch(url, { method: 'GET', credentials: 'include', redirect, cache: 'no-store', signal: controller.signal });
    const text = r.type === 'opaqueredirect' ? '' : await r.text();
    return {
      ok: r.ok, status: r.status, url: r.url, redirected: r.redirected, type: r.type,
      contentType: r.headers.get('content-type'), contentLength: r.headers.get('content-length'), text,
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'TypeError' };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs in the Docs tab: tell the panel when the user has stopped editing for a few seconds. */
function watchEdits(quietMs: number, message: string): void {
  const w = window as unknown as { __doingWithDocsWatch?: boolean };
  if (w.__doingWithDocsWatch) return;
  w.__doingWithDocsWatch = true;
  type Runtime = { runtime: { sendMessage(m: unknown): unknown } };
  const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const api = g.browser ?? g.chrome;
  if (!api) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void Promise.resolve(api.runtime.sendMessage({ type: message })).catch(() => undefined), quietMs);
  };
  const editor = document.querySelector('.kix-appsview, .docs-editor-container, #docs-editor') ?? document.body;
  new MutationObserver(changed).observe(editor, { childList: true, subtree: true, characterData: true });
  // Docs takes keystrokes in a small same-origin frame; listen there too (capture, read only).
  const targets: (Document | Window)[] = [document];
  for (const f of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe.docs-texteventtarget-iframe'))) {
    if (f.contentDocument) targets.push(f.contentDocument);
  }
  for (const t of targets) for (const type of ['keydown', 'paste', 'cut', 'drop']) t.addEventListener(type, changed, { capture: true, passive: true });
}

/** fetch() run in the tab, shaped as the Response fetchGoogleDoc reads. */
export function tabFetch(tabId: number, timeoutMs = 30_000): FetchLike {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const signal = init.signal;
      const aborted = () => reject(new DOMException('The check was stopped.', 'AbortError'));
      if (signal?.aborted) return aborted();
      signal?.addEventListener('abort', aborted, { once: true });
      browser.scripting
        .executeScript({ target: { tabId }, func: fetchInTab, args: [url, init.redirect ?? 'follow', timeoutMs] })
        .then((results) => {
          const r = results[0]?.result as Fetched | undefined;
          if (!r || 'error' in r) {
            const e = new Error(r?.error ?? 'No answer from the tab');
            e.name = r?.name ?? 'TypeError';
            throw e;
          }
          const headers: Record<string, string | null> = { 'content-type': r.contentType, 'content-length': r.contentLength };
          resolve({ ...r, headers: { get: (name) => headers[name.toLowerCase()] ?? null }, text: async () => r.text });
        })
        .catch(reject)
        .finally(() => signal?.removeEventListener('abort', aborted));
    });
}

/** The last Google Doc read in each tab, for the review report's places. */
export const googleDocSources = new Map<number, SourceDoc>();

export async function readGoogleDoc(tabId: number, url: string): Promise<GoogleDocOutcome> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: watchEdits, args: [QUIET_MS, EDITED_MESSAGE] });
  } catch {
    return { ok: false, problem: 'needs-click', message: '' };
  }
  const r = await fetchGoogleDoc(url, tabFetch(tabId), { htmlToDocument: browserHtmlToDocument });
  if (!r.ok) return { ok: false, problem: 'google-doc-refused', message: r.message };
  googleDocSources.set(tabId, r.source);
  return { ok: true, title: r.title, blocks: r.source.doc.blocks };
}

/** Answer the background's requests to read the Google Doc, and check again after edits. */
export function useGoogleDoc(state: PanelState | null, send: (m: PanelToBackground) => void): void {
  const handled = useRef(new Set<string>());
  const tabId = state?.tabId;
  const request = state?.googleDoc?.request;
  const url = state?.url ?? '';
  useEffect(() => {
    if (tabId === undefined || request === undefined) return;
    const key = `${tabId}:${request}`;
    if (handled.current.has(key)) return;
    handled.current.add(key);
    void readGoogleDoc(tabId, url).then((outcome) => send({ type: 'google-doc', tabId, request, outcome }));
  }, [tabId, request, url]);

  const isDoc = request !== undefined;
  useEffect(() => {
    if (tabId === undefined || !isDoc) return;
    const onMessage = (m: unknown, sender: { tab?: { id?: number } }) => {
      if ((m as { type?: unknown })?.type === EDITED_MESSAGE && sender.tab?.id === tabId) send({ type: 'check', tabId });
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, isDoc]);
}
