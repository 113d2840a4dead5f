import { describe, expect, it } from 'vitest';
import { maskText } from '../../../src/engine';
import { WordMatcher, termKey, termWords, tokenize } from '../../../rules/lib/word-matcher';
import { inflectPhrase, wordForms } from '../../../rules/lib/inflect';

const TERMS = [
  'stakeholder',
  'leverage',
  'utilise',
  'facilitate',
  'empower',
  'drive change',
  'going forward',
  'capacity building',
  'co-produce',
  'integrated care',
  'integrated care system',
  'undertake',
  'prioritise',
  'in order to',
];
const matcher = new WordMatcher(TERMS.map((term) => ({ term, value: term })));

/** [flagged text, term] for each match, using the engine's masking. */
function find(text: string, m: WordMatcher<string> = matcher): [string, string][] {
  return m.match(tokenize(text, maskText(text))).map((x) => [text.slice(x.start, x.end), x.value]);
}

describe('wordForms', () => {
  it.each([
    ['stakeholder', ['stakeholders']],
    ['leverage', ['leverages', 'leveraged', 'leveraging']],
    ['utilise', ['utilises', 'utilised', 'utilising', 'utilisation', 'utilize', 'utilized', 'utilizing', 'utilization']],
    ['facilitate', ['facilitates', 'facilitated', 'facilitating']],
    ['empower', ['empowers', 'empowered', 'empowering']],
    ['drive', ['drives', 'drove', 'driven', 'driving']],
    ['undertake', ['undertook', 'undertaken', 'undertaking']],
    ['upskill', ['upskills', 'upskilled', 'upskilling']],
    ['policy', ['policies']],
    ['signpost', ['signposts', 'signposted', 'signposting']],
    ['person', ['people']],
  ])('%s has the forms people write', (word, forms) => {
    const all = wordForms(word);
    for (const f of forms) expect(all.has(f), f).toBe(true);
  });

  it('leaves function words alone', () => {
    expect([...wordForms('to').keys()]).toEqual(['to']);
    expect([...wordForms('the').keys()]).toEqual(['the']);
  });

  it('does not treat "target" as "tar" + "get"', () => {
    expect(wordForms('target').has('targot')).toBe(false);
  });
});

describe('inflectPhrase', () => {
  it.each([
    ['use', 'ed', {}, 'used'],
    ['use', 'ing', {}, 'using'],
    ['help', 's', {}, 'help'],
    ['help', 's', { verb: true }, 'helps'],
    ['support', 's', {}, 'support'],
    ['support', 's', { verb: true }, 'supports'],
    ['give control to', 's', { verb: true }, 'gives control to'],
    ['give control to', 's', {}, 'give control to'],
    ['people', 's', {}, 'people'],
    ['lead', 'ed', {}, 'led'],
    ['run', 'ed', {}, 'ran'],
    ['run', 'ed', { participle: true }, 'run'],
    ['plan', 'ing', {}, 'planning'],
    ['work with', 'ing', {}, 'working with'],
    ['main partner', 's', { lastWord: true }, 'main partners'],
    ['people most affected', 's', { lastWord: true }, 'people most affected'],
    ['use', 'noun', {}, 'use'],
    ['GP practice', 's', {}, 'GP practice'],
    // A replacement with a clause in it keeps its own verb: not "should looks".
    ['rules for how new homes should look', 's', { lastWord: true }, 'rules for how new homes should look'],
    ['places where you can sit', 's', { lastWord: true }, 'places where you can sit'],
    ['local bus route', 's', { lastWord: true }, 'local bus routes'],
    ['local NHS and council organisation', 's', { lastWord: true }, 'local NHS and council organisations'],
    ['ways to take part', 's', { lastWord: true }, 'ways to take part'],
    ['partner on the funding bid', 's', { lastWord: true }, 'partner on the funding bid'],
    ['services people use', 's', { lastWord: true }, 'services people use'],
  ] as const)('%s + %s %j → %s', (phrase, kind, opts, expected) => {
    expect(inflectPhrase(phrase, kind, opts)).toBe(expected);
  });
});

describe('termWords and termKey', () => {
  it('ignore case, spacing and hyphens', () => {
    expect(termWords('Co-Produce')).toEqual(['co', 'produce']);
    expect(termKey('  Going   Forward ')).toBe('going forward');
    expect(termKey('capacity-building')).toBe(termKey('capacity building'));
    // A possessive apostrophe is not part of the word, as in the text.
    expect(termKey('patients’ views')).toBe('patients views');
  });
});

describe('WordMatcher', () => {
  it('finds inflections, case-insensitively', () => {
    expect(find('Stakeholders were leveraged, utilized and EMPOWERED.')).toEqual([
      ['Stakeholders', 'stakeholder'],
      ['leveraged', 'leverage'],
      ['utilized', 'utilise'],
      ['EMPOWERED', 'empower'],
    ]);
  });

  it('finds phrases across spaces, line breaks and hyphens, and hyphens broken over a line', () => {
    expect(find('Going\nforward we invest in capacity-building and capacity\n  building and capacity-\nbuilding.')).toEqual([
      ['Going\nforward', 'going forward'],
      ['capacity-building', 'capacity building'],
      ['capacity\n  building', 'capacity building'],
      ['capacity-\nbuilding', 'capacity building'],
    ]);
  });

  it('finds hyphenated terms written with a space or closed up', () => {
    expect(find('We co-produce, co produce and coproduce; it was coproduced.')).toEqual([
      ['co-produce', 'co-produce'],
      ['co produce', 'co-produce'],
      ['coproduce', 'co-produce'],
      ['coproduced', 'co-produce'],
    ]);
  });

  it('inflects every word of a phrase, including irregular verbs', () => {
    expect(find('They drove change, are driving change and undertook it.')).toEqual([
      ['drove change', 'drive change'],
      ['driving change', 'drive change'],
      ['undertook', 'undertake'],
    ]);
  });

  it('prefers the longest term where terms overlap', () => {
    expect(find('The integrated care system and integrated care.')).toEqual([
      ['integrated care system', 'integrated care system'],
      ['integrated care', 'integrated care'],
    ]);
  });

  it('matches whole words only', () => {
    expect(find('Stakeholderism, leverageable, forwarding, drivechange, refacilitate.')).toEqual([]);
  });

  it('does not run a phrase across punctuation or a possessive', () => {
    expect(find('We are going. Forward is best. In order, to begin.')).toEqual([]);
    expect(find('The stakeholder’s view')).toEqual([['stakeholder', 'stakeholder']]);
  });

  it('never matches inside URLs or e-mail addresses', () => {
    expect(find('See https://example.org/stakeholder-leverage or write to stakeholders@council.gov.uk today.')).toEqual([]);
    expect(find('Visit www.leverage.nhs.uk, then talk to stakeholders.')).toEqual([['stakeholders', 'stakeholder']]);
  });

  it('matches exactly when inflection is off', () => {
    const exact = new WordMatcher([{ term: 'key', value: 'key', inflect: false }]);
    expect(find('The key dates and the keys.', exact)).toEqual([['key', 'key']]);
  });

  it('is fast: one pass over 10,000 words', () => {
    const text = 'Going forward the stakeholders will leverage integrated care and plan the week together. '.repeat(770);
    const tokens = tokenize(text, maskText(text));
    expect(tokens.length).toBeGreaterThan(10000);
    const found = matcher.match(tokens);
    expect(found).toHaveLength(770 * 4);
  });
});
