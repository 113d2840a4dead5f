/**
 * What the three parts of the extension say to each other.
 *
 *   content script (in the page)  ──port "content"──►  background (runs the engine)
 *   side panel                    ──port "panel"────►  background
 *
 * The content script only reads text, draws highlights and applies a
 * replacement the user chose; it never runs a rule. Page text travels as
 * plain strings and is always rendered as text.
 */
import type { Block, DocStats, Finding, ProfileId, ProfileMatch, Report, RuleDocs, Severity, TextDoc } from '../engine/types';
import type { ListOp } from './list-edit';

export const CONTENT_PORT = 'doing-with-content';
export const PANEL_PORT = 'doing-with-panel';

export type SourceKind = 'page' | 'field' | 'selection';

/**
 * A block sent from the page; ids are content-addressed so unchanged blocks need not be sent again.
 *
 * Both sides keep the same set of blocks per source (block-ids.ts `unsent` on the page, TabSession.update
 * in the background): an update adds the blocks it carries, and a complete update (`complete: true`)
 * drops every block not in its `order`. When the background finds an id in `order` it does not have
 * (it restarted, or dropped an update while paused) it asks once with `resync`; the page then forgets
 * what it sent for that source and sends all of it, and the background asks nothing more until it has it.
 */
export type ContentToBackground =
  | { type: 'hello'; url: string; title: string }
  /** A new version of a source: `order` lists every block id; `blocks` holds only those the background has not seen. */
  | {
      type: 'source';
      sourceId: string;
      kind: SourceKind;
      label: string;
      order: string[];
      blocks: Block[];
      /** False while a large page is still being read in chunks. */
      complete: boolean;
      /** True when the user is working in this source now (focus, typing). */
      activate: boolean;
    }
  | { type: 'source-gone'; sourceId: string }
  | { type: 'problem'; problem: ProblemKind; detail?: string }
  | { type: 'replaced'; ok: boolean; message?: string }
  /** The highlights' steps did not fit the list the page has (it missed a message): send all of them. */
  | { type: 'highlights-lost' };

export interface HighlightItem {
  key: string;
  blockId: string;
  start: number;
  end: number;
  severity: Severity;
}

export type BackgroundToContent =
  | { type: 'check-page' }
  | { type: 'check-selection' }
  /** The background lacks blocks of this source: send every block of it again (once; see above). */
  | { type: 'resync'; sourceId: string }
  /**
   * What to underline: the list numbered `base` the page has (none when null), changed by the steps
   * of the 'highlights-page' messages just before this one (same listVersion), then by `ops`
   * (list-edit.ts). A long page's thousands of underlines are not sent again at each update.
   */
  | { type: 'highlights'; sourceId: string; listVersion: number; base: number | null; ops: ListOp<HighlightItem>[] }
  | { type: 'highlights-page'; listVersion: number; ops: ListOp<HighlightItem>[] }
  | { type: 'reveal'; sourceId: string; blockId: string; start: number; end: number }
  | { type: 'replace'; sourceId: string; blockId: string; start: number; end: number; expected: string; replacement: string }
  | { type: 'pause'; paused: boolean };

export type ProblemKind =
  | 'browser-page'
  | 'unreachable'
  /** The browser needs the toolbar button (or the keyboard shortcut) before we may read the page. */
  | 'needs-click'
  | 'no-text'
  | 'selection-empty'
  /** Google would not give us the document's export; `detail` is the plain message from fetchGoogleDoc. */
  | 'google-doc-refused';

/** A finding as the side panel shows it. */
export interface PanelFinding extends Finding {
  key: string;
  /** The sentence the flagged words are in, split around them. Plain text. */
  context: { before: string; match: string; after: string } | null;
}

/**
 * How far the check of a long page has got: its blocks being read in, the rules for one paragraph at
 * a time going through them, or the rules that read the whole page. `reading` is true while the page
 * itself is still sending its text.
 */
