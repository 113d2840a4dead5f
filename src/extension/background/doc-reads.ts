/**
 * When to read a Google Doc's export again. The side panel does each read inside the Docs tab, so
 * the background keeps the newest read asked for per tab and decides, each time something asks for
 * a check, whether that read will do.
 */

/** The newest read of a tab's Google Doc that the background asked the panel for. */
export interface DocRead {
  docId: string;
  /** Numbers the read: an answer to an older one is dropped. */
  request: number;
  startedAt: number;
  answered: boolean;
  /** Something asked for a check while this read was on its way: read once more when it is back. */
  again: boolean;
}

/** A read that started this recently sees the document as it is now. */
export const FRESH_READ_MS = 1500;

/**
 * - `start`: ask for a new read;
 * - `wait`: the read on its way will see the document as it is now;
 * - `again`: the read on its way may predate the latest edit, so read once more when it is back.
 *
 * `newPage`: the tab has just loaded the Doc (again). A read asked for before that ran in the page
 * that is gone: its answer can only be a failure, which would show "Google did not share this
 * document" for a Doc that reads fine. So a new read starts, and the old answer is dropped.
 */
export function nextRead(before: DocRead | undefined, docId: string, now: number, newPage: boolean): 'start' | 'wait' | 'again' {
  if (!before || before.docId !== docId || before.answered || newPage) return 'start';
  return now - before.startedAt > FRESH_READ_MS ? 'again' : 'wait';
}
