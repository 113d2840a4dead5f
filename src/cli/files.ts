/**
 * The file system side of the command: turning the paths people type into a
 * list of documents (walking folders), and reading each one's bytes with the
 * size checked first, so a 2 GB video is refused without being read.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  assertSupported,
  checkSize,
  kindFor,
  noPermissionError,
  notFoundError,
  readSource,
  ReadError,
  type ReadResult,
} from '../sources/read-file';

export interface DocumentPath {
  /** As shown in reports: relative to the working folder when inside it. */
  display: string;
  absolute: string;
}

export interface Expanded {
  /** In the order they were typed: documents to read, or paths that could not be used at all. */
  entries: (DocumentPath | ReadError)[];
  /** Folders with no documents we can check in them. */
  emptyFolders: string[];
}

/** Folders that never hold documents someone is writing. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.output', 'dist', '__pycache__']);

function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
  return sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}

function fsError(e: unknown, name: string): ReadError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return notFoundError(name);
  if (code === 'EACCES' || code === 'EPERM') return noPermissionError(name);
  return new ReadError(name, 'corrupt', `We could not read ‘${name}’: ${(e as Error).message}`);
}

/**
 * Collects the documents in a folder and the folders inside it. Links
 * (symlinks) are followed, like any file or folder a person sees there; a
 * folder already visited (a link pointing back up) is not walked again, and
 * a link that leads nowhere is reported rather than skipped silently.
 */
async function walk(dir: string, out: string[], broken: string[], visited = new Set<string>()): Promise<void> {
  const real = await realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue; // hidden files, Word lock files
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        if (kindFor(entry.name)) broken.push(full);
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(entry.name)) await walk(full, out, broken, visited);
    } else if (isFile && kindFor(entry.name)) out.push(full);
  }
}

export async function expandPaths(paths: string[], cwd: string): Promise<Expanded> {
  const result: Expanded = { entries: [], emptyFolders: [] };
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    result.entries.push({ absolute, display: displayPath(absolute, cwd) });
  };
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    let info;
    try {
      info = await stat(absolute);
    } catch (e) {
      result.entries.push(fsError(e, displayPath(absolute, cwd)));
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      const broken: string[] = [];
      try {
        await walk(absolute, found, broken);
      } catch (e) {
        result.entries.push(fsError(e, displayPath(absolute, cwd)));
        continue;
      }
      if (!found.length && !broken.length) result.emptyFolders.push(p);
      found.forEach(add);
      for (const link of broken) {
        const name = displayPath(link, cwd);
        result.entries.push(new ReadError(name, 'not-found', `We could not read ‘${name}’: it is a link (shortcut) to a file that is not there.`));
      }
    } else {
      // A file named on purpose is always tried, so an unsupported type gets a clear message.
      add(absolute);
    }
  }
  return result;
}

/** Read and parse one document. Throws ReadError with a message naming it. */
export async function readDocument(file: DocumentPath): Promise<ReadResult> {
  const name = file.display;
  try {
    const info = await stat(file.absolute);
    assertSupported(name);
    checkSize(name, info.size);
    const bytes = await readFile(file.absolute);
    return await readSource(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw fsError(e, name);
  }
}
