import { describe, expect, it } from 'vitest';
import { noAlternativeFormats } from '../../rules/no-alternative-formats';
import { check } from './structure-helpers';

const rule = noAlternativeFormats;
const BAD = [
  'Have your say on library opening hours\n\nWe are consulting on new opening hours. The consultation closes on 9 January 2027.\n\nHow to respond\n\nFill in the survey online or call 0113 496 0000.',
  '- We are consulting on moving the Elm Street clinic\n- Complete the questionnaire by 3 March 2027\n- Paper copies at reception',
  '# Bus lanes on York Road\n\n## Have your say\n\nWe want to hear your views. The consultation closes on 12 June 2027.',
  'Question\tAnswer\nWhat is this?\tA consultation on parking charges\nHow do I respond?\tTell us what you think online',
];

describe('no-alternative-formats', () => {
  it('flags consultations that offer no other formats', () => {
    for (const text of BAD) {
      const r = check(rule, text);
      expect(r.findings, text).toHaveLength(1);
      expect(r.findings[0]!.message).toMatch(/Easy Read, large print, other languages/);
    }
  });

  it('anchors to the "How to respond" heading', () => {
    const r = check(rule, BAD[0]!);
    expect(r.anchorText(r.findings[0]!)).toBe('How to respond');
  });

  const GOOD = [
    'This document is available in Easy Read.',
    'Ask us for a large print copy.',
    'If you need this in another language, call 0113 496 0000.',
    'We can provide a BSL video of this document.',
    'Alternative formats\n\nPlease ask if you need a copy in a different format.',
    'Translations are available on request.',
    '- Braille and audio versions are available.',
    'Contact us if you need this information in a format that suits you.',
  ];
  for (const extra of GOOD) {
    it(`accepts: ${extra.split('\n')[0]}`, () => {
      expect(check(rule, `${BAD[0]}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('runs only on consultations', () => {
    expect(check(rule, 'Engagement plan\n\nObjectives\n\nWe will involve carers.\n\nMilestones\n\nMarch 2027.').findings).toEqual([]);
  });
});
