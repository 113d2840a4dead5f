/** The tab's checked document (a page or a Google Doc) as review mode sees it. */
import type { PanelState } from '../../extension/messages';
import { docKeyForUrl } from '../../review/state';
import { googleDocSources } from '../sources/google-docs';
import type { ReviewDoc } from './document';

export function tabReviewDoc(state: PanelState): ReviewDoc {
  const report = state.report!;
  const source = state.googleDoc ? googleDocSources.get(state.tabId) : undefined;
  return {
    docKey: docKeyForUrl(state.url),
    title: state.title || state.url,
    url: state.url,
    path: state.url,
    findings: report.findings,
    profiles: report.profiles,
    stats: report.stats,
    ...(source ? { source } : {}),
  };
}
