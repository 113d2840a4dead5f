import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, exportSettings, type Settings } from '../../src/storage';
import { planSettingsImport } from '../../src/options/settings-import';
import { ImportError } from '../../src/wordlists';

const enc = (s: string) => new TextEncoder().encode(s);
const mine = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  allow: ['service users'],
  wordLists: [{ id: 'ours', name: 'Ours', enabled: true, terms: [{ term: 'leverage', alternatives: [] }] }],
  subscriptions: [{ url: 'https://x.org/a.csv', listId: 'shared-x' }],
});

describe('loading a settings file', () => {
  it('previews each kind of change and applies lists by id, keeping shared lists', () => {
    const file = JSON.stringify({
      version: 2, easyRead: true, rules: { 'long-sentence': { options: { maxWords: 20 } } }, allow: ['service users', 'PALS'], acronyms: ['NHP'],
      wordLists: [{ id: 'ours', name: 'Ours', terms: [{ term: 'leverage', alternatives: ['use'] }] }, { id: 'new', name: 'New', terms: ['synergy'] }],
      sites: ['https://intranet.example.nhs.uk'],
    });
    const plan = planSettingsImport(mine(), enc(file), 'settings.json');
    expect(plan.changes).toEqual(['1 check set differently', 'Easy Read mode turned on', '1 allowed word added', '1 acronym added', '1 word list added', '1 word list replaced', '1 site to check automatically (you will be asked to allow it)']);
    expect(plan.newSites).toEqual(['https://intranet.example.nhs.uk']);
    expect(plan.next.sites).toEqual([]);
    expect(plan.next.subscriptions).toEqual(mine().subscriptions);
    expect(plan.next.wordLists.map((l) => [l.id, l.terms[0]?.alternatives])).toEqual([['ours', ['use']], ['new', []]]);
  });

  it('reads its own export back with nothing to change', () => {
    const plan = planSettingsImport(mine(), enc(exportSettings(mine())), 'doing-with-settings.json');
    expect(plan.changes).toEqual([]);
  });

  it('names the line of a problem and throws before anything is planned', () => {
    const bad = '{\n  "wordLists": [\n    { "name": "A", "terms": [\n      { "term": "x", "severity": "urgent" }\n    ] }\n  ]\n}';
    expect(() => planSettingsImport(mine(), enc(bad), 'bad.json')).toThrowError(ImportError);
    expect(() => planSettingsImport(mine(), enc(bad), 'bad.json')).toThrowError(/^Line 4: word list 1, term 1, severity: should be error, warning or suggestion\.$/);
    expect(() => planSettingsImport(mine(), enc('{ "allow": [1, }'), 'broken.json')).toThrowError(/not valid JSON/);
  });
});
