/**
 * Importing and exporting organisation word lists: bytes in, a validated
 * list (or one clear error naming the line) out. Nothing is applied here;
 * callers show previewImport() first and apply only on the user's say-so.
 */
import type { WordList } from '../engine';
import { decodeImport, ImportError } from './decode';
import { parseWordListCsv } from './csv';
import { parseWordListJson } from './json';

export { ImportError, decodeImport, MAX_IMPORT_BYTES } from './decode';
export { parseWordListCsv, formatWordListCsv } from './csv';
export { parseWordListJson, formatWordListJson, parseSettingsJson } from './json';
export { previewImport, describePreview, type ImportPreview } from './preview';

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || 'Imported words';
}

/** Read a word-list file (.csv, .tsv, .txt or .json) from its bytes. */
export function importWordList(bytes: Uint8Array, fileName: string): WordList {
  const text = decodeImport(bytes, `“${fileName.replace(/^.*[\\/]/, '')}”`);
  const name = baseName(fileName);
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  if (looksJson) return parseWordListJson(text, name);
  if (!/\.(?:csv|tsv|txt)$/i.test(fileName) && !text.includes(',') && !text.includes(';') && !text.includes('\t')) {
    throw new ImportError(`“${fileName}” is not a CSV or JSON word list.`);
  }
  const { terms } = parseWordListCsv(text);
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'imported';
  return { id, name, enabled: true, terms };
}
