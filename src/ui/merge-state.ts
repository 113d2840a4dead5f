/**
 * A panel state from the background carries its list of findings as steps from the list the panel
 * has (`report.edit`, list-edit.ts), some of them sent just before it in 'findings-page' messages:
 * build the list the state stands for.
 */
import type { PanelFinding, PanelState } from '../extension/messages';
import { applyList, type PendingPages as Pages } from '../extension/list-edit';

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
  const findings = applyList(base, pages.length ? [...pages, ...edit.ops] : edit.ops);
  if (!findings) return null;
  return { ...next, report: { ...next.report, findings, edit: undefined } };
}
