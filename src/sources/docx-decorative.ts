/**
 * Word's "Mark as decorative" on a picture, which mammoth does not read.
 * Word writes it inside the picture's properties (wp:docPr) as
 * <adec:decorative val="1"/>. Before mammoth reads the document, each such
 * picture's alt text is set to DECORATIVE_ALT, which docx.ts turns into
 * alt="" (the HTML for decoration), so the image check leaves it alone.
 * Only the main document part is read (mammoth leaves out headers and footers).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Alt text standing for "decorative" between this step and docx.ts's image converter. */
export const DECORATIVE_ALT = 'doing-with:decorative-image';

const MAIN_PART = 'word/document.xml';
/** A picture's properties: self-closed, or with children (where the decorative mark is). */
const DOC_PR = /<wp:docPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/wp:docPr>)/g;
const DECORATIVE_MARK = /<(?:\w+:)?decorative\s(?:[^>]*\s)?val="(?:1|true|on)"/;
const ALT_ATTRIBUTES = /\s(?:descr|title)="[^"]*"/g;

/** The same bytes when no picture is marked decorative; otherwise the document with those pictures' alt text set to DECORATIVE_ALT. */
export function markDecorativeImages(bytes: Uint8Array): Uint8Array {
  let main: Uint8Array | undefined;
  try {
    main = unzipSync(bytes, { filter: (f) => f.name === MAIN_PART })[MAIN_PART];
  } catch {
    return bytes; // mammoth says what is wrong with a damaged file
  }
  if (!main) return bytes;
  const xml = strFromU8(main);
  if (!xml.includes('decorative')) return bytes;
  let changed = false;
  const marked = xml.replace(DOC_PR, (whole, attributes: string, children: string | undefined) => {
    if (children === undefined || !DECORATIVE_MARK.test(children)) return whole;
    changed = true;
    return `<wp:docPr${attributes.replace(ALT_ATTRIBUTES, '')} descr="${DECORATIVE_ALT}">${children}</wp:docPr>`;
  });
  if (!changed) return bytes;
  const parts = unzipSync(bytes);
  parts[MAIN_PART] = strToU8(marked);
  // Stored, not compressed: mammoth unpacks it straight away.
  return zipSync(parts, { level: 0 });
}
