import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMarkdown, withoutFrontMatter } from '../../src/sources/markdown';

const SOURCE = [
  '# Have your *say*',
  '',
  'A **bold** claim \\* with &amp; a [link](https://example.org) and `code`.',
  'Second line of the same paragraph.',
  '',
  '- first item',
  '  continued here',
  '- second **item**',
  '',
  '> quoted',
  '> text',
  '',
  '```',
  'leverage synergies',
  '```',
  '',
  '| Event | *Time* |',
  '|---|---|',
  '| Library | 10:30 to 14:00 |',
  '',
  '## Contact',
].join('\n');

describe('parseMarkdown', () => {
  const source = parseMarkdown(SOURCE, { source: 'test.md' });
  const blocks = source.doc.blocks;

  it('keeps headings with levels, paragraphs, list items and table cells, and leaves code out', () => {
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Have your say'],
      ['paragraph', null, 'A bold claim * with & a link and code. Second line of the same paragraph.'],
      ['list-item', null, 'first item continued here'],
      ['list-item', null, 'second item'],
      ['paragraph', null, 'quoted text'],
      ['table-cell', null, 'Event'],
      ['table-cell', null, 'Time'],
      ['table-cell', null, 'Library'],
      ['table-cell', null, '10:30 to 14:00'],
      ['heading', 2, 'Contact'],
    ]);
    expect(source.doc.meta.source).toBe('test.md');
  });

  it('maps every character of every block back to the same character in the file', () => {
    for (const block of blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const pos = source.locate(block.id, i);
        expect(pos).not.toBeNull();
        const ch = block.text[i]!;
        const fileChar = SOURCE[pos!.offset!]!;
        if (ch === ' ') expect(fileChar).toMatch(/\s/);
        else if (ch === '&') expect(SOURCE.slice(pos!.offset!, pos!.offset! + 5)).toBe('&amp;');
        else expect(fileChar).toBe(ch);
      }
    }
  });

  it('gives 1-based lines and columns that agree with the offset', () => {
    const para = blocks[1]!;
    const second = para.text.indexOf('Second');
    expect(source.locate(para.id, second)).toEqual({ offset: SOURCE.indexOf('Second'), line: 4, column: 1 });
    const escaped = para.text.indexOf('*');
    expect(source.locate(para.id, escaped)).toEqual({ offset: SOURCE.indexOf('\\*') + 1, line: 3, column: SOURCE.split('\n')[2]!.indexOf('\\*') + 2 });
    const cell = blocks.find((b) => b.text === '10:30 to 14:00')!;
    expect(source.locate(cell.id, 0)).toMatchObject({ line: 19, column: 13 });
  });

  it('maps a range across bold markup to the exact file slice', () => {
    const item = blocks[3]!;
    const start = source.locate(item.id, 0)!.offset!;
    const last = source.locate(item.id, item.text.length - 1)!.offset!;
    expect(SOURCE.slice(start, last + 1)).toBe('second **item');
  });

  it('handles Windows line endings', () => {
    const crlf = 'First line\r\nsecond line\r\n\r\n- item\r\n';
    const doc = parseMarkdown(crlf);
    expect(doc.doc.blocks.map((b) => b.text)).toEqual(['First line second line', 'item']);
    const p = doc.doc.blocks[0]!;
    expect(crlf[doc.locate(p.id, p.text.indexOf('second'))!.offset!]).toBe('s');
  });

  it('reads the good example consultation with headings and list items', () => {
    const text = readFileSync(new URL('../../examples/good-consultation.md', import.meta.url), 'utf8');
    const doc = parseMarkdown(text).doc;
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(doc.blocks.filter((b) => b.kind === 'list-item').length).toBeGreaterThan(20);
    expect(doc.blocks.some((b) => /\*\*|\[/.test(b.text))).toBe(false);
  });
});

describe('front matter', () => {
  it('leaves YAML front matter out of the text, keeping every position', () => {
    const source = '---\ntitle: Library hours\ntags:\n  - consultation\n---\n# Have your say\n\nWe want your views.\n';
    const { doc } = parseMarkdown(source);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Have your say'],
      ['paragraph', 'We want your views.'],
    ]);
    expect(withoutFrontMatter(source).length).toBe(source.length);
    expect(withoutFrontMatter(source).indexOf('# Have your say')).toBe(source.indexOf('# Have your say'));
  });

  it('keeps a rule and a heading that are not front matter', () => {
    const source = '---\n\nSome words\n---\n';
    expect(withoutFrontMatter(source)).toBe(source);
  });
});
