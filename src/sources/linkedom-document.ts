/**
 * linkedom as the HTML parser in Node (the command line and tests), where
 * there is no DOMParser. On its own so that reading a file does not load the
 * HTML reader (and Readability) until a file needs it, and linkedom itself
 * only on the first HTML or Word file.
 */
import { createRequire } from 'node:module';
import type { HtmlToDocument } from './html-core';

let linkedom: typeof import('linkedom') | undefined;

/** linkedom's Document, which has the standard DOM properties our readers use. */
export const linkedomDocument: HtmlToDocument = (html) => {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html).document as unknown as Document;
};
