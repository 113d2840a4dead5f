/**
 * The content script's line to the background. The background (a service
 * worker) may be stopped and restarted by the browser; when the port drops,
 * the next message reconnects and `onReconnect` lets the sources send their
 * whole text again.
 */
import { browser } from 'wxt/browser';
import { CONTENT_PORT, type BackgroundToContent, type ContentToBackground } from '../messages';

type Port = ReturnType<typeof browser.runtime.connect>;

export class Connection {
  private port: Port | null = null;

  constructor(
    private readonly onMessage: (msg: BackgroundToContent) => void,
    private readonly onReconnect: () => void,
  ) {}

  private ensure(): Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: CONTENT_PORT });
    port.onMessage.addListener((m: unknown) => this.onMessage(m as BackgroundToContent));
    port.onDisconnect.addListener(() => {
      this.port = null;
      this.onReconnect();
    });
    this.port = port;
    return port;
  }

  send(msg: ContentToBackground): void {
    try {
      this.ensure().postMessage(msg);
    } catch {
      // The extension was reloaded or removed: this copy of the script is orphaned. Stay quiet.
      this.port = null;
    }
  }
}
