/** `doing-with check` in-process (the same run() the binary calls): options and usage errors. */
import { describe, expect, it } from 'vitest';
import { runInProcess, tempFolder } from './helpers';

const DRAFT = 'examples/draft-consultation.txt';

interface JsonFinding {
  ruleId: string; severity: string; message: string; text: string | null;
  start: number | null; end: number | null; line: number | null; column: number | null;
  suggestions: string[]; barriers: string[]; enablers: string[];
}
interface JsonFile { path: string; profiles: string[]; stats: { words: number } | null; findings: JsonFinding[]; error?: string }
interface JsonReport { version: number; files: JsonFile[] }

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const LONG = 'We are writing to let you know that the council has been looking again at how the community transport service works across the borough and would like to hear from the people who use it before anything is decided this year.';

describe('run', () => {
  it('exits 2 with a plain message for an unknown option, no files, a bad format or an unknown kind of document', async () => {
    const unknown = await runInProcess(['check', '--colour', DRAFT]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('We do not know the option ‘--colour’.');
    expect(unknown.stderr).toContain('doing-with --help');
    expect(unknown.stdout).toBe('');
    const none = await runInProcess(['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Say which files or folders to check');
    const format = await runInProcess(['check', '--format', 'xml', DRAFT]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('We do not know the format ‘xml’. Use one of: text, json, markdown, sarif.');
    const profile = await runInProcess(['check', '--profile', 'letter', DRAFT]);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('We do not know the kind of document ‘letter’');
  });

  it('--words reads a JSON list of terms as well as CSV', async () => {
    const dir = tempFolder({
      'doc.txt': 'The widgetisation of services will continue next year.\n',
      'words.json': JSON.stringify(['widgetisation']),
    });
    const found = json((await runInProcess(['check', '--format', 'json', '--words', 'words.json', 'doc.txt'], dir)).stdout).files[0]!.findings.filter((f) => f.text === 'widgetisation');
    expect(found).toHaveLength(1);
  });

  it('--words with a broken list exits 2 and names the line', async () => {
    const dir = tempFolder({ 'doc.txt': 'Hello.\n', 'words.csv': 'term,alternatives,severity\nwidget,gadget,loud\n' });
    const run = await runInProcess(['check', '--words', 'words.csv', 'doc.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('We could not use the word list ‘words.csv’');
    expect(run.stderr).toContain('Line 2: the severity “loud” is not one we know. Use error, warning or suggestion');
  });


  it('--profile replaces detection (repeatable or a comma list)', async () => {
    const one = json((await runInProcess(['check', '--format', 'json', '--profile', 'meeting-invitation', DRAFT])).stdout);
    expect(one.files[0]!.profiles).toEqual(['meeting-invitation']);
    const two = json((await runInProcess(['check', '--format', 'json', '-p', 'report,general', '--profile', 'report', DRAFT])).stdout);
    expect(two.files[0]!.profiles).toEqual(['report', 'general']);
  });


  it('--quiet keeps only errors', async () => {
    const dir = tempFolder({ 'doc.txt': `${LONG}\nService users will be informed.\n`, 'error.json': JSON.stringify({ rules: { 'long-sentence': 'error' } }) });
    const report = json((await runInProcess(['check', '--format', 'json', '--quiet', '--config', 'error.json', 'doc.txt'], dir)).stdout);
    const severities = report.files[0]!.findings.map((f) => f.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });


  it('walks folders for documents, skipping hidden folders and other files, and shows progress', async () => {
    const files: Record<string, string> = { 'notes.xyz': 'x', '.hidden/c.txt': 'Hidden.', 'sub/b.md': '# Plan\n\nText.', 'a.txt': 'Hello there.' };
    for (let i = 0; i < 5; i++) files[`more/doc${i}.txt`] = `Document ${i}.`;
    const dir = tempFolder(files);
    const run = await runInProcess(['check', '--format', 'json', '--progress', '.'], dir);
    expect(json(run.stdout).files.map((f) => f.path)).toEqual(['a.txt', 'more/doc0.txt', 'more/doc1.txt', 'more/doc2.txt', 'more/doc3.txt', 'more/doc4.txt', 'sub/b.md']);
    expect(run.stderr).toContain('Checked 7 of 7 files…');
    const empty = await runInProcess(['check', 'more/none'], tempFolder({ 'more/none/readme.xyz': 'x' }));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('There are no documents we can check in ‘more/none’');
  });

  it('markdown: a review report with findings grouped by barrier and what helps', async () => {
    const run = await runInProcess(['check', '--format', 'markdown', DRAFT]);
    expect(run.stdout).toMatch(/^# Doing With review$/m);
    expect(run.stdout).toMatch(/^## examples\/draft-consultation\.txt$/m);
    expect(run.stdout).toMatch(/^\| Reading age \| about \d+ \|$/m);
    expect(run.stdout).toMatch(/^### Having an 'us and them' attitude$/m);
    expect(run.stdout).toMatch(/^\*\*What helps:\*\*$/m);
    expect(run.stdout).toMatch(/^\| \d+:\d+ \| (?:error|warning|suggestion) \| “/m);
  });

  it('--config with a bad setting or broken JSON exits 2 naming the file and setting', async () => {
    const dir = tempFolder({
      'doc.txt': 'Hello.\n',
      'bad.json': JSON.stringify({ rules: { 'long-sentence': 'loud' } }),
      'broken.json': '{ "rules": ',
    });
    const bad = await runInProcess(['check', '--config', 'bad.json', 'doc.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('We could not use the settings in ‘bad.json’');
    expect(bad.stderr).toContain('the rule “long-sentence”: should be "off", a severity, or an object');
    const broken = await runInProcess(['check', '--config', 'broken.json', 'doc.txt'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
  });
});
