/**
 * Reading an uploaded file in the browser (the side panel), with no Node API:
 * the same readers as the command line (read-file.ts dispatches by ending and
 * checks the bytes), wrapped so the panel gets a result rather than an error.
 *
 * API:
 *
 *   readUpload(file: File | { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> })
 *     : Promise<ReadBytesResult>
 *     Checks the name and size before reading the bytes (so a 2 GB video is
 *     refused without being read), then reads .docx, .pdf, .html, .md, .txt.
 *
 *   readBytes(bytes: Uint8Array, fileName: string): Promise<ReadBytesResult>
 *     The same for bytes you already have.
 *
 *   ReadBytesResult = { ok: true; source: SourceDoc; kind; content?; notes? }
 *     notes: plain sentences the panel should show (e.g. read as plain text).
 *                   | { ok: false; reason: ReadErrorReason; message: string }
 *     message is plain English naming the file and saying what to do
 *     (encrypted, corrupt, empty, too large, scanned PDF, unsupported type).
 *
 *   usePdfWorker(options?: { workerSrc?: string }): Promise<void>
 *     Call once in the side panel before reading a PDF. pdf.js needs a
 *     worker in a browser (under Node it makes its own). Either give the URL
 *     of pdfjs-dist/legacy/build/pdf.worker.mjs as packaged with the
 *     extension (e.g. browser.runtime.getURL('/pdf.worker.mjs') after copying
 *     it into public/), so PDFs are read off the panel's main thread; or
 *     call it with no options to load the worker code into the page and run
 *     it on the main thread (simplest, fine for ordinary documents).
 *
 * HTML and Word files are read with the browser's own DOMParser (browser-html.ts),
 * so the extension carries no HTML parser of its own; Node uses linkedom.
 *
 * Word files: mammoth's browser build (picked by Vite through the package's
 * "browser" field) reads from `arrayBuffer`, its Node build from `buffer`;
 * docx.ts passes both, so the same code works in both places.
 */
import { browserHtmlToDocument } from './browser-html';
import { readSource, checkSize, assertSupported, ReadError, type ReadErrorReason, type SourceKind } from './read-file-core';
import type { SourceDoc } from './types';

export type ReadBytesResult =
  | { ok: true; source: SourceDoc; kind: SourceKind; content?: string; notes?: string[] }
  | { ok: false; reason: ReadErrorReason; message: string };

export interface UploadLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function failure(e: unknown, name: string): ReadBytesResult {
  if (e instanceof ReadError) return { ok: false, reason: e.reason, message: e.message };
  return { ok: false, reason: 'corrupt', message: `We could not read ‘${name}’. It may be damaged: try saving it again and uploading the new copy.` };
}

export async function readBytes(bytes: Uint8Array, fileName: string): Promise<ReadBytesResult> {
  try {
    const read = await readSource(fileName, bytes, { htmlToDocument: browserHtmlToDocument });
    return {
      ok: true,
      source: read.source,
      kind: read.kind,
      ...(read.content !== undefined ? { content: read.content } : {}),
      ...(read.notes ? { notes: read.notes } : {}),
    };
  } catch (e) {
    return failure(e, fileName);
  }
}

export async function readUpload(file: UploadLike): Promise<ReadBytesResult> {
  try {
    assertSupported(file.name);
    checkSize(file.name, file.size);
  } catch (e) {
    return failure(e, file.name);
  }
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return {
      ok: false,
      reason: 'no-permission',
      message: `We could not open ‘${file.name}’. It may have been moved or changed since you chose it: choose it again and try once more.`,
    };
  }
  return readBytes(new Uint8Array(buffer), file.name);
}

let pdfReady: Promise<void> | null = null;

export function usePdfWorker(options: { workerSrc?: string } = {}): Promise<void> {
  pdfReady ??= (async () => {
    // The same module specifier as pdf.ts, so this sets up the copy it uses.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (options.workerSrc) {
      pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
    } else {
      // pdf.js looks here for a worker to run on the main thread.
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    }
  })();
  return pdfReady;
}
