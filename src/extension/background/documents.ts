/**
 * Documents the side panel brings to the background that are not a tab's
 * page: a Google Doc the panel read from the export, a file, pasted text.
 * The engine still runs only here.
 */
import type { Block, ProfileId, TextDoc } from '../../engine/types';
import type { Linter } from '../../engine/linter';
import type { ContentToBackground, DocReport, GoogleDocOutcome, PanelFinding } from '../messages';
import { contextFor, findingKey } from './session';
import { engineConfig } from './stored-settings';

/** The source id a Google Doc's text is kept under in its tab's session. */
export const GOOGLE_DOC_SOURCE = 'google-doc';

/** Lint a whole document and give each finding its key and sentence, as for a page. */
export async function lintDocument(linter: Linter, doc: TextDoc, profiles: ProfileId[] | null): Promise<DocReport> {
  const config = await engineConfig();
  const report = linter.lint(doc, { ...config, ...(profiles?.length ? { profiles } : {}) });
  const blocks = new Map<string, Block>(doc.blocks.map((b) => [b.id, b]));
  const seen = new Map<string, number>();
  const findings: PanelFinding[] = report.findings.map((f) => ({
    ...f,
    key: findingKey(f, seen),
    context: contextFor(f.blockId ? blocks.get(f.blockId) : undefined, f.start, f.end),
  }));
  return { ...report, findings };
}

/** A Google Doc's text as a page source for its tab. */
export function googleDocSource(outcome: Extract<GoogleDocOutcome, { ok: true }>): Extract<ContentToBackground, { type: 'source' }> {
  return {
    type: 'source',
    sourceId: GOOGLE_DOC_SOURCE,
    kind: 'page',
    label: outcome.title || 'Google Doc',
    order: outcome.blocks.map((b) => b.id),
    blocks: outcome.blocks,
    complete: true,
    activate: true,
  };
}
