/** `doing-with check` end to end, through bin/doing-with.js in a child process. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempFolder } from './helpers';

const DRAFT = 'examples/draft-consultation.txt';
const GOOD = 'examples/good-consultation.md';
const FINDING_KEYS = ['ruleId', 'severity', 'message', 'text', 'start', 'end', 'line', 'column', 'suggestions', 'barriers', 'enablers', 'patternId'];

interface JsonFinding {
  ruleId: string; severity: string; message: string; text: string | null;
  start: number | null; end: number | null; line: number | null; column: number | null;
  suggestions: string[]; barriers: string[]; enablers: string[]; patternId: string | null;
}
interface JsonFile { path: string; profiles: string[]; stats: { words: number } | null; findings: JsonFinding[]; error?: string }
interface JsonReport { version: number; files: JsonFile[] }

// Each test starts Node, tsx and the engine one to three times; on a busy two-core machine that is slow.
vi.setConfig({ testTimeout: 60_000 });

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const LONG = 'We are writing to let you know that the council has been looking again at how the community transport service works across the borough and would like to hear from the people who use it before anything is decided this year.';

describe('usage', () => {
  it('shows help and the version with exit code 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('doing-with check <files or folders…>');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('exits 2 for an unknown option, saying what was wrong', async () => {
    const run = await cli(['check', '--colour', DRAFT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('We do not know the option ‘--colour’.');
    expect(run.stderr).toContain('doing-with --help');
    expect(run.stdout).toBe('');
  });

});

describe('JSON report', () => {
  it('follows the contract, with offsets into the .txt file and nulls for document-level findings', async () => {
    const run = await cli(['check', '--format', 'json', DRAFT]);
    const report = json(run.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const file = report.files[0]!;
    expect(Object.keys(file)).toEqual(['path', 'profiles', 'stats', 'findings']);
    expect(file.path).toBe(DRAFT);
    expect(file.profiles).toContain('consultation');
    expect(file.stats!.words).toBeGreaterThan(700);
    expect(file.findings.length).toBeGreaterThan(10);

    const content = readFileSync(join(ROOT, DRAFT), 'utf8');
    const lines = content.split('\n');
    let ranged = 0;
    let documentLevel = 0;
    for (const f of file.findings) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      // What made it, for developers: a pattern ("us-and-them/labels/the-elderly") or a hook ("long-sentence/length"); never in the message.
      if (f.ruleId !== 'doing-to') expect(f.patternId, f.ruleId).toMatch(new RegExp(`^${f.ruleId}/`));
      if (f.patternId) expect(f.message).not.toContain(f.patternId);
      expect(f.barriers.length).toBeGreaterThan(0);
      expect(f.enablers.length).toBeGreaterThan(0);
      if (f.start === null) {
        documentLevel++;
        expect([f.end, f.text, f.line, f.column]).toEqual([null, null, null, null]);
      } else {
        ranged++;
        expect(f.text).toBe(content.slice(f.start, f.end!));
        // line:column is the same place as the offset.
        const before = content.slice(0, f.start).split('\n');
        expect([f.line, f.column]).toEqual([before.length, before[before.length - 1]!.length + 1]);
        expect(lines[f.line! - 1]!.slice(f.column! - 1).startsWith(f.text!.split('\n')[0]!)).toBe(true);
      }
    }
    expect(ranged).toBeGreaterThan(5);
    expect(documentLevel).toBeGreaterThan(0);
  });

  it('still checks the other files when some cannot be read, and exits 1', async () => {
    const dir = tempFolder({ 'empty.txt': '', 'notes.rtf': '{\\rtf1 hello}', 'big.txt': '' });
    // A sparse file: 21 MB long without writing 21 MB.
    truncateSync(join(dir, 'big.txt'), 21 * 1024 * 1024);
    const files = [join(ROOT, GOOD), join(dir, 'empty.txt'), join(ROOT, 'tests/fixtures/files/encrypted.pdf'), join(dir, 'big.txt'), join(dir, 'notes.rtf'), join(dir, 'missing.md')];
    // Paths inside the working folder are shown relative to it; others in full.
    const run = await cli(['check', '--format', 'json', ...files], dir);
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(report.files.map((f) => f.path)).toEqual([join(ROOT, GOOD), 'empty.txt', join(ROOT, 'tests/fixtures/files/encrypted.pdf'), 'big.txt', 'notes.rtf', 'missing.md']);
    const [good, ...bad] = report.files;
    expect(good!.error).toBeUndefined();
    expect(good!.findings.length).toBeGreaterThan(0);
    for (const f of bad) {
      expect(f.error).toMatch(/‘.+’/);
      expect(f.findings).toEqual([]);
      expect(run.stderr).toContain(f.error!);
    }
    expect(run.stderr).toContain('We could not read ‘empty.txt’: the file is empty.');
    expect(run.stderr).toContain('protected with a password');
    expect(run.stderr).toContain('‘big.txt’ is too large to check (21.0 MB; the limit is 20 MB)');
    expect(run.stderr).toContain('We could not read ‘notes.rtf’: we cannot check files ending in .rtf.');
    expect(run.stderr).toContain('We could not find ‘missing.md’.');
  });
});

describe('options', () => {
  it('--words adds an organisation term from a CSV list', async () => {
    const dir = tempFolder({
      'doc.txt': 'The widgetisation of services will continue next year.\n',
      'words.csv': 'term,alternatives,note,severity\nwidgetisation,making widgets;widget work,Our own jargon,warning\n',
    });
    // Without the list the word may still be found as an unfamiliar word; the list's finding carries the team's advice.
    const flagged = (r: JsonReport) => r.files[0]!.findings.filter((f) => f.text === 'widgetisation' && f.patternId?.startsWith('jargon/word-list'));
    const without = await cli(['check', '--format', 'json', 'doc.txt'], dir);
    expect(flagged(json(without.stdout))).toEqual([]);
    const run = await cli(['check', '--format', 'json', '--words', 'words.csv', 'doc.txt'], dir);
    const found = flagged(json(run.stdout));
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual(['making widgets', 'widget work']);
    expect(found[0]!.start).toBe(4);
  });

  it('--config turns a rule off or up', async () => {
    const dir = tempFolder({
      'doc.txt': `${LONG}\n`,
      'off.json': JSON.stringify({ rules: { 'long-sentence': 'off' } }),
      'error.json': JSON.stringify({ rules: { 'long-sentence': 'error' } }),
      'bad.json': JSON.stringify({ rules: { 'long-sentence': 'loud' } }),
      'broken.json': '{ "rules": ',
    });
    const ids = (r: JsonReport) => r.files[0]!.findings.map((f) => f.ruleId);
    const base = await cli(['check', '--format', 'json', 'doc.txt'], dir);
    expect(ids(json(base.stdout))).toContain('long-sentence');
    const off = await cli(['check', '--format', 'json', '--config', 'off.json', 'doc.txt'], dir);
    expect(ids(json(off.stdout))).not.toContain('long-sentence');
    const error = await cli(['check', '--config', 'error.json', 'doc.txt'], dir);
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/1:1\s+error\s+“We are writing/);
  });

  it('does what the README says on the shipped examples: many warnings and suggestions, no part missing altogether, exit 0', async () => {
    const draft = await cli(['check', '--format', 'json', DRAFT]);
    const findings = json(draft.stdout).files[0]!.findings;
    expect(findings.length).toBeGreaterThanOrEqual(80);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'missing-timeline' && /April 2026/.test(f.message))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'missing-feedback-use' && /all views will be acted on/.test(f.message))).toBe(true);
    expect(draft.code).toBe(0);
    expect((await cli(['check', GOOD])).code).toBe(0);
  });

  it('exits 0 when nothing is at error severity', async () => {
    const dir = tempFolder({ 'doc.txt': 'Thank you for coming to the group today.\n' });
    const run = await cli(['check', 'doc.txt'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

});

describe('other formats', () => {
  it('text: places, severities, suggestions, enablers and a summary, without colour when not a terminal', async () => {
    const run = await cli(['check', DRAFT, 'examples/engagement-plan.docx']);
    expect(run.stdout).toMatch(/^examples\/draft-consultation\.txt$/m);
    expect(run.stdout).toMatch(/^ {2}\d+:\d+\s+(?:error|warning|suggestion)\s+“[^”]+” — \S/m);
    expect(run.stdout).toMatch(/^ +Try: “/m);
    expect(run.stdout).toMatch(/^ +What helps: /m);
    expect(run.stdout).toMatch(/reading age about \d+/);
    expect(run.stdout).toContain('Places are paragraph:character');
    expect(run.stdout).toMatch(/^Checked 2 files: \d+ findings/m);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('sarif: 2.1.0 with rules and help text, and regions for a text file', async () => {
    const run = await cli(['check', '--format', 'sarif', DRAFT, 'tests/fixtures/files/corrupt.pdf']);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [runLog] = sarif.runs;
    const rules = runLog.tool.driver.rules as { id: string; help: { text: string } }[];
    expect(rules.find((r) => r.id === 'long-sentence')!.help.text).toMatch(/Why it matters:/);
    const result = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'long-sentence');
    expect(rules[result.ruleIndex]!.id).toBe('long-sentence');
    const region = result.locations[0].physicalLocation.region;
    const content = readFileSync(join(ROOT, DRAFT), 'utf8');
    expect(content.slice(region.charOffset, region.charOffset + region.charLength)).toBe(region.snippet.text);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(DRAFT);
    expect(runLog.invocations[0].executionSuccessful).toBe(false);
    expect(runLog.invocations[0].toolExecutionNotifications[0].message.text).toContain('corrupt.pdf');
  });
});

describe('npm run check', () => {
  it('works as the package script', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync('npm', ['run', '--silent', 'check', '--', '--format', 'json', GOOD], { cwd: ROOT, encoding: 'utf8' });
    expect(json(run.stdout).files[0]!.path).toBe(GOOD);
  });
});

describe('the start-up snapshot', () => {
  it('is built at install and gives the same report as the command without it, for every kind of file', async () => {
    const { spawnSync } = await import('node:child_process');
    const { existsSync } = await import('node:fs');
    // Running the command once brings dist/cli up to date with the source (the blob included).
    await cli(['--version']);
    const dist = join(ROOT, 'dist', 'cli');
    expect(existsSync(join(dist, 'engine.blob'))).toBe(true);
    // It holds an engine warmed up on a short varied document, not a lighter fallback warm-up.
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(dist, 'snapshot.json'), 'utf8')).warmUp).toBe('document');
    const files = [DRAFT, GOOD, 'examples/engagement-plan.docx', 'examples/meeting-invitation.html', 'tests/fixtures/files/corrupt.pdf'];
    const args = ['check', '--format', 'json', ...files];
    // Straight from the blob, as bin/doing-with.js starts it, and as the plain bundle.
    // @ts-expect-error: a plain JavaScript module without types
    const { snapshotCommand } = (await import('../../bin/snapshot-command.cjs')) as { snapshotCommand: (args: string[], how: object) => string[] | null };
    const stamp = JSON.parse(readFileSync(join(dist, 'snapshot.json'), 'utf8')) as { v8Flags: string[] };
    // Built with the V8 options it must be loaded with (bin/build-cli.mjs), and started with them.
    expect(stamp.v8Flags).toEqual(['--no-rehash-snapshot']);
    const command = snapshotCommand(args, { dist, stamp, blobExists: () => true, env: {}, execArgv: [] });
    expect(command?.slice(0, 2)).toEqual(['--no-rehash-snapshot', '--snapshot-blob']);
    const fromSnapshot = spawnSync(process.execPath, command!, { cwd: ROOT, encoding: 'utf8' });
    const plain = await cli(args, ROOT, { DOING_WITH_NO_SNAPSHOT: '1' });
    expect(fromSnapshot.stderr).toBe(plain.stderr);
    expect(fromSnapshot.status).toBe(plain.code);
    expect(json(fromSnapshot.stdout).files.map((f) => f.findings.length).slice(0, 4).every((n) => n > 0)).toBe(true);
    expect(fromSnapshot.stdout).toBe(plain.stdout);
  });
});
