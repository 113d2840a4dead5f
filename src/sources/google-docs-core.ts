/**
 * Google Docs → SourceDoc, without an HTML parser of its own: the caller
 * passes `htmlToDocument` (DOMParser in the side panel), so browser bundles
 * stay small. google-docs.ts wraps this with linkedom for Node and documents
 * the API.
 */
import type { TextDoc } from '../engine';
import { blocksFromDom } from './dom-blocks';
import { blockLocator } from './block-locator';
import type { SourceDoc } from './types';
import { exportUrl, parseGoogleDocUrl, type GoogleDocRef } from './google-docs-url';

export { exportUrl, parseGoogleDocUrl, type GoogleDocRef };


export type GoogleDocRefusalReason =
  | 'not-a-google-doc'
  | 'no-permission'
  | 'signed-out'
  | 'redirected'
  | 'not-found'
  | 'busy'
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'empty'
  | 'too-large'
  | 'unexpected';

export type GoogleDocResult =
  | { ok: true; docId: string; title: string; source: SourceDoc }
  | {
      ok: false;
      reason: GoogleDocRefusalReason;
      /** Plain English for the user: why, and what to do instead. */
      message: string;
      /** The HTTP status, or null when there was no response. */
      status: number | null;
    };

/** The parts of a fetch Response we read, so tests can pass plain objects. */
export interface FetchResponseLike {
  ok: boolean;
  status: number;
  url: string;
  redirected: boolean;
  /** 'opaqueredirect' for a redirect not followed (redirect: 'manual'). */
  type?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<FetchResponseLike>;

export interface FetchGoogleDocOptions {
  /** Give up after this long (default 30 seconds). */
  timeoutMs?: number;
  /** Turn HTML into a Document: DOMParser in a browser page; google-docs.ts defaults to linkedom. */
  htmlToDocument: (html: string) => Document;
}

/** Bigger than any real document's HTML export; the same limit as for files. */
export const MAX_EXPORT_CHARS = 20 * 1024 * 1024;

const INSTEAD = 'Instead, you can copy the text and paste it into Doing With, or download the document (File › Download › Microsoft Word) and upload the file.';

const MESSAGES: Record<GoogleDocRefusalReason, string> = {
  'not-a-google-doc': `This does not look like a Google Docs document, so we cannot fetch it from Google. ${INSTEAD}`,
  'no-permission':
    'Google would not let us download this document. The owner may have turned off downloading, printing and copying for people who can view or comment, or your account may not have access. ' +
    'You can ask the owner for a copy of the file and upload it, or, if you can select the text, copy it and paste it into Doing With.',
  'signed-out': `Google asked you to sign in before it would share this document. Sign in to Google in this browser and try again. ${INSTEAD}`,
  redirected: `Google sent us to another page instead of the document, usually its sign-in page. Check that you are signed in to Google in this browser, then try again. ${INSTEAD}`,
  'not-found': `Google could not find this document. It may have been deleted or moved to the bin, or the link may be wrong. Check the link and try again. ${INSTEAD}`,
  busy: `Google is busy and asked us to wait. Please try again in a minute. ${INSTEAD}`,
  'server-error': `Google had a problem sending this document. Please try again in a few minutes. ${INSTEAD}`,
  network: `We could not reach Google. Check your internet connection and that you are still signed in, then try again. ${INSTEAD}`,
  timeout: `Google took too long to send this document. Please try again. ${INSTEAD}`,
  empty: 'This document has no text in it yet, so there is nothing to check. Add some text and try again.',
  'too-large': 'This document is too large to check in one go (over 20 MB when downloaded). Try checking one section at a time: copy it and paste it into Doing With.',
  unexpected: `Google sent back something we did not expect instead of the document. Please try again. ${INSTEAD}`,
};

function refuse(reason: GoogleDocRefusalReason, status: number | null): GoogleDocResult {
  return { ok: false, reason, message: MESSAGES[reason], status };
}

/** Google's sign-in page, which it may send (or redirect to) instead of the document. */
export function looksLikeSignIn(html: string): boolean {
  return (
    /accounts\.google\.com\/(?:v3\/signin|ServiceLogin|signin)/i.test(html) ||
    /<title>\s*Sign[\s-]in\s*[-–—]\s*Google Accounts\s*<\/title>/i.test(html)
  );
}

const isSignInUrl = (url: string) => /^https:\/\/accounts\.google\.com\//i.test(url);

/** Elements Google adds that are not the document's text. */
function removeNoise(body: Element): void {
  for (const a of Array.from(body.querySelectorAll('a[id^="cmnt"], a[id^="ftnt_ref"]'))) {
    const id = a.getAttribute('id') ?? '';
    if (/^cmnt_ref\d+$/.test(id) || /^ftnt_ref\d+$/.test(id)) {
      // [a] comment markers and [1] footnote numbers in the text, with the <sup> around them.
      const sup = a.parentElement?.localName === 'sup' ? a.parentElement : a;
      sup.remove();
    } else if (/^cmnt\d+$/.test(id)) {
      // A comment at the end: Google wraps each one in a <div>.
      let box: Element | null = a;
      while (box && box.parentElement && box.parentElement !== body) box = box.parentElement;
      box?.remove();
    }
  }
  // The number in front of a footnote's own text at the end.
  for (const a of Array.from(body.querySelectorAll('a[id^="ftnt"]'))) {
    if (!/^ftnt\d+$/.test(a.getAttribute('id') ?? '')) continue;
    const paragraph = a.parentElement;
    a.remove();
    // Google puts a no-break space between the number and the note.
    const walker = paragraph?.ownerDocument.createTreeWalker(paragraph, 4 /* NodeFilter.SHOW_TEXT */);
    const first = walker?.nextNode() as Text | null | undefined;
    if (first) first.data = first.data.replace(/^\s+/, '');
  }
}

/**
 * Google's export styles text through classes in its <style> sheet
 * (.c3{font-weight:700}). Bold, italics and underlining are copied onto the
 * elements' own style attribute, which the DOM reader reads.
 */
function inlineTextStyles(page: Document, body: Element): void {
  const sheet = Array.from(page.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
  const styles = new Map<string, string>();
  for (const m of sheet.matchAll(/\.(c\d+)\s*\{([^}]*)\}/g)) {
    const rules = m[2]!;
    const parts: string[] = [];
    if (/font-weight\s*:\s*(?:bold|[6-9]00)/i.test(rules)) parts.push('font-weight:700');
    if (/font-style\s*:\s*italic/i.test(rules)) parts.push('font-style:italic');
    if (/text-decoration(?:-line)?\s*:[^;]*underline/i.test(rules)) parts.push('text-decoration:underline');
    if (parts.length) styles.set(m[1]!, parts.join(';'));
  }
  if (!styles.size) return;
  for (const el of Array.from(body.querySelectorAll('span[class]'))) {
    const added = (el.getAttribute('class') ?? '').split(/\s+/).map((c) => styles.get(c)).filter(Boolean);
    if (added.length) el.setAttribute('style', `${el.getAttribute('style') ?? ''};${added.join(';')}`);
  }
}

/** Google sends every link through its own redirect (google.com/url?q=…); the real target is what the link is. */
function unwrapLinks(body: Element): void {
  for (const a of Array.from(body.querySelectorAll('a[href^="https://www.google.com/url?"]'))) {
    try {
      const target = new URL(a.getAttribute('href') ?? '').searchParams.get('q');
      if (target) a.setAttribute('href', target);
    } catch {
      // Not a URL we can read: keep it as it is.
    }
  }
}

function rename(el: Element, name: string): void {
  const doc = el.ownerDocument;
  const replacement = doc.createElement(name);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
}

export function googleDocFromHtml(
  html: string,
  meta: TextDoc['meta'] = {},
  options: Pick<FetchGoogleDocOptions, 'htmlToDocument'>,
): SourceDoc {
  const page = options.htmlToDocument(html);
  const body = page.body ?? page.documentElement;
  let doc: TextDoc = { blocks: [], meta: {} };
  if (body) {
    removeNoise(body);
    inlineTextStyles(page, body);
    unwrapLinks(body);
    for (const p of Array.from(body.querySelectorAll('p.title'))) rename(p, 'h1');
    for (const p of Array.from(body.querySelectorAll('p.subtitle'))) rename(p, 'h2');
    doc = blocksFromDom(body).doc;
  }
  doc.meta = { ...meta };
  const title = page.title?.replace(/\s+/g, ' ').trim();
  if (!doc.meta.title && title) doc.meta.title = title;
  return { doc, locate: blockLocator(doc) };
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

export async function fetchGoogleDoc(
  url: string,
  fetchFn: FetchLike,
  options: FetchGoogleDocOptions,
): Promise<GoogleDocResult> {
  const ref = parseGoogleDocUrl(url);
  if (!ref) return refuse('not-a-google-doc', null);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 30_000);

  try {
    let response: FetchResponseLike;
    try {
      response = await fetchFn(exportUrl(ref), {
        method: 'GET',
        credentials: 'include',
        redirect: 'follow',
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (e) {
      if (timedOut || errorName(e) === 'AbortError' || errorName(e) === 'TimeoutError') return refuse('timeout', null);
      // A redirect to another site (Google's sign-in page) fails like a network
      // error, because that site does not allow the request. Asking again
      // without following redirects tells the two apart.
      try {
        const probe = await fetchFn(exportUrl(ref), { method: 'GET', credentials: 'include', redirect: 'manual', cache: 'no-store', signal: controller.signal });
        if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) return refuse('redirected', null);
      } catch {
        // Really a network failure (or the timeout).
      }
      return refuse(timedOut ? 'timeout' : 'network', null);
    }
    const { status } = response;
    if (isSignInUrl(response.url)) return refuse('signed-out', status);
    if (status === 401 || status === 403) return refuse('no-permission', status);
    if (status === 404 || status === 410) return refuse('not-found', status);
    if (status === 429) return refuse('busy', status);
    if (status >= 500) return refuse('server-error', status);
    if (!response.ok) return refuse('unexpected', status);

    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > MAX_EXPORT_CHARS) return refuse('too-large', status);
    let html: string;
    try {
      html = await response.text();
    } catch {
      return refuse(timedOut ? 'timeout' : 'network', status);
    }
    if (html.length > MAX_EXPORT_CHARS) return refuse('too-large', status);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/text\/html/i.test(type)) return refuse('unexpected', status);
    if (looksLikeSignIn(html)) return refuse('signed-out', status);
    if (!/<html[\s>]|<body[\s>]/i.test(html)) return refuse('unexpected', status);

    const source = googleDocFromHtml(html, { source: url }, options);
    if (!source.doc.blocks.some((b) => b.text.trim())) return refuse('empty', status);
    return { ok: true, docId: ref.id, title: source.doc.meta.title ?? '', source };
  } finally {
    clearTimeout(timer);
  }
}
