import type { Linter } from '../../engine/linter';

/**
 * One Linter per checked source (a tab's page, a field in it, a selection). A Linter's caches hold
 * the blocks of the document it last checked and its settings, so two tabs sharing one would throw
 * away each other's work at every check: a re-check after an edit would cost a whole check.
 */
export class LinterPool {
  private readonly linters = new Map<string, Linter>();

  constructor(private readonly create: () => Linter) {}

  /** The Linter for one source of one tab, made on first use. */
  for(tabId: number, sourceId: string): Linter {
    const key = `${tabId}:${sourceId}`;
    let linter = this.linters.get(key);
    if (!linter) this.linters.set(key, (linter = this.create()));
    return linter;
  }

  /** The tab closed or moved to another page: its cached work is no use any more. */
  dropTab(tabId: number): void {
    const prefix = `${tabId}:`;
    for (const key of [...this.linters.keys()]) if (key.startsWith(prefix)) this.linters.delete(key);
  }

  get size(): number {
    return this.linters.size;
  }
}
