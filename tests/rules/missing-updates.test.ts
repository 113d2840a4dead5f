import { describe, expect, it } from 'vitest';
import { missingUpdates } from '../../rules/missing-updates';
import { check } from './structure-helpers';

const rule = missingUpdates;
const PLAN = `Engagement plan: crisis care

Objectives

We will involve people with lived experience in redesigning the crisis line.

Approach

We will hold four workshops in spring 2027 and write a final report.`;

describe('missing-updates', () => {
  it('flags a plan with no updates and no feedback on the process', () => {
    const r = check(rule, PLAN);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toMatch(/kept updated, or how they can tell you how the process is going/);
    expect(r.anchorText(r.findings[0]!)).toBe('Approach');
  });

  it('flags updates missing when process feedback is there', () => {
    const r = check(rule, `${PLAN}\n\nAt the end of each workshop we will ask people what is working.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toBe('This plan does not say how people will be kept updated, or how often.');
  });

  it('suggests process feedback when only updates are planned', () => {
    const r = check(rule, `${PLAN}\n\nWe will send a monthly newsletter to everyone involved.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('suggestion');
    expect(r.findings[0]!.message).toMatch(/feedback on the process/);
  });

  const UPDATES = [
    'Keeping people informed\n\nWe will e-mail or post a short summary after every workshop.',
    'We will keep participants up to date through the project newsletter.',
    '- Monthly updates by e-mail and post',
    'We will feed back to participants after each phase.',
    'Updates\tShared on the website every quarter',
  ];
  const PROCESS = 'We will use a short evaluation form at every session.';
  for (const extra of UPDATES) {
    it(`accepts: ${extra.split('\n')[0]}`, () => {
      expect(check(rule, `${PLAN}\n\n${extra}\n\n${PROCESS}`).findings).toEqual([]);
    });
  }

  it('runs only on plans', () => {
    expect(check(rule, 'You are invited to our patient panel.\n\nVenue: Town Hall\nTime: 2pm').findings).toEqual([]);
  });

  const UPDATE = 'We will send a monthly newsletter to everyone involved.';
  const PROCESS_WORDINGS = [
    'The Design Group will review this plan at every meeting and can change it.',
    'These Terms of Reference will be reviewed annually by the Panel.',
    'We hold an open meeting each spring where anyone can tell us what is and isn\'t working.',
    'At the end of each workshop we will ask what went well.',
    'Members can change the way we work at any meeting.',
    'Tell us how we are doing at any time.',
  ];
  for (const extra of PROCESS_WORDINGS) {
    it(`accepts process feedback: ${extra}`, () => {
      expect(check(rule, `${PLAN}\n\n${UPDATE}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('does not take any "what is" or a plan reviewed by staff alone as process feedback', () => {
    for (const extra of ['This section explains what is co-production.', 'The plan will be signed off by the director.', 'We will review the budget in March.']) {
      expect(check(rule, `${PLAN}\n\n${UPDATE}\n\n${extra}`).findings, extra).toHaveLength(1);
    }
  });
});

describe('missing-updates: recording what involvement changed (s20-profiles)', () => {
  it('counts logging what people’s input changed as feedback on the process', () => {
    const r = check(rule, `${PLAN}\n\nWe will send a monthly newsletter to everyone involved. We will log how the panel's input changed the project and share the log each year.`);
    expect(r.findings).toEqual([]);
  });
});
