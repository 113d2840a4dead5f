import { describe, expect, it } from 'vitest';
import { tableForLayout } from '../../rules/table-for-layout';
import { lintDocx, lintHtml, lintMarkdown, lintText, Paragraph, Table, TableCell, TableRow, words } from './shape-helpers';

const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('table-for-layout', () => {
  it('flags a data table with no header row, on its first cell', () => {
    const findings = lintHtml(tableForLayout, `<table>${row('Monday', '10am to 4pm')}${row('Tuesday', 'Closed')}</table>`);
    expect(findings.map((f) => [f.text, f.message])).toEqual([
      ['Monday', 'The table that starts “Monday” has no header row. A screen reader uses the header row to say what each cell means.'],
    ]);
  });

  it('leaves tables with a header row or header cells, and tables marked as layout', () => {
    expect(lintHtml(tableForLayout, `<table><thead>${row('Day', 'Hours')}</thead>${row('Monday', '10am')}</table>`)).toEqual([]);
    expect(lintHtml(tableForLayout, `<table><tr><th>Day</th><th>Hours</th></tr>${row('Monday', '10am')}</table>`)).toEqual([]);
    expect(lintHtml(tableForLayout, `<table role="presentation">${row(words(30), words(30))}</table>`)).toEqual([]);
  });

  it('flags tables used for layout: one column, one row, prose side by side, headings inside', () => {
    const one = lintHtml(tableForLayout, `<table>${row('Bring your letter')}${row('Bring photo ID')}</table>`);
    expect(one[0]!.message).toMatch(/only one column/);
    const side = lintHtml(tableForLayout, `<table>${row(words(30), words(30))}</table>`);
    expect(side[0]!.message).toMatch(/set text side by side/);
    const heads = lintHtml(tableForLayout, `<table>${row('<h2>Our plan</h2><p>Text</p>', '<h2>Your say</h2><p>More</p>')}${row('a', 'b')}</table>`);
    expect(heads[0]!.message).toMatch(/set text side by side/);
  });

  it('reads Markdown tables, whose first row is always a header row', () => {
    expect(lintMarkdown(tableForLayout, '| Day | Hours |\n|---|---|\n| Monday | 10am |')).toEqual([]);
  });

  it('reads header rows in a Word document', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    // Word writes no header flag at all on ordinary rows (the docx package would write one set to false).
    const table = (header: boolean) => new Table({ rows: [new TableRow({ ...(header ? { tableHeader: true } : {}), children: [cell('Milestone'), cell('Date')] }), new TableRow({ children: [cell('Survey opens'), cell('2 March')] })] });
    expect((await lintDocx(tableForLayout, [table(false)])).map((f) => f.text)).toEqual(['Milestone']);
    expect(await lintDocx(tableForLayout, [table(true)])).toEqual([]);
  });

  it('says nothing about plain text', () => {
    expect(lintText(tableForLayout, 'Day\tHours\nMonday\t10am\n| a | b |\n| c | d |')).toEqual([]);
  });
});
