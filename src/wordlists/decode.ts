/**
 * Turn the bytes of an imported file into text, or say plainly why not.
 * Handles a UTF-8 byte-order mark (Excel's "CSV UTF-8" adds one) and UTF-16
 * files (Excel's "Unicode text"); refuses anything that is not valid text.
 */

/** Word lists are small; anything bigger is almost certainly the wrong file. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export class ImportError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super(message);
    this.name = 'ImportError';
    this.line = line;
  }
}

export function decodeImport(bytes: Uint8Array, fileName = 'the file'): string {
  if (bytes.length === 0) throw new ImportError(`${fileName} is empty. Choose a file that has your word list in it.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new ImportError(
      `${fileName} is ${mb} MB, which is too big for a word list (the limit is 2 MB). Check that you picked the right file.`,
    );
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(
        `${fileName} is not saved as UTF-8 text, so some letters would come out wrong. In Excel, use “Save as” and choose “CSV UTF-8”.`,
      );
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (/\0/.test(text)) {
    throw new ImportError(`${fileName} does not look like a text file. Word lists must be CSV or JSON.`);
  }
  if (!text.trim()) throw new ImportError(`${fileName} has no words in it.`);
  return text;
}
