/**
 * A panel state from the background carries its list of findings as steps from the list the panel
 * has (`report.edit`, list-edit.ts), some of them sent just before it in 'findings-page' messages:
 * build the list the state stands for.
 */
import type { PanelFinding, PanelState } from '../extension/messages';
import { applyList, type ListOp, type PendingPages as Pages } from '../extension/list-edit';

export { addPage } from '../extension/list-edit';
export type PendingPages = Pages<PanelFinding>;

/**
 * The state to show, or null when `next` changes a list the panel does not have (it missed a
 * message, or was not sent the pages before it): then the panel asks for the whole state again.
 */
export function mergeState(prev: PanelState | null, next: PanelState, pending: PendingPages | null = null): PanelState | null {
  const edit = next.report?.edit;
  if (!next.report || !edit) return next;
  const had = prev?.report;
  let base: PanelFinding[] = [];
  if (edit.base !== null) {
    if (!had || prev.tabId !== next.tabId || prev.activeSourceId !== next.activeSourceId || had.listVersion !== edit.base) return null;
    base = had.findings;
  }
  const pages = pending && pending.listVersion === next.report.listVersion ? pending.ops : [];
  const ops = pages.length ? [...pages, ...edit.ops] : edit.ops;
  // Most states of a long check change only the progress: keep the very same list, so the panel
  // sees it unchanged and does not sort, count and draw thousands of findings again.
  const findings = keepsAll(ops, base) ? base : applyList(base, ops);
  if (!findings) return null;
  return { ...next, report: { ...next.report, findings, edit: undefined } };
}

/** The steps keep the whole list as it is. */
function keepsAll(ops: readonly ListOp<PanelFinding>[], base: readonly PanelFinding[]): boolean {
  if (!base.length) return false;
  const [op] = ops;
  return ops.length === 1 && !!op && 'keep' in op && op.keep[0] === 0 && op.keep[1] === base.length;
}
