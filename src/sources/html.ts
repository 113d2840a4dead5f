/**
 * HTML → SourceDoc in Node (the command line and tests), where there is no
 * DOMParser: html-core.ts with linkedom as its parser. Browser code uses
 * html-core.ts with the browser's own DOMParser (browser-html.ts) instead, so
 * the extension does not carry linkedom.
 */
import { createRequire } from 'node:module';
import type { TextDoc } from '../engine';
import { parseHtmlWith, type HtmlOptions, type HtmlToDocument } from './html-core';
import type { SourceDoc } from './types';

export { isFullPage, type HtmlToDocument } from './html-core';
export { blockLocator } from './block-locator';

// linkedom is loaded on the first HTML or Word file, not when the command starts: most checks never need it.
let linkedom: typeof import('linkedom') | undefined;

/** linkedom's Document, which has the standard DOM properties our readers use. */
export const linkedomDocument: HtmlToDocument = (html) => {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html).document as unknown as Document;
};

export function parseHtml(source: string, meta: TextDoc['meta'] = {}, options: Partial<HtmlOptions> = {}): SourceDoc {
  return parseHtmlWith(source, meta, { ...options, htmlToDocument: options.htmlToDocument ?? linkedomDocument });
}
