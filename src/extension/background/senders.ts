/**
 * Who may open which port. Only the extension's own pages (the side panel,
 * also when opened in a tab) may open a panel port: a panel port can ask
 * about any tab, so a content script — which runs inside web pages — must
 * not get one. Content scripts speak only for the tab they run in, which the
 * background takes from the browser's sender, never from the message.
 */

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * True when the sender is a page of this extension. `extensionBase` is
 * runtime.getURL('/') (chrome-extension://<id>/ or moz-extension://<uuid>/).
 */
export function isOwnExtensionPage(sender: SenderLike | undefined, extensionBase: string, extensionId: string): boolean {
  if (!sender?.url || (sender.id !== undefined && sender.id !== extensionId)) return false;
  let url: URL;
  let base: URL;
  try {
    url = new URL(sender.url);
    base = new URL(extensionBase);
  } catch {
    return false;
  }
  return url.protocol === base.protocol && url.host === base.host;
}

/** The tab a content script's port speaks for: its own tab's top frame, or null. */
export function contentTab(sender: SenderLike | undefined): number | null {
  const tabId = sender?.tab?.id;
  if (tabId === undefined || tabId < 0 || (sender?.frameId ?? 0) !== 0) return null;
  return tabId;
}
