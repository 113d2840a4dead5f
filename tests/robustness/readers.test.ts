/**
 * Hostile and damaged files for the readers: each gives a result or a clear
 * message, never a hang or a crash. Sizes are scaled down from the full-size
 * cases in tests/robustness/full-size.ts, but still far past the limits, so
 * without the guards these tests time out.
 */
import { describe, expect, it } from 'vitest';
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { readSource, ReadError } from '../../src/sources/read-file';
import { readBytes } from '../../src/sources/read-bytes';
import { markdownTooComplex, MAX_NESTING } from '../../src/sources/markdown-limits';
import { checkZipLimits, listZipEntries, ZipLimitError } from '../../src/sources/zip-limits';
import { tooComplexForMainText } from '../../src/sources/html-limits';
import { parseHTML } from 'linkedom';

const bytes = (s: string) => new TextEncoder().encode(s);

async function readError(name: string, data: Uint8Array): Promise<ReadError> {
  const e = await readSource(name, data).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReadError);
  return e as ReadError;
}

describe('Markdown that would make the parser hang is read as plain text, with a note', () => {
  it.each([
    ['20 KB of ">"', '>'.repeat(20_000) + ' We want to hear from you.'],
    ['40 KB of "["', 'We want to hear from you. ' + '['.repeat(40_000)],
    ['40 KB of "*a"', 'We want to hear from you. ' + '*a'.repeat(20_000)],
    ['a list nested 2,000 deep', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- We want to hear from you.`).join('\n')],
    ['list markers 2,000 deep on one line', '- '.repeat(2000) + 'We want to hear from you.'],
  ])('%s', async (_name, text) => {
    const read = await readSource('hostile.md', bytes(text));
    expect(read.notes?.join(' ')).toMatch(/‘hostile\.md’ has .* so we read it as plain text/);
    expect(read.source.doc.blocks.length).toBeGreaterThan(0);
    expect(read.content).toBe(text);
  }, 15_000);

  it('reads ordinary Markdown as Markdown, with no note', async () => {
    const text = '# Our plan\n\n> We want to hear **from you**.\n\n- one\n  - two\n    - three\n\n[Write to us](mailto:a@b.org) by *Friday*.\n';
    const read = await readSource('plan.md', bytes(text));
    expect(read.notes).toBeUndefined();
    expect(read.source.doc.blocks.map((b) => b.text)).toEqual(['Our plan', 'We want to hear from you.', 'one', 'two', 'three', 'Write to us by Friday.']);
  });

  it('allows nesting up to the limit', () => {
    expect(markdownTooComplex('>'.repeat(MAX_NESTING) + ' x')).toBeNull();
    expect(markdownTooComplex('>'.repeat(MAX_NESTING + 1) + ' x')).toMatch(/nested more than/);
  });

  it('the side panel gets the same note', async () => {
    const result = await readBytes(bytes('>'.repeat(5000)), 'quotes.md');
    expect(result.ok && result.notes?.[0]).toMatch(/read it as plain text/);
  });
});

/** A zip whose one part is `size` bytes of spaces, packed in steps so the test never holds it whole. */
function bombZip(size: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const part = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(part);
  const block = new Uint8Array(1024 * 1024).fill(32);
  for (let done = 0; done < size; done += block.length) part.push(block, done + block.length >= size);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Rewrites the size the central directory gives for every part, as a crafted bomb does. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('.docx zip bombs are refused before they are unpacked', () => {
  it('refuses a small file whose parts unpack to more than the limit (by the zip directory)', async () => {
    // (A real 110 MB part takes seconds to pack; the directory's word is what is checked first.)
    const zip = lieAboutSizes(bombZip(1024 * 1024), 110 * 1024 * 1024);
    expect(listZipEntries(zip)[0]!.unpackedSize).toBeGreaterThan(100 * 1024 * 1024);
    const e = await readError('bomb.docx', zip);
    expect(e.reason).toBe('too-large');
    expect(e.message).toMatch(/‘bomb\.docx’: it would take up more than 100 MB once unpacked/);
  });

  it('refuses a part that unpacks to more than its directory says', () => {
    const zip = lieAboutSizes(bombZip(8 * 1024 * 1024), 1000);
    expect(() => checkZipLimits(zip)).toThrow(ZipLimitError);
    expect(() => checkZipLimits(bombZip(8 * 1024 * 1024), 4 * 1024 * 1024)).toThrow(/add up to/);
  });

  it('reads a real Word document as before', async () => {
    const { readFileSync } = await import('node:fs');
    const docx = new Uint8Array(readFileSync(new URL('../../examples/engagement-plan.docx', import.meta.url)));
    expect(() => checkZipLimits(docx)).not.toThrow();
    const read = await readSource('engagement-plan.docx', docx);
    expect(read.source.doc.blocks.length).toBeGreaterThan(5);
  });

  it('says a damaged zip is not a Word document', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    const e = await readError('cut.docx', zip.subarray(0, zip.length - 30));
    expect(e.reason).toBe('corrupt');
  });
});

describe('text with a few bad bytes', () => {
  it('keeps the good UTF-8 and shows the bad byte as �, with a note', async () => {
    const good = bytes('Café “hi” – we’d like your views. ');
    const data = new Uint8Array([...good, 0xff, ...good]);
    const read = await readSource('views.txt', data);
    expect(read.content).toBe('Café “hi” – we’d like your views. �Café “hi” – we’d like your views. ');
    expect(read.notes?.[0]).toMatch(/‘views\.txt’ has a character that could not be read as UTF-8 text; it is shown as �/);
  });

  it('still reads a Windows-1252 file as Windows-1252, with no note', async () => {
    const read = await readSource('old.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x68, 0x69, 0x94]));
    expect(read.content).toBe('Café “hi”');
    expect(read.notes).toBeUndefined();
  });
});

describe('web pages too big or deep for Readability', () => {
  const nested = (n: number) =>
    `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>We want to hear from you about the plan.</p>${'</div>'.repeat(n)}</body></html>`;

  it('checks the whole text of a page nested 5,000 deep, with a note', async () => {
    const read = await readSource('deep.html', bytes(nested(5000)));
    expect(read.source.doc.blocks.map((b) => b.text)).toContain('We want to hear from you about the plan.');
    expect(read.notes?.[0]).toMatch(/This page is nested more than 200 elements deep, so we could not pick out its main text/);
  }, 15_000);

  it('leaves ordinary pages to Readability', () => {
    expect(tooComplexForMainText(parseHTML(nested(20)).document.documentElement as unknown as Element)).toBeNull();
    const wide = `<html><body>${'<p>x</p>'.repeat(31_000)}</body></html>`;
    expect(tooComplexForMainText(parseHTML(wide).document.documentElement as unknown as Element)).toMatch(/more than 30,000 elements/);
  });
});
