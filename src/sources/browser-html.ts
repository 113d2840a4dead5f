/**
 * The browser's own HTML parser, for reading HTML and Word files in the side
 * panel and review page. DOMParser builds an inert document: no scripts run
 * and nothing (images, styles) is fetched.
 */
import type { HtmlToDocument } from './html-core';

export const browserHtmlToDocument: HtmlToDocument = (html) => new DOMParser().parseFromString(html, 'text/html');
