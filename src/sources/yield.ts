/**
 * Give the thread back between slices of long work (reading a page, checking
 * it): scheduler.yield where there is one, else a message (no 4 ms timer
 * clamp), else a timer. Works in a page, a side panel and a service worker.
 */
export function yieldToPage(): Promise<void> {
  const g = globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof g.scheduler?.yield === 'function') return g.scheduler.yield();
  return yieldBehindWaitingTasks();
}

/**
 * Go on only after every task already waiting has run (scheduler.yield would come back first):
 * a check in the background must let the messages that arrived meanwhile in, as one may replace it.
 */
export function yieldBehindWaitingTasks(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise<void>((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    });
  }
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

