/**
 * Word (.docx) → SourceDoc, through mammoth's HTML (which keeps headings,
 * lists and tables) and the HTML reader without Readability: everything in a
 * Word document is the document. Positions are block number and column.
 * Pictures marked as decorative in Word come through with alt="" (docx-decorative.ts).
 */
import mammoth from 'mammoth';
import type { TextDoc } from '../engine';
import { DECORATIVE_ALT, markDecorativeImages } from './docx-decorative';
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

/** mammoth's own image converter (the picture as a data URI), with alt="" for a picture Word marks as decorative. */
const convertImage = mammoth.images.imgElement(async (image) => {
  const src = `data:${image.contentType};base64,${await image.readAsBase64String()}`;
  // mammoth's types leave out altText, which it gives every image.
  return (image as { altText?: string }).altText === DECORATIVE_ALT ? { src, alt: '' } : { src };
});

/** `htmlToDocument` reads mammoth's HTML: the browser's DOMParser, or linkedom in Node. */
export async function parseDocx(bytes: Uint8Array, meta: TextDoc['meta'], htmlToDocument: HtmlToDocument): Promise<SourceDoc> {
  // mammoth's Node entry reads a zip from any byte array it is given as `buffer`;
  // its browser build (chosen by bundlers through the "browser" field) reads `arrayBuffer`.
  const marked = markDecorativeImages(bytes);
  const input = { buffer: marked as unknown as Buffer, arrayBuffer: marked as unknown as ArrayBuffer };
  const result = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, convertImage });
  return parseHtmlWith(result.value, meta, { mainText: 'never', htmlToDocument });
}
