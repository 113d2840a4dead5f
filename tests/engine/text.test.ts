import { describe, expect, it } from 'vitest';
import { analyseText, countSyllables, fleschKincaidGrade, lowerSameLength, maskText, splitWords } from '../../src/engine/text';

const sentences = (text: string) => analyseText(text).sentences.map((s) => s.text);

describe('sentence splitting', () => {
  it.each([
    ['One. Two! Three? Four.', ['One.', 'Two!', 'Three?', 'Four.']],
    ['Bring ID, e.g. a passport. Then come in.', ['Bring ID, e.g. a passport.', 'Then come in.']],
    ['Bring ID, e.g. Passport or licence. Then come in.', ['Bring ID, e.g. Passport or licence.', 'Then come in.']],
    ['That is, i.e. The Hall. Fine.', ['That is, i.e. The Hall.', 'Fine.']],
    ['Dr. Smith will chair. St. Mary’s Hall is the venue.', ['Dr. Smith will chair.', 'St. Mary’s Hall is the venue.']],
    ['Contact Cllr. Jones or Mr. J. Smith. They know.', ['Contact Cllr. Jones or Mr. J. Smith.', 'They know.']],
    ['The budget is £2.5 million. That is 3.5% more.', ['The budget is £2.5 million.', 'That is 3.5% more.']],
    ['Version 2.0 is out. Section 3.1 explains.', ['Version 2.0 is out.', 'Section 3.1 explains.']],
    ['Visit www.example.gov.uk/consult. Then reply.', ['Visit www.example.gov.uk/consult.', 'Then reply.']],
    ['See https://example.org/a.b?x=1. It closes soon.', ['See https://example.org/a.b?x=1.', 'It closes soon.']],
    ['Email jo.bloggs@nhs.net or call. Thanks.', ['Email jo.bloggs@nhs.net or call.', 'Thanks.']],
    ['Items include pens, paper etc. The rest is provided.', ['Items include pens, paper etc.', 'The rest is provided.']],
    ['We start at 10 a.m. The hall opens earlier.', ['We start at 10 a.m.', 'The hall opens earlier.']],
    ['It starts at 3 p.m. Monday 4 May in the hall.', ['It starts at 3 p.m. Monday 4 May in the hall.']],
    ['He said "Go now." Then he left.', ['He said "Go now."', 'Then he left.']],
    ['Really?! Yes.', ['Really?!', 'Yes.']],
    ['Wait… Then go.', ['Wait…', 'Then go.']],
    ['End here. 2024 was busy.', ['End here.', '2024 was busy.']],
    ['lower case after a full stop. does not split', ['lower case after a full stop. does not split']],
    ['No full stop at the end', ['No full stop at the end']],
    ['Wrapped line\ncontinues here. Next.', ['Wrapped line\ncontinues here.', 'Next.']],
    ['First part\n\nSecond part', ['First part', 'Second part']],
    ['Intro\n- item one\n- item two', ['Intro', '- item one', '- item two']],
    ['   ', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps exact offsets and word ranges for each sentence', () => {
    const text = '  Dr. Patel leads.  Ask her: jo@x.org. Done!  ';
    const a = analyseText(text);
    for (const s of a.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      const words = a.words.slice(s.wordStart, s.wordEnd);
      for (const w of words) {
        expect(w.start).toBeGreaterThanOrEqual(s.start);
        expect(w.end).toBeLessThanOrEqual(s.end);
      }
    }
    expect(a.sentences.map((s) => s.wordEnd - s.wordStart)).toEqual([3, 5, 1]);
    // Every word belongs to exactly one sentence.
    expect(a.sentences.reduce((n, s) => n + s.wordEnd - s.wordStart, 0)).toBe(a.words.length);
  });
});

describe('words', () => {
  it('keeps apostrophes and hyphens inside words', () => {
    expect(splitWords("Don't re-use co-production’s plan - now").map((w) => w.text)).toEqual([
      "Don't", 're-use', 'co-production’s', 'plan', 'now',
    ]);
  });

  it('counts numbers and non-English letters as words, with offsets', () => {
    const text = 'Café 12 Łódź, naïve 3.5';
    const words = splitWords(text);
    expect(words.map((w) => w.text)).toEqual(['Café', '12', 'Łódź', 'naïve', '3', '5']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('gives lower-case forms', () => {
    expect(splitWords('The NHS Plan').map((w) => w.lower)).toEqual(['the', 'nhs', 'plan']);
  });

  it('does not end a word on a trailing hyphen or apostrophe', () => {
    expect(splitWords("pre- and post-'").map((w) => w.text)).toEqual(['pre', 'and', 'post']);
  });
});

describe('masking', () => {
  it.each([
    'Visit https://Example.org/Path?a=1 or MAIL Jo@Example.com Now',
    'İstanbul ﬁle straße',
    'see gov.uk/guidance/content-design.',
    '',
  ])('keeps the same length: %j', (text) => {
    expect(maskText(text)).toHaveLength(text.length);
    expect(lowerSameLength(text)).toHaveLength(text.length);
  });

  it('lower-cases and blanks URLs and e-mail addresses', () => {
    expect(maskText('Visit https://Example.org/Path or MAIL Jo@Example.com Now')).toBe(
      'visit                          or mail                now',
    );
    expect(maskText('Go to www.leeds.gov.uk today')).toBe('go to                  today');
    expect(maskText('See nhs.uk and haveyoursay.leeds.gov.uk/plan')).toBe(`see ${' '.repeat(6)} and ${' '.repeat('haveyoursay.leeds.gov.uk/plan'.length)}`);
  });

  it('keeps sentence punctuation after a link', () => {
    expect(maskText('See gov.uk/help. Then reply.')).toBe('see            . then reply.');
    expect(maskText('Email jo@nhs.net, or call.')).toBe('email           , or call.');
  });

  it('does not blank ordinary words with full stops', () => {
    expect(maskText('e.g. this, i.e. that')).toBe('e.g. this, i.e. that');
  });
});

describe('readability helpers', () => {
  it('counts syllables roughly', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('people')).toBe(2);
    expect(countSyllables('consultation')).toBe(4);
    expect(countSyllables('2024')).toBe(1);
    expect(countSyllables('—')).toBe(0);
  });

  it('gives Flesch–Kincaid grade, 0 for nothing', () => {
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
    expect(fleschKincaidGrade(20, 1, 30)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 5);
  });
});
