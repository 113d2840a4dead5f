/**
 * Word (.docx) → SourceDoc, through mammoth's HTML (which keeps headings,
 * lists and tables) and the HTML reader without Readability: everything in a
 * Word document is the document. Positions are block number and column.
 */
import mammoth from 'mammoth';
import type { TextDoc } from '../engine';
import { parseHtmlWith, type HtmlToDocument } from './html-core';
import type { SourceDoc } from './types';

/** Word's built-in heading styles and the usual names people give their own. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h4:fresh",
  "p[style-name='Heading 5'] => h5:fresh",
  "p[style-name='Heading 6'] => h6:fresh",
  // Word's caption style, so an image's caption can be compared with its alt text.
  "p[style-name='Caption'] => p.caption:fresh",
  // mammoth drops underlining unless asked; the styling check reads it.
  'u => u',
];

/** `htmlToDocument` reads mammoth's HTML: the browser's DOMParser, or linkedom in Node. */
export async function parseDocx(bytes: Uint8Array, meta: TextDoc['meta'], htmlToDocument: HtmlToDocument): Promise<SourceDoc> {
  // mammoth's Node entry reads a zip from any byte array it is given as `buffer`;
  // its browser build (chosen by bundlers through the "browser" field) reads `arrayBuffer`.
  const input = { buffer: bytes as unknown as Buffer, arrayBuffer: bytes as unknown as ArrayBuffer };
  const result = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true });
  return parseHtmlWith(result.value, meta, { mainText: 'never', htmlToDocument });
}
