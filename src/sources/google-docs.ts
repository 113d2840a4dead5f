/**
 * Google Docs → SourceDoc, through the document's own HTML export.
 *
 * API (for the content script on docs.google.com and the side panel):
 *
 *   parseGoogleDocUrl(url: string): GoogleDocRef | null
 *     The doc id (and account index / resource key) from any editor, viewer or
 *     preview URL: /document/d/<id>/edit, /document/u/1/d/<id>/…,
 *     /a/<domain>/document/d/<id>/…, ?resourcekey=…. Null for anything else,
 *     including “published to the web” links (/document/d/e/…), which are
 *     ordinary pages.
 *
 *   exportUrl(ref: GoogleDocRef): string
 *     https://docs.google.com/document/d/<id>/export?format=html (keeping /u/N/
 *     and the resource key, so the right account and link are used).
 *
 *   fetchGoogleDoc(url, fetchFn = fetch, options?): Promise<GoogleDocResult>
 *     Fetches the export with the user's own session (same origin when called
 *     from a content script on docs.google.com; nothing goes anywhere else;
 *     if the first request fails, a second one with redirect: 'manual' tells a
 *     redirect to the sign-in page from a network failure) and
 *     never throws: `{ ok: true, source, title, docId }`, or
 *     `{ ok: false, reason, message, status }` where message is plain English
 *     that says why and offers pasting the text or uploading a file instead.
 *
 *   googleDocFromHtml(html, meta?, options?): SourceDoc
 *     The parsing step alone (for a test, or HTML fetched some other way).
 *     Google's “title”/“subtitle” paragraphs become headings (levels 1 and 2,
 *     as for Word's Title and Subtitle); h1–h6 stay headings; list items are
 *     list items; table cells are table cells; the <style> sheet, comments
 *     and their [a] markers, and footnote numbers are left out.
 *
 * Positions are block number and column, as for HTML and Word files.
 */
import { parseHTML } from 'linkedom';
import type { TextDoc } from '../engine';
import type { SourceDoc } from './types';
import {
  fetchGoogleDoc as fetchWith,
  googleDocFromHtml as parseWith,
  type FetchGoogleDocOptions as CoreOptions,
  type FetchLike,
  type GoogleDocResult,
} from './google-docs-core';

export * from './google-docs-core';

/** As in google-docs-core, but htmlToDocument defaults to linkedom (works without a DOM). */
export type FetchGoogleDocOptions = Partial<CoreOptions>;

function defaultDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function googleDocFromHtml(
  html: string,
  meta: TextDoc['meta'] = {},
  options: Pick<FetchGoogleDocOptions, 'htmlToDocument'> = {},
): SourceDoc {
  return parseWith(html, meta, { htmlToDocument: options.htmlToDocument ?? defaultDocument });
}

export function fetchGoogleDoc(
  url: string,
  fetchFn: FetchLike = (u, init) => fetch(u, init),
  options: FetchGoogleDocOptions = {},
): Promise<GoogleDocResult> {
  return fetchWith(url, fetchFn, { ...options, htmlToDocument: options.htmlToDocument ?? defaultDocument });
}
