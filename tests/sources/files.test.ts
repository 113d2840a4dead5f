/** The Word and PDF readers and the dispatcher, on real files made by tests/fixtures/files/make-fixtures.ts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSource, ReadError, checkSize, decodeText, MAX_BYTES, type ReadErrorReason } from '../../src/sources/read-file';
import { linesToBlocks } from '../../src/sources/pdf';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function readError(name: string, bytes: Uint8Array): Promise<ReadError> {
  try {
    await readSource(name, bytes);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error(`expected ${name} to fail`);
}

async function expectReadError(name: string, bytes: Uint8Array, reason: ReadErrorReason, message: RegExp) {
  const e = await readError(name, bytes);
  expect(e.reason).toBe(reason);
  expect(e.fileName).toBe(name);
  expect(e.message).toContain(`‘${name}’`);
  expect(e.message).toMatch(message);
}

describe('Word documents', () => {
  it('keeps headings, list items and table cells from a real .docx', async () => {
    const { kind, source, content } = await readSource('plan.docx', fixture('sample.docx'));
    expect(kind).toBe('docx');
    expect(content).toBeUndefined();
    expect(source.doc.blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Community transport engagement plan'],
      ['heading', 2, 'Why we are doing this'],
      ['paragraph', null, 'We want to leverage stakeholder insight to inform the ICB going forward.'],
      ['list-item', null, 'Run two workshops in March'],
      ['list-item', null, 'Publish a summary in May'],
      ['table-cell', null, 'Milestone'],
      ['table-cell', null, 'Date'],
      ['table-cell', null, 'Workshops'],
      ['table-cell', null, 'March 2025'],
    ]);
    expect(source.locate(source.doc.blocks[2]!.id, 20)).toEqual({ offset: null, line: 3, column: 21 });
  });

  it('says plainly when a .docx is damaged, not a zip, or password-protected', async () => {
    await expectReadError('plan.docx', fixture('corrupt.docx'), 'corrupt', /does not look like a Word document\. Try saving it again from Word\./);
    await expectReadError('plan.docx', utf8('just some text, not a zip'), 'corrupt', /does not look like a Word document/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectReadError('plan.docx', ole, 'encrypted', /password/);
  });
});

describe('PDF files', () => {
  it('groups the text layer into headings, paragraphs and list items across pages', async () => {
    const { source } = await readSource('nursing.pdf', fixture('sample.pdf'));
    expect(source.doc.meta.title).toBe('Changes to community nursing');
    expect(source.doc.blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Changes to community nursing'],
      ['heading', 2, 'What we are proposing'],
      ['paragraph', null, 'We are proposing to move the community nursing team from Elm Street to the new health hub on Station Road. Patients will be informed of the changes once the new arrangements are in place.'],
      ['paragraph', null, 'The hub is next to the bus station.'],
      ['heading', 2, 'How to respond'],
      ['list-item', null, 'Fill in the questionnaire online'],
      ['list-item', null, 'Come to a drop-in session at the library, where staff will be available to answer questions about the proposals'],
      ['paragraph', null, 'This page was left for notes about the consultation.'],
    ]);
  });

  it('says plainly when a PDF has a password, is damaged, or has no text', async () => {
    await expectReadError('secret.pdf', fixture('encrypted.pdf'), 'encrypted', /protected with a password\. Save a copy without the password/);
    await expectReadError('broken.pdf', fixture('corrupt.pdf'), 'corrupt', /does not look like a PDF, or it is damaged/);
    await expectReadError('scan.pdf', fixture('scanned.pdf'), 'no-text', /scanned image/);
  });

  it('joins a hyphen broken across lines only before a lower-case word', () => {
    const line = (text: string, y: number) => ({ text, x: 72, y, size: 11, page: 1 });
    const blocks = linesToBlocks([line('We will consul-', 700), line('tation events in co-', 686), line('Production.', 672)]);
    expect(blocks.map((b) => b.text)).toEqual(['We will consul-tation events in co- Production.']);
  });
});

describe('readSource', () => {
  it('reads text and Markdown and returns their content for offsets', async () => {
    const txt = await readSource('a.txt', utf8('\uFEFFHello there.\n'));
    expect(txt.kind).toBe('text');
    expect(txt.content).toBe('\uFEFFHello there.\n');
    const md = await readSource('a.md', utf8('# Hi\n\nText.'));
    expect(md.kind).toBe('markdown');
    expect(md.source.doc.blocks.map((b) => b.text)).toEqual(['Hi', 'Text.']);
    const html = await readSource('a.htm', utf8('<p>Para</p>'));
    expect(html.kind).toBe('html');
  });

  it('refuses unsupported, old Word, empty and blank files with a message naming them', async () => {
    await expectReadError('notes.rtf', utf8('{\\rtf1 hi}'), 'unsupported', /cannot check files ending in \.rtf\. We can check Word \(\.docx\), PDF/);
    await expectReadError('notes', utf8('hi'), 'unsupported', /without an ending/);
    await expectReadError('old.doc', utf8('x'), 'unsupported', /older Word format \(\.doc\)\. Open it in Word, save it as a \.docx file/);
    await expectReadError('empty.txt', new Uint8Array(), 'empty', /the file is empty/);
    await expectReadError('blank.md', utf8('   \n\n  \n'), 'empty', /no text in it to check/);
  });

  it('refuses binary junk in a .txt file, and says when it is really a PDF', async () => {
    const junk = new Uint8Array(400).map((_, i) => (i * 7919) % 256);
    await expectReadError('data.txt', junk, 'binary', /does not look like a text file/);
    await expectReadError('letter.txt', fixture('sample.pdf'), 'binary', /looks like a PDF/);
  });

  it('reads UTF-16 and Windows-1252 text', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('Café').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText('a.txt', le)).toBe('Café');
    expect(decodeText('a.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x68, 0x69, 0x94]))).toBe('Café “hi”');
  });

  it('refuses files over 20 MB before reading them', () => {
    expect(() => checkSize('big.pdf', MAX_BYTES)).not.toThrow();
    try {
      checkSize('big.pdf', MAX_BYTES + 5 * 1024 * 1024);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      expect((e as ReadError).reason).toBe('too-large');
      expect((e as ReadError).message).toBe('‘big.pdf’ is too large to check (25.0 MB; the limit is 20 MB). Try splitting it into smaller documents.');
    }
  });
});
