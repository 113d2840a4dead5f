/**
 * Bytes + file name → SourceDoc, choosing the reader by the file's ending and
 * checking the bytes agree. Every failure is a ReadError whose message names
 * the file and says what to do, in words a non-developer can act on.
 * No file system access here: the CLI reads the bytes, the extension gets
 * them from an upload. No HTML parser either: the caller passes one
 * (read-file.ts gives linkedom in Node; read-bytes.ts the browser's DOMParser).
 */
// Readers load when a file of their kind arrives: a plain-text check never
// pays for the Word, PDF and HTML libraries (together most of the start-up).
import { markdownTooComplex } from './markdown-limits';
import type { HtmlToDocument } from './html-core';
import { parsePlainText } from './plain-text';
import type { SourceDoc } from './types';

export type SourceKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export const EXTENSIONS: Record<string, SourceKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The largest file we read: bigger ones are almost always not a single document. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadErrorReason =
  | 'not-found'
  | 'no-permission'
  | 'unsupported'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'corrupt'
  | 'encrypted'
  | 'no-text';

export class ReadError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: ReadErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

export interface ReadResult {
  source: SourceDoc;
  kind: SourceKind;
  /** The decoded text, for text and Markdown files (finding offsets point into it). */
  content?: string;
  /** Things the reader had to do that the person should know (read as plain text, bad bytes replaced). */
  notes?: string[];
}

const quote = (name: string) => `‘${name}’`;
const cannot = (name: string, why: string) => `We could not read ${quote(name)}: ${why}`;

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function kindFor(name: string): SourceKind | null {
  return EXTENSIONS[extensionOf(name)] ?? null;
}

export function notFoundError(name: string): ReadError {
  return new ReadError(name, 'not-found', `We could not find ${quote(name)}. Check the name and the folder it is in.`);
}

export function noPermissionError(name: string): ReadError {
  return new ReadError(name, 'no-permission', `We could not open ${quote(name)}: you do not have permission to read it.`);
}

/** Throws when a file is too big or empty; call it before reading the bytes. */
export function checkSize(name: string, size: number): void {
  if (size === 0) throw new ReadError(name, 'empty', cannot(name, 'the file is empty.'));
  if (size > MAX_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new ReadError(name, 'too-large', `${quote(name)} is too large to check (${mb} MB; the limit is 20 MB). Try splitting it into smaller documents.`);
  }
}

function unsupported(name: string, ext: string): ReadError {
  if (ext === '.doc') {
    return new ReadError(name, 'unsupported', cannot(name, 'it is in the older Word format (.doc). Open it in Word, save it as a .docx file, and try again.'));
  }
  const what = ext ? `files ending in ${ext}` : 'files without an ending like .docx or .pdf';
  return new ReadError(name, 'unsupported', cannot(name, `we cannot check ${what}. We can check Word (.docx), PDF, web page (.html), Markdown (.md) and text (.txt) files.`));
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Characters 0x80–0x9F in Windows-1252 (curly quotes, dashes, €); Node's decoder treats them as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/**
 * Not valid UTF-8. A file with no valid UTF-8 letters beyond plain ASCII is
 * most likely Windows-1252 (older Windows editors); one with them is UTF-8
 * with a few damaged bytes, which are shown as � rather than turning every
 * accented letter and curly quote in the file into nonsense.
 */
function decodeDamagedUtf8(name: string, bytes: Uint8Array, notes: string[]): string {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) good++;
  }
  if (good === 0 || good < bad) return decodeWindows1252(bytes);
  notes.push(
    `${quote(name)} has ${bad === 1 ? 'a character' : `${bad} characters`} that could not be read as UTF-8 text; ${bad === 1 ? 'it is' : 'they are'} shown as �. Saving the file again as UTF-8 usually mends this.`,
  );
  return lenient;
}

/**
 * Text files are UTF-8 nearly always; UTF-16 (with its byte-order mark) and
 * Windows-1252 (older Windows editors) are read too. NUL bytes or many
 * control characters mean the file is not text at all.
 */
export function decodeText(name: string, bytes: Uint8Array, notes: string[] = []): string {
  if (startsWith(bytes, PDF) || startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    const hint = startsWith(bytes, PDF) ? 'a PDF' : 'a Word or other Office document';
    throw new ReadError(name, 'binary', cannot(name, `it looks like ${hint}, not a text file. Give it the right ending (.pdf or .docx) and try again.`));
  }
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    try {
      // ignoreBOM keeps a byte-order mark in the string, so offsets count it like any editor would.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = decodeDamagedUtf8(name, bytes, notes);
    }
  }
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) control += 1000;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > Math.max(8, sample.length * 0.01)) {
    throw new ReadError(name, 'binary', cannot(name, 'it does not look like a text file (it contains binary data). If it is a Word or PDF file, give it the right ending (.docx or .pdf).'));
  }
  return text;
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

