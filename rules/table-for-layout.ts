import type { AnalysedBlock, Rule } from '../src/engine';
import { hasStructure, shortQuote } from './lib/doc-shape';

/** Cells this long on average are prose set side by side, not data. */
const PROSE_CELL_WORDS = 25;

interface TableSeen {
  cells: AnalysedBlock[];
  rows: Set<number>;
  cols: number;
  header: boolean;
  layout: boolean;
  headingInside: boolean;
}

export const tableForLayout: Rule = {
  meta: {
    id: 'table-for-layout',
    title: 'Tables with headers, used for data',
    barriers: ['poor-communication', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'check-understanding'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** Shape of each table: one column, text set side by side, no header row. */
    hooks: ['one-column', 'text-side-by-side', 'no-header-row'],
    docs: {
      description:
        'Finds tables with no header row, and tables used to lay text out (one column, one row, or long paragraphs side by side). Tables marked as layout only are left alone. Only for documents that carry tables: web pages, Word, Google Docs, HTML and Markdown.',
      why: 'A screen reader reads a table cell by cell and says which column each cell is in, using the header row. With no header row the numbers lose their meaning; text laid out in a table is read in an order that makes little sense, and is hard to read on a phone.',
      bad: '<table><tr><td>Monday</td><td>10am to 4pm</td></tr><tr><td>Tuesday</td><td>Closed</td></tr></table>',
      good: '<table><tr><th>Day</th><th>Opening hours</th></tr><tr><td>Monday</td><td>10am to 4pm</td></tr><tr><td>Tuesday</td><td>Closed</td></tr></table>',
      sources: [
        'WCAG 2.2, 1.3.1 Info and Relationships — https://www.w3.org/WAI/tutorials/tables/',
        'GOV.UK: tables (use them for data, with a header row) — https://www.gov.uk/guidance/content-design/tables',
      ],
    },
  },
  checkDocument(ctx) {
    if (!hasStructure(ctx)) return;
    const tables = new Map<number, TableSeen>();
    for (const ab of ctx.blocks) {
      const cell = ab.block.structure?.table;
      if (!cell) continue;
      let t = tables.get(cell.table);
      if (!t) tables.set(cell.table, (t = { cells: [], rows: new Set(), cols: 0, header: false, layout: false, headingInside: false }));
      t.cells.push(ab);
      t.rows.add(cell.row);
      t.cols = Math.max(t.cols, cell.col + 1);
      t.header ||= cell.header;
      t.layout ||= cell.layout === true;
      t.headingInside ||= ab.block.kind === 'heading';
    }
    for (const t of tables.values()) {
      // A table that says it is for layout (role="presentation") is read as plain text: fine.
      if (t.layout || !t.cells.length) continue;
      const first = t.cells[0]!;
      const at = { blockId: first.block.id, start: 0, end: first.block.text.length };
      const which = `The table that starts “${shortQuote(first.block.text, 6)}”`;
      const words = t.cells.reduce((n, ab) => n + ab.analysis.wordCount, 0);
      const rows = t.rows.size;
      if (t.cols === 1 && rows >= 2) {
        ctx.report({
          ...at,
          message: `${which} has only one column. It is a list set out as a table, which a screen reader reads as a table, cell by cell.`,
          suggestions: ['Make it a list, or plain paragraphs.'],
          patternId: 'table-for-layout/one-column',
        });
      } else if (!t.header && (t.headingInside || words / t.cells.length >= PROSE_CELL_WORDS || (rows === 1 && t.cols >= 2))) {
        ctx.report({
          ...at,
          message: `${which} seems to be there to set text side by side rather than to show data. On a phone, or with a screen reader, the text is read in an order that is hard to follow.`,
          suggestions: ['Put the text in paragraphs under headings, one after the other.'],
          patternId: 'table-for-layout/text-side-by-side',
        });
      } else if (!t.header && rows >= 2 && t.cols >= 2) {
        ctx.report({
          ...at,
          message: `${which} has no header row. A screen reader uses the header row to say what each cell means.`,
          suggestions: ['Mark the first row as a header row (in Word: Table Properties › Row › “Repeat as header row”; on a web page: <th> cells).'],
          patternId: 'table-for-layout/no-header-row',
        });
      }
    }
  },
};
