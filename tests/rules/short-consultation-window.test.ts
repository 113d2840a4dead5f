import { describe, expect, it } from 'vitest';
import { shortConsultationWindow } from '../../rules/short-consultation-window';
import { check } from './structure-helpers';
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const rule = shortConsultationWindow;
const intro = 'Have your say on library opening hours\n\nWe are consulting on new opening hours for our libraries.\n\n';

describe('short-consultation-window', () => {
  it('flags "4-week consultation" on the words themselves and reports the weeks', () => {
    const r = check(rule, `${intro}This is a 4-week consultation. Please respond by 31 March 2027.`);
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f!.text).toBe('4-week');
    expect(f!.severity).toBe('warning');
    expect(f!.message).toMatch(/open for 4 weeks/);
    expect(f!.message).toMatch(/12 weeks is the usual norm/);
  });

  it('flags windows written in other ways', () => {
    const cases: [string, string][] = [
      ['The survey is open for three weeks.', 'three weeks'],
      ['You have 2 weeks to respond.', '2 weeks'],
      ['- The consultation runs from 1 March to 22 March 2027.', '1 March to 22 March 2027'],
      ['Dates\tThe consultation will run for a fortnight', 'a fortnight'],
    ];
    for (const [line, flagged] of cases) {
      const r = check(rule, intro + line);
      expect(r.findings.map((f) => f.text), line).toEqual([flagged]);
    }
  });

  it('works out the window from an opening and a closing date in different places', () => {
    const r = check(rule, `${intro}The consultation opens on 1 March 2027.\n\nHow to respond\n\nSend us your views by 15 March 2027.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.text).toBe('15 March 2027');
    expect(r.findings[0]!.message).toMatch(/open for 2 weeks/);
  });

  it('uses the date a letter was issued when no opening date is given', () => {
    const r = check(rule, `Have your say on evening appointments\n\n5 December 2022\n\nPlease take our short online survey before it closes on 9 January.`);
    expect(r.findings.map((f) => f.text)).toEqual(['9 January']);
    expect(r.findings[0]!.message).toMatch(/open for 5 weeks/);
  });

  it('ignores openings that are not the consultation’s', () => {
    const text = `${intro}The new clinic opens from 1 June 2027.\n\nThe survey opened on Monday 10 May. Please respond by Friday 28 May 2027.`;
    const r = check(rule, text);
    expect(r.findings.map((f) => f.text)).toEqual(['Friday 28 May 2027']);
    expect(r.findings[0]!.message).toMatch(/open for about 3 weeks/);
  });

  it('says "about" when the weeks are not whole', () => {
    const r = check(rule, `${intro}The consultation runs from 1 March to 25 March 2027.`);
    expect(r.findings[0]!.message).toMatch(/about 3 weeks/);
  });

  it('accepts 6 weeks or more, and durations that are not the window', () => {
    for (const line of [
      'This is a 12-week consultation.',
      'The consultation will run for six weeks.',
      'The consultation runs from 3 March to 26 May 2027.',
      'We will publish the results within 2 weeks of the consultation closing on 26 May 2027.',
      'Appointments are usually offered within 4 weeks.',
    ]) {
      expect(check(rule, intro + line).findings, line).toEqual([]);
    }
  });

  it('runs only on consultations, and honours the minWeeks option', () => {
    expect(check(rule, 'Engagement plan\n\nObjectives\n\nWe will run a 4-week survey in spring 2027.').findings).toEqual([]);
    const { doc } = parsePlainText(`${intro}The consultation will run for eight weeks.`);
    const strict = new Linter([rule]).lint(doc, { rules: { 'short-consultation-window': { options: { minWeeks: 10 } } } });
    expect(strict.findings.map((f) => f.text)).toEqual(['eight weeks']);
  });

  it('works out the window from a letter date in the letter head and a reply-by date', () => {
    const letter = 'Castle Surgery\n12 Castle Street, Ludham\nTel: 01632 960 123\n\nRiverside Medical Practice\nQuayside, Ludham\n\n7 February 2027\n\nDear Patient\n\nProposed merger\n\nWe would like your views. Please fill in a comments form at reception. Please let us have any comments by 28 February 2027.';
    const r = check(rule, letter, ['consultation']);
    expect(r.findings.map((f) => f.text)).toEqual(['28 February 2027']);
    expect(r.findings[0]!.message).toMatch(/open for 3 weeks/);
  });

  it('reads a labelled issue date', () => {
    const notice = 'Riverside Homes\nTenant Consultation\n\nDate of issue: 1 March 2027\n\nDear Resident\n\nPlease complete the reply slip and return it to the estate office by 29 March 2027.';
    expect(check(rule, notice, ['consultation']).findings.map((f) => f.text)).toEqual(['29 March 2027']);
    const long = 'Riverside Homes\n\nDate of issue: 1 March 2027\n\nDear Resident\n\nPlease return the reply slip by 31 May 2027.';
    expect(check(rule, long, ['consultation']).findings).toEqual([]);
  });

  it('does not take a date in the body of a letter as its issue date', () => {
    const letter = 'Dear Resident\n\nWe are consulting on the cleaning service.\n\n1 March 2027\n\nPlease return the reply slip by 29 March 2027.';
    expect(check(rule, letter, ['consultation']).findings).toEqual([]);
  });

  it('takes the last reply-by date as the close, not an earlier ask to book or to tell us about access needs', () => {
    const text =
      'Have your say on changes to our clinics\n\n- The consultation opens on Monday 2 June 2025.\n- The closing date is Monday 25 August 2025.\n\n' +
      'Come to an event\n\nBook your place by Friday 13 June 2025. If you need anything to help you take part, please tell Amira by Friday 6 June 2025.';
    expect(check(rule, text, ['consultation']).findings).toEqual([]);
    const short =
      'Have your say on changes to our clinics\n\nThe consultation opens on Monday 2 June 2025. Please send us your comments by Friday 27 June 2025.\n\n' +
      'If you need a large-print copy, please tell us by Friday 6 June 2025.';
    const r = check(rule, short, ['consultation']);
    expect(r.findings.map((f) => f.text)).toEqual(['Friday 27 June 2025']);
    expect(r.findings[0]!.message).toMatch(/open for about 4 weeks/);
  });

  it('reads the sent date from an e-mail header run together on one line', () => {
    const mail = (close: string) =>
      `From: Parks Team <parks@example.gov.uk> Sent: 3 March 2027 10:15 Subject: Parks survey\n\nDear resident,\n\nPlease take our survey about park opening times. The survey closes on ${close}.`;
    const r = check(rule, mail('24 March 2027'), ['consultation']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/open for 3 weeks/);
    expect(check(rule, mail('26 May 2027'), ['consultation']).findings).toEqual([]);
  });
});
