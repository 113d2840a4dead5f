/** The formatters on a hand-made result: escaping, colour, errors, places. */
import { describe, expect, it } from 'vitest';
import { errorResult, exitCodeFor, type FileResult } from '../../src/report/model';
import { formatText } from '../../src/report/text';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown';
import { toJsonReport } from '../../src/report/json';
import { importWordList, ImportError } from '../../src/wordlists';

const result: FileResult = {
  path: 'plan.docx',
  positions: 'block',
  profiles: [{ id: 'engagement-plan', reasons: ['sets out objectives'], source: 'detected' }],
  stats: { words: 120, sentences: 6, paragraphs: 4, averageSentenceLength: 20, readingAge: 14.2, fleschKincaidGrade: 9.2 },
  findings: [
    {
      ruleId: 'jargon', severity: 'warning', message: 'Plain words help.', text: 'stakeholders | *all*', start: 3, end: 23,
      line: 2, column: 4, endLine: 2, endColumn: 24, suggestions: ['people'], barriers: ['inaccessible-language'], enablers: ['check-understanding'],
    },
    {
      ruleId: 'missing-updates', severity: 'error', message: 'Say how people will hear back.', text: null, start: null, end: null,
      line: null, column: null, endLine: null, endColumn: null, suggestions: [], barriers: ['poor-communication'], enablers: ['keeping-people-updated'],
      example: 'We will write to you every month.',
    },
  ],
};

describe('formatters', () => {
  it('escapes document text in Markdown so it cannot become a table, emphasis or a link', () => {
    expect(escapeMarkdown('a | *b* [c](d) <img>\n1. x')).toBe('a \\| \\*b\\* \\[c\\]\\(d\\) \\<img\\> 1. x');
    const md = formatMarkdown([result]);
    expect(md).toContain('| 2:4 | warning | “stakeholders \\| \\*all\\*” |');
    expect(md).toContain('| whole document | error | — | Say how people will hear back.<br>For example: “We will write to you every month.” |  |');
    expect(md).toContain('- Keeping people updated, regularly');
    // The error group comes first.
    expect(md.indexOf('### Poor communication')).toBeLessThan(md.indexOf('### Inaccessible language'));
  });

  it('colours the text report only when asked', () => {
    expect(formatText([result])).not.toContain('\u001b[');
    const coloured = formatText([result], { color: true });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(formatText([result])).toContain('whole document  error       Say how people will hear back.');
  });

  it('shows what helps with the first finding of each rule, not with every repeat', () => {
    const second = { ...result.findings[0]!, text: 'leverage', start: 40, end: 48, column: 41 };
    const text = formatText([{ ...result, findings: [result.findings[0]!, second, result.findings[1]!] }]);
    expect(text.match(/What helps: not making assumptions: check people's understanding/g)).toHaveLength(1);
    expect(text.match(/What helps: keeping people updated, regularly/g)).toHaveLength(1);
    expect(text).toContain('“leverage” — Plain words help.');
  });

  it('lists unreadable files in JSON with an error and no findings, and exits 1 for them', () => {
    const bad = errorResult('x.pdf', 'We could not read ‘x.pdf’: it is damaged.');
    const json = toJsonReport([result, bad]);
    expect(json.files[1]).toEqual({ path: 'x.pdf', profiles: [], stats: null, findings: [], error: 'We could not read ‘x.pdf’: it is damaged.' });
    expect(exitCodeFor([bad])).toBe(1);
    expect(exitCodeFor([{ ...result, findings: [result.findings[0]!] }])).toBe(0);
    expect(exitCodeFor([result])).toBe(1);
  });
});

describe('word lists from CSV (the importer the CLI shares with the options page)', () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  it('reads alternatives split by ; or | and keeps notes and severities', () => {
    const list = importWordList(enc('Term,Alternatives,Note,Severity\n"going forward","from now on|in future",Filler,suggestion\nleverage,use;build on,,\n'), 'our-words.csv');
    expect(list.name).toBe('our words');
    expect(list.terms).toEqual([
      { term: 'going forward', alternatives: ['from now on', 'in future'], note: 'Filler', severity: 'suggestion' },
      { term: 'leverage', alternatives: ['use', 'build on'] },
    ]);
  });

  it('says which line is wrong, and asks for the header', () => {
    expect(() => importWordList(enc('leverage,use\n'), 'w.csv')).toThrow(/^Line 1: the first row should name the columns, starting with “term”/);
    expect(() => importWordList(enc('term,alternatives\n,use\n'), 'w.csv')).toThrow(ImportError);
    expect(() => importWordList(enc('term,alternatives\n,use\n'), 'w.csv')).toThrow(/^Line 2: the term is empty/);
  });
});
