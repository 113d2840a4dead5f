/**
 * Checks of tab sources run one at a time (they share one Linter and its
 * caches). A newer check of the same source replaces a waiting one, and tells
 * a running one to stop at its next pause: what it finished is cached, so the
 * newer check starts from there.
 */
export type CheckJob = (superseded: () => boolean) => Promise<void>;

export class CheckQueue {
  private running: { key: string; superseded: boolean } | null = null;
  /** Waiting checks by source, in the order their sources first asked. */
  private waiting = new Map<string, CheckJob>();
  private idleWaiters: (() => void)[] = [];

  request(key: string, job: CheckJob): void {
    if (this.running?.key === key) this.running.superseded = true;
    this.waiting.set(key, job);
    void this.next();
  }

  /** Resolves when no check is running or waiting. */
  idle(): Promise<void> {
    if (!this.running && !this.waiting.size) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async next(): Promise<void> {
    if (this.running) return;
    const first = this.waiting.entries().next();
    if (first.done) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    const [key, job] = first.value;
    this.waiting.delete(key);
    const run = { key, superseded: false };
    this.running = run;
    try {
      await job(() => run.superseded);
    } catch {
      // A failed check must not stop the others; its source keeps its last report.
    } finally {
      this.running = null;
      void this.next();
    }
  }
}
