/**
 * HTML → SourceDoc in Node (the command line and tests), where there is no
 * DOMParser: html-core.ts with linkedom as its parser. Browser code uses
 * html-core.ts with the browser's own DOMParser (browser-html.ts) instead, so
 * the extension does not carry linkedom.
 */
import type { TextDoc } from '../engine';
import { parseHtmlWith, type HtmlOptions } from './html-core';
import { linkedomDocument } from './linkedom-document';
import type { SourceDoc } from './types';

export { isFullPage, type HtmlToDocument } from './html-core';
export { blockLocator } from './block-locator';
export { linkedomDocument };

export function parseHtml(source: string, meta: TextDoc['meta'] = {}, options: Partial<HtmlOptions> = {}): SourceDoc {
  return parseHtmlWith(source, meta, { ...options, htmlToDocument: options.htmlToDocument ?? linkedomDocument });
}
