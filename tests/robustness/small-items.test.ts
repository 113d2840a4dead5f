/**
 * Smaller robustness items: rule options of the wrong kind, policy sites,
 * linked files in folders, option errors, and the exit codes the README
 * gives for each kind of outcome.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess, tempFolder } from '../cli/helpers';
import { parseConfig, resolveRuleSetting, ruleOptionProblems } from '../../src/engine';
import { lint } from '../../src/lint';
import { parsePlainText } from '../../src/sources/plain-text';
import { parseManaged } from '../../src/storage';

const LONG = 'We are writing to let you know that the council has been looking again at how the community transport service works across the borough and would like to hear from the people who use it before anything is decided this year.';
const GOOD = join(ROOT, 'examples/good-consultation.md');

describe('rule options of the wrong kind', () => {
  const { config } = parseConfig({ rules: { 'long-sentence': { options: { maxWords: 'ten' } } } });

  it('are named as a problem', () => {
    expect(ruleOptionProblems(config, [{ id: 'long-sentence', defaultOptions: { maxWords: 25 } }])).toEqual([
      { path: 'rules.long-sentence.options.maxWords', message: 'should be a number, like 25 (it is "ten")' },
    ]);
  });

  it('keep the default when checking, never "NaN words"', () => {
    expect(resolveRuleSetting(config, 'long-sentence', 'warning', { maxWords: 25 }).options.maxWords).toBe(25);
    const findings = lint(parsePlainText(`${LONG}\n\nWe met today.`).doc, config).findings.filter((f) => f.ruleId === 'long-sentence');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).not.toMatch(/NaN/);
  });

  it('stop the command with exit 2 and a plain message', async () => {
    const folder = tempFolder({ 'settings.json': JSON.stringify({ rules: { 'long-sentence': { options: { maxWords: 'ten' } } } }) });
    const out = await runInProcess(['check', '--config', 'settings.json', GOOD], folder);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('We could not use the settings in ‘settings.json’. rules.long-sentence.options.maxWords should be a number, like 25 (it is "ten").');
  });
});

describe('policy sites', () => {
  it('are cleaned like personal ones', () => {
    expect(parseManaged({ sites: ['intranet.example.org/news', 'https://a.example.org:8443/x', 'javascript:alert(1)', 'ftp://files.example.org', 42, 'intranet.example.org'] }).sites).toEqual([
      'https://intranet.example.org',
      'https://a.example.org:8443',
    ]);
  });
});

describe('folders with links in them', () => {
  it('follows linked files and folders, and names a broken link', async () => {
    const folder = tempFolder({ 'other/real.txt': 'We will tell you what we decided, by letter.\n' });
    mkdirSync(join(folder, 'docs'));
    symlinkSync(join(folder, 'other/real.txt'), join(folder, 'docs/linked.txt'));
    symlinkSync(join(folder, 'other'), join(folder, 'docs/linked-folder'));
    symlinkSync(folder, join(folder, 'docs/loop'));
    symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'docs/broken.txt'));
    const out = await runInProcess(['check', '--format', 'json', 'docs'], folder);
    const files = (JSON.parse(out.stdout) as { files: { path: string; error?: string }[] }).files;
    expect(files.map((f) => f.path)).toEqual(['docs/linked-folder/real.txt', 'docs/linked.txt', 'docs/broken.txt']);
    expect(files[2]!.error).toMatch(/‘docs\/broken\.txt’: it is a link \(shortcut\) to a file that is not there/);
    expect(out.code).toBe(1);
  });
});

describe('option errors name the option as people type it', () => {
  it.each([
    [['-f'], 'The option ‘--format’ needs a value after it, for example: --format json'],
    [['--words'], 'The option ‘--words’ needs a value after it, for example: --words our-words.csv'],
    [['--quiet=yes'], 'The option ‘--quiet’ does not take a value.'],
  ])('%s', async (args, message) => {
    const out = await runInProcess(['check', ...args]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
  });
});

describe('exit codes match the README', () => {
  it('0 for nothing at error level, 1 for an error-level finding or an unreadable file, 2 for wrong use', async () => {
    const folder = tempFolder({ 'fine.txt': 'We met today.\n', 'empty.txt': '' });
    // Says nothing about what will happen to people's views: an error-level finding.
    writeFileSync(join(folder, 'consultation.txt'), 'Consultation on the new bus routes\n\nWe are consulting on changes to bus routes. Have your say in our survey before 1 May 2026.\n');
    expect((await runInProcess(['check', 'fine.txt'], folder)).code).toBe(0);
    expect((await runInProcess(['check', 'consultation.txt'], folder)).code).toBe(1);
    expect((await runInProcess(['check', 'empty.txt', 'fine.txt'], folder)).code).toBe(1);
    expect((await runInProcess(['check', 'missing.txt'], folder)).code).toBe(1);
    expect((await runInProcess(['check', '--format', 'xml', 'fine.txt'], folder)).code).toBe(2);
    expect((await runInProcess(['check'], folder)).code).toBe(2);
  });
});
