import { describe, expect, it } from 'vitest';
import { missingTimeline } from '../../rules/missing-timeline';
import { check } from './structure-helpers';

const rule = missingTimeline;

describe('missing-timeline in consultations', () => {
  const NO_DATES = `Have your say on library opening hours

We are consulting on new opening hours for our libraries.

How to respond

Please fill in the survey online or pick up a paper copy.`;

  it('flags a consultation with no dates, as an error anchored at "How to respond"', () => {
    const r = check(rule, NO_DATES);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('error');
    expect(r.findings[0]!.message).toMatch(/gives no dates/);
    expect(r.anchorText(r.findings[0]!)).toBe('How to respond');
    expect(r.findings[0]!.example).toMatch(/closes at 5pm/);
  });

  it('flags a consultation with dates but no closing date', () => {
    const text = `- We are consulting on moving the Elm Street clinic.\n- Drop-in event: Tuesday 3 March 2027 at the library.\n- Tell us what you think using the online survey.`;
    const r = check(rule, text);
    expect(r.findings).toHaveLength(1);
    // The dates are there: the finding quotes one and asks for the closing date, more softly than none at all.
    expect(r.findings[0]!.message).toMatch(/mentions “Tuesday 3 March 2027”, but not the date it closes/);
    expect(r.findings[0]!.severity).toBe('warning');
  });

  it('says there are no dates only when there are none', () => {
    const none = check(rule, 'We are consulting on moving the Elm Street clinic. Tell us what you think using the online survey.').findings;
    expect(none[0]!.message).toMatch(/gives no dates/);
    expect(none[0]!.severity).toBe('error');
    const vague = check(rule, 'We are consulting on moving the Elm Street clinic. Tell us what you think later this year using the online survey.').findings;
    expect(vague[0]!.message).toMatch(/mentions “later this year”, but not the date it closes/);
  });

  it('quotes "at the earliest opportunity" in a plan', () => {
    const f = check(rule, '# Engagement principles\n\nWe will involve people at the earliest opportunity, before any change to a service.', ['engagement-plan']).findings;
    expect(f[0]!.message).toMatch(/mentions “at the earliest opportunity”/);
  });

  it('does not count a page\'s own publication date as a step', () => {
    const f = check(rule, '# Co-production strategy\n\nPublish date: 22 November 2026\n\nWe will work in partnership with patients and families to plan services.', ['engagement-plan']).findings;
    expect(f[0]!.message).toMatch(/gives no dates/);
  });

  it('quotes a period of years', () => {
    const f = check(rule, '# Tenant involvement strategy\n\nOur strategy covers the period 2026 to 2029. We will involve tenants in every decision about their homes.', ['engagement-plan']).findings;
    expect(f[0]!.message).toMatch(/mentions “2026 to 2029”/);
  });

  it('reads "the consultation runs to 3 July" as the closing date', () => {
    expect(check(rule, 'We are consulting on the ambulance service. The consultation runs to July 3 2027. Please fill in the survey.').findings).toEqual([]);
  });

  it('quotes a length with no dates', () => {
    const f = check(rule, 'We are consulting on the new bus routes. This is a six-week consultation. Please fill in the survey.').findings;
    expect(f[0]!.message).toMatch(/mentions “six-week”, but not the date it closes/);
  });

  it('reads a "Closed 19 Jan 2027" line as the closing date', () => {
    expect(check(rule, 'Have your say on library opening times\n\nClosed 19 Jan 2027\n\nOpened 5 Dec 2026\n\nWe are consulting on new opening times. Please fill in the survey.').findings).toEqual([]);
  });

  it('quotes vague timing in a plan instead of saying it has none', () => {
    const f = check(rule, '# Engagement strategy\n\nWe will involve residents in every change. We will publish annually how feedback changed our services.', ['engagement-plan']).findings;
    expect(f[0]!.message).toMatch(/mentions “annually”, but not the dates of its main steps/);
    expect(f[0]!.severity).toBe('suggestion');
  });

  it('flags a closing day with no date', () => {
    const text = 'We are consulting on new bus lanes. Tell us what you think. The survey closes on Friday.';
    expect(check(rule, text).findings).toHaveLength(1);
  });

  const GOOD = [
    'The consultation closes at midnight on Friday 29 September 2027.',
    'Please respond by 9 January 2027.',
    'Closing date: 29/09/2027',
    'Closing date\n\n26 May 2027, 5pm',
    'The consultation runs from 3 March to 26 May 2027.',
    'This is a 12-week consultation starting on 3 March 2027.',
    'Question\tAnswer\nWhen does it close?\tSend us your views no later than 12 June 2027',
  ];
  for (const line of GOOD) {
    it(`accepts: ${line.split('\n')[0]}`, () => {
      expect(check(rule, `${NO_DATES}\n\n${line}`).findings).toEqual([]);
    });
  }
});

