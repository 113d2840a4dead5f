/**
 * HTML → SourceDoc, without an HTML parser of its own: the caller passes
 * `htmlToDocument` (the browser's DOMParser in the side panel and review page,
 * linkedom in Node through html.ts), so browser bundles carry no parser.
 *
 * A full web page goes through Readability first, so the
 * menus, cookie banners and footers around the article are not checked; a
 * fragment (or a Word document turned into HTML) is used as it is.
 *
 * HTML has no useful line numbers once it is turned into text, so positions
 * are given as block number (line) and offset in the block + 1 (column),
 * with offset null.
 */
import { Readability } from '@mozilla/readability';
import type { TextDoc } from '../engine';
import { blockLocator } from './block-locator';
import { blocksFromDom } from './dom-blocks';
import { tooComplexForMainText } from './html-limits';
import type { SourceDoc } from './types';

/** Turns markup into a Document: the browser's DOMParser, or linkedom in Node. */
export type HtmlToDocument = (html: string) => Document;

export interface HtmlOptions {
  /** The parser: the browser's DOMParser, or linkedom in Node (html.ts). */
  htmlToDocument: HtmlToDocument;
  /** 'auto' (default): Readability for a full page, nothing for a fragment. */
  mainText?: 'auto' | 'always' | 'never';
  /** Collects notes for the person (e.g. the whole page was read because it was too big to pick the main text from). */
  notes?: string[];
}

/** True when the markup is a whole page rather than a fragment. */
export function isFullPage(source: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(source) || /<body[\s>]/i.test(source);
}

function documentFor(toDocument: HtmlToDocument, source: string, full: boolean): Document {
  return toDocument(full ? source : `<!doctype html><html><head></head><body>${source}</body></html>`);
}

/** Readability's idea of the main text, or null when it finds nothing worth having. */
function mainContent(toDocument: HtmlToDocument, source: string): { body: Element; title: string } | null {
  // Readability changes the document it reads, so it gets its own copy.
  const copy = documentFor(toDocument, source, true);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(copy, { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
  if (!article?.content || !article.textContent?.trim()) return null;
  const body = documentFor(toDocument, article.content, false).body;
  if (!body) return null;
  return { body, title: article.title?.trim() ?? '' };
}

export function parseHtmlWith(source: string, meta: TextDoc['meta'], options: HtmlOptions): SourceDoc {
  const full = isFullPage(source);
  const useReadability = options.mainText === 'always' || (options.mainText !== 'never' && full);
  const page = documentFor(options.htmlToDocument, source, full);
  const pageTitle = page.title?.trim() ?? '';

  let doc: TextDoc | null = null;
  const tooComplex = useReadability ? tooComplexForMainText(page.documentElement ?? page.body) : null;
  if (tooComplex) options.notes?.push(`This page ${tooComplex}, so we could not pick out its main text and checked all of its text instead.`);
  if (useReadability && !tooComplex) {
    const main = mainContent(options.htmlToDocument, source);
    if (main) {
      doc = blocksFromDom(main.body).doc;
      // Readability drops an h1 that repeats the page title; put it back so
      // the document still starts with what it is about.
      const h1 = page.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
      if (h1 && !doc.blocks.some((b) => b.kind === 'heading' && b.text === h1)) {
        doc.blocks = [{ id: 'title', kind: 'heading', level: 1, text: h1, structure: {} }, ...doc.blocks];
      }
      // A page where Readability kept almost nothing is better read whole.
      if (doc.blocks.filter((b) => b.kind !== 'heading').length === 0) doc = null;
      // Readability can keep a list and leave out the heading above it. When it kept no heading of
      // the page's main landmark, that landmark is read instead: the checks on headings need them.
      const landmark = page.querySelector('main, [role="main"], article');
      if (doc && landmark?.querySelector('h2, h3, h4, h5, h6') && !doc.blocks.some((b) => b.kind === 'heading' && b.id !== 'title')) {
        doc = blocksFromDom(landmark).doc;
      }
    }
  }
  if (!doc) {
    const root = page.body ?? page.documentElement;
    doc = root ? blocksFromDom(root).doc : { blocks: [], meta: {} };
  }
  doc.meta = { ...meta };
  if (!doc.meta.title && pageTitle) doc.meta.title = pageTitle;
  return { doc, locate: blockLocator(doc) };
}