export interface CheckProgress {
  phase: 'reading' | 'blocks' | 'document';
  done: number;
  total: number;
  reading: boolean;
}

export interface RuleInfo {
  title: string;
  docs: RuleDocs;
}

export interface PanelSource {
  id: string;
  kind: SourceKind;
  label: string;
}

export interface PanelState {
  tabId: number;
  url: string;
  title: string;
  status: 'idle' | 'checking' | 'ready' | 'problem';
  problem?: { kind: ProblemKind; detail?: string };
  sources: PanelSource[];
  activeSourceId: string | null;
  /** The user's choice of profiles for this page, or null for "detect". */
  chosenProfiles: ProfileId[] | null;
  report: {
    findings: PanelFinding[];
    profiles: ProfileMatch[];
    stats: DocStats;
    ignoredCount: number;
    /** True while a large page is still being read, or its check is still under way. */
    partial: boolean;
    /** How far a check still under way has got; null when it is finished. */
    progress?: CheckProgress | null;
    /**
     * Which list this is, as numbered for this panel by the background: the next message's `edit`
     * names it as the list it changes.
     */
    listVersion?: number;
    /**
     * Set when `findings` is empty and the list is instead the list numbered `base` that this panel
     * has (none when null), changed by the `ops` of the 'findings-page' messages just before this
     * one (for the same listVersion) and then by these `ops` (see list-edit.ts). A long page's check
     * sends only what changed, and a long list in pages, not all of it in one message.
     */
    edit?: { base: number | null; ops: ListOp<PanelFinding>[] };
  } | null;
  paused: boolean;
  /** Automatic checking is on for this site. */
  siteOn: boolean;
  /** How many requests to turn automatic checking on or off the background has answered for this tab. */
  siteAnswers: number;
  /** Why the last such request did not work, in plain words; none when it did. */
  siteMessage?: string;
  /** The site's origin pattern, when the page is an ordinary web page. */
  siteOrigin: string | null;
  replaceMessage?: string;
  /**
   * Set when the tab is a Google Doc: the side panel fetches the export in the tab (same origin,
   * with the user's own session), reads it with DOMParser and sends the blocks back. `request`
   * goes up by one each time a check is asked for.
   */
  googleDoc?: { request: number } | null;
}

/** A document checked from the side panel (a file or pasted text), not from a tab. */
export interface DocReport extends Report {
  findings: PanelFinding[];
}

export type GoogleDocOutcome =
  | { ok: true; title: string; blocks: Block[] }
  | { ok: false; problem: 'google-doc-refused' | 'needs-click'; message: string };

export type PanelToBackground =
  | { type: 'watch'; tabId: number }
  | { type: 'check'; tabId: number }
  | { type: 'select-source'; tabId: number; sourceId: string }
  | { type: 'set-profiles'; tabId: number; profiles: ProfileId[] | null }
  | { type: 'reveal'; tabId: number; key: string }
  | { type: 'replace'; tabId: number; key: string; replacement: string }
  | { type: 'ignore'; tabId: number; key: string }
  | { type: 'unignore-all'; tabId: number }
  | { type: 'allow'; tabId: number; word: string }
  | { type: 'pause'; tabId: number; paused: boolean }
  | { type: 'site'; tabId: number; on: boolean }
  | { type: 'google-doc'; tabId: number; request: number; outcome: GoogleDocOutcome }
  | { type: 'lint-doc'; requestId: string; doc: TextDoc; profiles: ProfileId[] | null };

export type BackgroundToPanel =
  | { type: 'state'; state: PanelState }
  /** A part of the steps of the next state's `edit`, sent before it (ListOp, list-edit.ts). */
  | { type: 'findings-page'; tabId: number; listVersion: number; ops: ListOp<PanelFinding>[] }
  | { type: 'rules'; rules: Record<string, RuleInfo> }
  | { type: 'doc-report'; requestId: string; report: DocReport }
  /** Word lists, checks or the allow list changed: documents checked in the panel should be checked again. */
  | { type: 'settings-changed' };
