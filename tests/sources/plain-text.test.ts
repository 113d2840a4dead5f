import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/sources/plain-text';
import { Linter } from '../../src/engine';
import { usAndThem } from '../../rules/us-and-them';

const shape = (src: string) => parsePlainText(src).doc.blocks.map((b) => [b.kind, b.text, b.level]);

describe('plain text: headings', () => {
  it.each([
    ['Background\n\nThe service started in 2010.', ['heading', 'Background', 2]],
    ['Have your say on local health services\nWe want to hear from you.', ['heading', 'Have your say on local health services', 2]],
    ['1. Background\nThe service started in 2010.', ['heading', '1. Background', 2]],
    ['2.1 Why we are consulting\n\nText here.', ['heading', '2.1 Why we are consulting', 3]],
    ['3.2.1 Costs\n\nText here.', ['heading', '3.2.1 Costs', 4]],
    ['How to respond:\n- Online', ['heading', 'How to respond:', 2]],
    ['WHAT HAPPENS NEXT\nWe will publish a report.', ['heading', 'WHAT HAPPENS NEXT', 2]],
    ['Section 3: Costs\nThe costs are high.', ['heading', 'Section 3: Costs', 2]],
    ['8. What happens next?\nWe will read every reply.', ['heading', '8. What happens next?', 2]],
    ['How can I have my say?\n\nFill in the survey.', ['heading', 'How can I have my say?', 2]],
  ])('%j', (src, first) => {
    expect(shape(src)[0]).toEqual(first);
  });

  it('does not take a sentence, a long line or a wrapped line for a heading', () => {
    expect(shape('What will happen next?')[0]![0]).toBe('paragraph');
    // A question inside running text, or a long one, is a sentence.
    expect(shape('We asked a question.\nWhat will happen next?\nNobody knew.')[1]).toEqual(undefined);
    expect(shape('Do you agree with the plan to close the library on Sundays and open late on Fridays?\nYes or no.')[0]![0]).toBe('paragraph');
    expect(shape('We would like to hear from as many people as possible about all of these plans:\n- one')[0]![0]).toBe('paragraph');
    expect(shape('The consultation closes on\n12 March 2025 at midnight.')).toEqual([
      ['paragraph', 'The consultation closes on 12 March 2025 at midnight.', undefined],
    ]);
    expect(shape('We will hold three events\nacross the borough in May.')).toEqual([
      ['paragraph', 'We will hold three events across the borough in May.', undefined],
    ]);
  });

  it('finds a heading between paragraphs without blank lines', () => {
    expect(shape('Intro paragraph ends here.\nNext Steps\nWe will write to you.')).toEqual([
      ['paragraph', 'Intro paragraph ends here.', undefined],
      ['heading', 'Next Steps', 2],
      ['paragraph', 'We will write to you.', undefined],
    ]);
  });
});

describe('plain text: lists, paragraphs and tables', () => {
  it('reads bullets of every common kind', () => {
    expect(shape('- one\n* two\n• three\n· four\n– five\n▪ six')).toEqual(
      ['one', 'two', 'three', 'four', 'five', 'six'].map((t) => ['list-item', t, undefined]),
    );
  });

  it('reads numbered and lettered lists', () => {
    expect(shape('1. Do this\n2. Do that\n3) And this')).toEqual([
      ['list-item', 'Do this', undefined],
      ['list-item', 'Do that', undefined],
      ['list-item', 'And this', undefined],
    ]);
    expect(shape('a) first\nb) second').map((b) => b[0])).toEqual(['list-item', 'list-item']);
  });

  it('joins wrapped lines into one paragraph and splits at blank lines', () => {
    expect(shape('We want to hear from you about our plans. The consultation\nruns for twelve weeks.\n\nSecond paragraph here.')).toEqual([
      ['paragraph', 'We want to hear from you about our plans. The consultation runs for twelve weeks.', undefined],
      ['paragraph', 'Second paragraph here.', undefined],
    ]);
  });

  it('turns tab-separated and pipe tables into cells, skipping the markdown rule line', () => {
    expect(shape('Name\tRole\nJo Bloggs\tLead')).toEqual(
      ['Name', 'Role', 'Jo Bloggs', 'Lead'].map((t) => ['table-cell', t, undefined]),
    );
    expect(shape('| Day | Time |\n|---|:---:|\n| Monday | 10am |').map((b) => b[1])).toEqual(['Day', 'Time', 'Monday', '10am']);
  });

  it('gives empty documents no blocks and unique ids otherwise', () => {
    expect(parsePlainText('').doc.blocks).toEqual([]);
    expect(parsePlainText('\n\n  \n').doc.blocks).toEqual([]);
    const ids = parsePlainText('A heading\n\nText one.\n\n- item\n\nText two.').doc.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the metadata it is given', () => {
    expect(parsePlainText('Hello.', { source: 'plan.txt' }).doc.meta).toEqual({ source: 'plan.txt' });
  });
});

describe('plain text: line endings and byte-order mark', () => {
  it('reads CRLF files like LF files', () => {
    const lf = 'Background\n\nThe plan\nis ready.\n\n- one\n- two\n';
    expect(shape(lf.replace(/\n/g, '\r\n'))).toEqual(shape(lf));
  });

  it('ignores a byte-order mark', () => {
    expect(shape('\uFEFFBackground\n\nText.')).toEqual(shape('Background\n\nText.'));
  });
});

describe('plain text: locate', () => {
  const source =
    '\uFEFFHave your say\r\n\r\nWe want to hear from you about our plans. We will ask\r\n   service users and carers.\r\n\r\n- Ask the elderly too\r\nName\tRole\r\nJo\tService users lead\r\n';
  const { doc, locate } = parsePlainText(source);

  it('maps every block start back to the source', () => {
    for (const block of doc.blocks) {
      const p = locate(block.id, 0)!;
      // The first line of each block is in the source verbatim.
      const firstLine = block.text.split(/ (?=\S)/)[0]!;
      expect(source.slice(p.offset!, p.offset! + firstLine.length)).toBe(firstLine);
    }
  });

  it('gives line and column, 1-based, not counting the byte-order mark', () => {
    const first = doc.blocks[0]!;
    expect(locate(first.id, 0)).toEqual({ offset: 1, line: 1, column: 1 });
    const item = doc.blocks.find((b) => b.kind === 'list-item')!;
    expect(locate(item.id, 0)).toMatchObject({ line: 6, column: 3 });
  });

  it('maps findings so that the source slice equals the flagged text, across wrapped lines', () => {
    const findings = new Linter([usAndThem]).lint(doc).findings;
    expect(findings.map((f) => f.text)).toEqual(['service users', 'the elderly', 'Service users']);
    for (const f of findings) {
      const start = locate(f.blockId!, f.start!)!;
      const end = locate(f.blockId!, f.end!)!;
      expect(source.slice(start.offset!, end.offset!)).toBe(f.text);
      const lines = source.split('\n');
      expect(lines[start.line - 1]!.slice(start.column - (start.line === 1 ? 0 : 1)).startsWith(f.text!)).toBe(true);
    }
    const [su] = findings;
    expect(locate(su!.blockId!, su!.start!)).toMatchObject({ line: 4, column: 4 });
  });

  it('returns null for an unknown block', () => {
    expect(locate('nope', 0)).toBeNull();
  });
});