describe('missing-timeline in engagement plans', () => {
  const PLAN = `Communications and engagement plan: crisis care

Objectives

We will involve people with lived experience in redesigning the crisis line.

Governance

The steering group will oversee the work.`;

  it('flags a plan with no dates as a warning', () => {
    const r = check(rule, PLAN);
    expect(r.profiles).toEqual(['engagement-plan']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toMatch(/This plan gives no dates/);
  });

  for (const line of ['Timeline\n\nWorkshops in spring 2027, report in Q3 2027.', '- March 2027: recruit the group', 'We will report to the board by the end of June.']) {
    it(`accepts: ${line.split('\n')[0]}`, () => {
      expect(check(rule, `${PLAN}\n\n${line}`).findings).toEqual([]);
    });
  }

  it('does not run on meeting invitations or general text', () => {
    expect(check(rule, 'You are invited to our patient panel.\n\nVenue: Town Hall\nTime: 2pm').findings).toEqual([]);
    expect(check(rule, 'The weather was mild.').findings).toEqual([]);
  });
});

describe('missing-timeline: some timing is there, so the finding quotes it (real-page families)', () => {
  it('quotes the year a strategy runs to, instead of saying it gives no dates', () => {
    const f = check(rule, '# Our involvement strategy to 2031\n\nThis strategy sets out how we will listen to carers until 2031.', ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/mentions “to 2031”/);
    expect(f[0]!.message).not.toMatch(/gives no dates/);
    expect(f[0]!.severity).toBe('suggestion');
  });

  it.each([
    ['The panel will meet at least four times a year.', 'four times a year'],
    ['Members should come to two meetings per year.', 'two meetings per year'],
    ['The forum meets every three months in the community hall.', 'every three months'],
    ['We hold monthly meetings with the tenants.', 'monthly'],
    ['Over the next five years we will change how we listen.', 'Over the next five years'],
  ])('quotes a frequency or span in terms of reference: %s', (sentence, quote) => {
    const f = check(rule, `# Terms of reference: patient group\n\nPurpose\n\nThe group helps the surgery plan its services. ${sentence}`, ['engagement-plan']).findings;
    expect(f[0]!.message).toContain(`“${quote}”`);
    expect(f[0]!.message).not.toMatch(/gives no dates/);
  });

  it.each([
    ['The survey closes on Friday.', 'closes on Friday'],
    ['Responses close at the end of the month.', 'close at the end of the month'],
    ['The consultation ends at midnight on Sunday.', 'ends at midnight on Sunday'],
  ])('quotes a closing day with no date: %s', (sentence, quote) => {
    const f = check(rule, `We are consulting on new bus lanes. Tell us what you think. ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(`“${quote}”`);
    expect(f[0]!.severity).toBe('warning');
  });

  it('does not ask a closed consultation for its closing date when it dates what comes next', () => {
    const closed = 'This consultation has now closed. Thank you for your views on the new bus lanes. The cabinet will decide at its meeting on 14 October 2027.';
    expect(check(rule, closed, ['consultation']).findings).toEqual([]);
    // Closed, with no date at all: still flagged.
    expect(check(rule, 'This consultation has now closed. Thank you for your views on the new bus lanes.', ['consultation']).findings).toHaveLength(1);
  });

  it.each([
    'The consultation has been extended to Thu 14 June 2027 so that more people can take part.',
    'Once the consultation has closed on May 25, every response will be read.',
    'We are asking for your views over the next eight weeks starting from 3 June 2027.',
  ])('reads the closing date in: %s', (sentence) => {
    expect(check(rule, `We are consulting on the new bus lanes. ${sentence}`, ['consultation']).findings).toEqual([]);
  });
});

describe('missing-timeline: "ends next year" is not a closing day', () => {
  it('quotes "next year", not "ends next"', () => {
    const f = check(rule, '# Carers plan\n\nOur carers plan ends next year. We will work with carers on the new one.', ['engagement-plan']).findings;
    expect(f[0]!.message).toMatch(/mentions “next year”/);
  });
});

describe('missing-timeline: set k families (s19)', () => {
  it('reads "between now and 20 October" as the end of the window', () => {
    const f = check(missingTimeline, 'A consultation on the future of the fire service started on Monday 21 July.\n\nBetween now and 20 October, local people will be able to have their say on the options.', ['consultation']).findings;
    expect(f).toEqual([]);
  });

  it('reads "for the next three years" as vague timing, not no timing', () => {
    const f = check(missingTimeline, 'Our involvement strategy\n\nIt sets out how tenants can get involved, with an action plan of priorities for the next three years.', ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/gives no dates/);
  });
});

describe('missing-timeline: a bare date-range line (s19-gen-profiles)', () => {
  it('still counts as the window when the line ends in a full stop', () => {
    const text = `Have your say on the day centre\n\nWe are consulting on how the day centre opens. Fill in our survey.\n\nResponse period 4 March 2027 to 29 April 2027.`;
    expect(check(rule, text).findings).toHaveLength(0);
  });
});

describe('missing-timeline: steps timed from the start of a plan (s20-profiles)', () => {
  const PLAN = 'Involvement plan: home visits study\n\nWho will be involved\n\nA panel of eight carers.\n\nTimeline\n\n';
  it('reads "Month 1–2: … Month 3–9: …" as a timeline, even run together on one line', () => {
    expect(check(rule, `${PLAN}Month 1–2: set up the panel Month 3–9: visits and interviews Month 10–12: share what we found`, ['engagement-plan']).findings).toEqual([]);
  });
  it('still asks for dates when there is only one such step', () => {
    expect(check(rule, `${PLAN}Month 1–2: set up the panel.`, ['engagement-plan']).findings).toHaveLength(1);
  });
  it('does not read a length of time as a step', () => {
    expect(check(rule, `${PLAN}The panel will meet every 3 months. It takes 6 weeks to train.`, ['engagement-plan']).findings).toHaveLength(1);
  });
});

describe('missing-timeline: "May" and a day after a date label is a date (s20 round 2, set n)', () => {
  it.each([
    'A survey has gone out to every home, with a closing date of May 14.',
    'Deadline: May 30.',
  ])('reads the closing date in: %s', (sentence) => {
    expect(check(rule, `We are asking for your views on the new bus lanes. ${sentence}`, ['consultation']).findings).toEqual([]);
  });

  it('still reads "may" and a number after other words as the verb', () => {
    const f = check(rule, 'We are asking for your views on the new bus lanes. Each household may 2 bins put out.', ['consultation']).findings;
    expect(f[0]!.message).toMatch(/gives no dates/);
  });
});
