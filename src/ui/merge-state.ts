/**
 * A panel state from the background may carry only the findings added to the list the panel has
 * (`report.findingsFrom`, while a long page is checked): put them after the ones it has.
 */
import type { PanelState } from '../extension/messages';

/**
 * The state to show, or null when `next` adds to a list the panel does not have (it missed a
 * message, or the list changed meanwhile): then the panel asks for the whole state again.
 */
export function mergeState(prev: PanelState | null, next: PanelState): PanelState | null {
  const from = next.report?.findingsFrom;
  if (!next.report || !from) return next;
  const had = prev?.report;
  if (
    !had ||
    prev.tabId !== next.tabId ||
    prev.activeSourceId !== next.activeSourceId ||
    had.listVersion !== next.report.listVersion ||
    had.findings.length !== from
  ) {
    return null;
  }
  return { ...next, report: { ...next.report, findings: had.findings.concat(next.report.findings), findingsFrom: undefined } };
}
