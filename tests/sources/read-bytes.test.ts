/**
 * The side panel's upload reader: results instead of errors, and size checked before the bytes are read.
 * It reads HTML and Word markup with the browser's DOMParser, which happy-dom gives here.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBytes, readUpload, type UploadLike } from '../../src/sources/read-bytes';
import { MAX_BYTES } from '../../src/sources/read-file';

const window = new Window();
beforeAll(() => vi.stubGlobal('DOMParser', window.DOMParser));
afterAll(async () => {
  vi.unstubAllGlobals();
  await window.happyDOM.close();
});

const utf8 = (s: string) => new TextEncoder().encode(s);

function upload(name: string, bytes: Uint8Array, size = bytes.byteLength): UploadLike & { reads: number } {
  const f = {
    name,
    size,
    reads: 0,
    async arrayBuffer() {
      f.reads++;
      return bytes.slice().buffer as ArrayBuffer;
    },
  };
  return f;
}

describe('readUpload', () => {
  it('reads an uploaded Word file into blocks', async () => {
    const r = await readUpload(upload('plan.docx', new Uint8Array(readFileSync(new URL('../fixtures/files/sample.docx', import.meta.url)))));
    expect(r.ok && r.kind).toBe('docx');
    if (r.ok) expect(r.source.doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });

  it('reads an uploaded web page with the browser’s DOMParser', async () => {
    const r = await readBytes(utf8('<h2>Plan</h2><ul><li>One step</li></ul>'), 'plan.html');
    expect(r.ok && r.source.doc.blocks.map((b) => [b.kind, b.text])).toEqual([['heading', 'Plan'], ['list-item', 'One step']]);
  });

  it('keeps the decoded text of text and Markdown files', async () => {
    const r = await readBytes(utf8('# Plan\n\nWe will engage.'), 'plan.md');
    expect(r).toMatchObject({ ok: true, kind: 'markdown', content: '# Plan\n\nWe will engage.' });
  });

  it('refuses a file that is too big or of the wrong type without reading it', async () => {
    const big = upload('film.pdf', new Uint8Array(1), MAX_BYTES + 1);
    expect(await readUpload(big)).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/^‘film\.pdf’ is too large to check \(20\.0 MB; the limit is 20 MB\)/) });
    const photo = upload('photo.jpeg', utf8('x'));
    expect(await readUpload(photo)).toMatchObject({ ok: false, reason: 'unsupported' });
    const old = upload('minutes.doc', utf8('x'));
    expect(await readUpload(old)).toMatchObject({ ok: false, message: expect.stringMatching(/save it as a \.docx file/) });
    expect(big.reads + photo.reads + old.reads).toBe(0);
  });

  it('explains an empty file and one that can no longer be read', async () => {
    expect(await readUpload(upload('notes.txt', new Uint8Array()))).toMatchObject({ ok: false, reason: 'empty' });
    const gone: UploadLike = { name: 'notes.txt', size: 4, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    expect(await readUpload(gone)).toMatchObject({ ok: false, reason: 'no-permission', message: expect.stringMatching(/choose it again/) });
  });

  it('turns a damaged file into a message, never an exception', async () => {
    const r = await readBytes(utf8('PK\u0003\u0004 not really a zip'), 'plan.docx');
    expect(r).toMatchObject({ ok: false, reason: 'corrupt', message: expect.stringContaining('‘plan.docx’') });
  });
});
