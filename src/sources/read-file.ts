/**
 * Reading a file's bytes in Node (the command line and tests): read-file-core.ts
 * with linkedom to read HTML and Word markup, since Node has no DOMParser.
 * Browser code (read-bytes.ts) uses read-file-core.ts with the browser's parser.
 */
import { linkedomDocument } from './linkedom-document';
import { readSource as readWith, type ReadOptions, type ReadResult } from './read-file-core';

export * from './read-file-core';

/** Read one file's bytes into a SourceDoc. `name` is used in messages and as the document's source. */
export function readSource(name: string, bytes: Uint8Array, options: Partial<ReadOptions> = {}): Promise<ReadResult> {
  return readWith(name, bytes, { htmlToDocument: options.htmlToDocument ?? linkedomDocument });
}