export interface ReadOptions {
  /** Reads HTML and Word files' markup: the browser's DOMParser, or linkedom in Node. */
  htmlToDocument: HtmlToDocument;
}

async function readDocx(name: string, bytes: Uint8Array, meta: { source: string }, options: ReadOptions): Promise<SourceDoc> {
  if (startsWith(bytes, OLE)) {
    throw new ReadError(name, 'encrypted', cannot(name, 'it is protected with a password, or saved in the older Word format. Remove the password, or save it again from Word as a .docx file.'));
  }
  const corrupt = new ReadError(name, 'corrupt', cannot(name, 'it does not look like a Word document. Try saving it again from Word.'));
  if (!startsWith(bytes, ZIP)) throw corrupt;
  const { checkZipLimits, MAX_UNPACKED_BYTES, ZipLimitError } = await import('./zip-limits');
  try {
    checkZipLimits(bytes);
  } catch (e) {
    if (e instanceof ZipLimitError && e.problem !== 'damaged') {
      const mb = Math.round(MAX_UNPACKED_BYTES / 1024 / 1024);
      throw new ReadError(name, 'too-large', cannot(name, `it would take up more than ${mb} MB once unpacked, which is far more than any ordinary Word document. It may be damaged or made to cause harm, so we did not open it.`));
    }
    throw corrupt;
  }
  const { parseDocx } = await import('./docx');
  try {
    return await parseDocx(bytes, meta, options.htmlToDocument);
  } catch {
    throw corrupt;
  }
}

async function readPdf(name: string, bytes: Uint8Array, meta: { source: string }): Promise<SourceDoc> {
  const { parsePdf, PdfNoTextError } = await import('./pdf');
  try {
    return await parsePdf(bytes, meta);
  } catch (e) {
    const kind = errorName(e);
    if (kind === 'PasswordException') {
      throw new ReadError(name, 'encrypted', cannot(name, 'it is protected with a password. Save a copy without the password and try again.'));
    }
    if (e instanceof PdfNoTextError) {
      throw new ReadError(name, 'no-text', cannot(name, 'there is no text in it that we can read. It may be a scanned image: try a PDF made from the original document.'));
    }
    throw new ReadError(name, 'corrupt', cannot(name, 'it does not look like a PDF, or it is damaged. Try saving or exporting it as a PDF again.'));
  }
}

/** Throws a ReadError for a file type we cannot check; call it before reading the bytes. */
export function assertSupported(name: string): SourceKind {
  const ext = extensionOf(name);
  const kind = EXTENSIONS[ext];
  if (!kind) throw unsupported(name, ext);
  return kind;
}

/** Read one file's bytes into a SourceDoc. `name` is used in messages and as the document's source. */
export async function readSource(name: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const kind = assertSupported(name);
  checkSize(name, bytes.byteLength);
  const meta = { source: name };
  const notes: string[] = [];
  let result: ReadResult;
  switch (kind) {
    case 'docx':
      result = { kind, source: await readDocx(name, bytes, meta, options) };
      break;
    case 'pdf':
      result = { kind, source: await readPdf(name, bytes, meta) };
      break;
    case 'html':
      result = { kind, source: (await import('./html-core')).parseHtmlWith(decodeText(name, bytes, notes), meta, { notes, htmlToDocument: options.htmlToDocument }) };
      break;
    case 'markdown': {
      const content = decodeText(name, bytes, notes);
      const tooComplex = markdownTooComplex(content);
      if (tooComplex) {
        notes.push(`${quote(name)} ${tooComplex}, so we read it as plain text: Markdown marks such as # and * are checked as they are.`);
        result = { kind, content, source: parsePlainText(content, meta) };
      } else result = { kind, content, source: (await import('./markdown')).parseMarkdown(content, meta) };
      break;
    }
    case 'text': {
      const content = decodeText(name, bytes, notes);
      result = { kind, content, source: parsePlainText(content, meta) };
      break;
    }
  }
  if (!result.source.doc.blocks.some((b) => b.text.trim())) {
    throw new ReadError(name, 'empty', cannot(name, 'there is no text in it to check.'));
  }
  if (notes.length) result.notes = notes;
  return result;
}
