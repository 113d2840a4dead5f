import { describe, expect, it } from 'vitest';
import { narrowRecruitment } from '../../rules/narrow-recruitment';
import { check } from './structure-helpers';

const rule = narrowRecruitment;
const PLAN = `Engagement plan: GP access

Objectives

Find out what makes it hard to get a GP appointment.

Who we will involve

We will send the survey to our patient panel and ask the PPG to share it.`;

describe('narrow-recruitment', () => {
  it('flags a plan that relies on existing groups, on the words, worded as "reach wider"', () => {
    const r = check(rule, PLAN);
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f!.text).toBe('our patient panel');
    expect(f!.message).toMatch(/reach wider/);
    expect(f!.message).not.toMatch(/exclud/i);
    expect(f!.example).toMatch(/seldom heard/);
  });

  it('flags a plan that says nothing about who it will reach', () => {
    const text = 'Project plan: new website\n\nObjectives\n\nA clearer website.\n\nMilestones\n\nLaunch in June 2027.';
    const r = check(rule, text);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.blockId).toBeNull();
    expect(r.findings[0]!.message).toMatch(/reach wider than the people you already work with/);
  });

  it('flags bullets and tables too', () => {
    expect(check(rule, 'Involvement plan\n- Recruit from the existing reader panel\n- Meet in March 2027').findings[0]!.text).toBe('existing reader panel');
    expect(check(rule, 'Engagement plan\nGroup\tHow\nHealthwatch\tE-mail\nCitizens panel\tSurvey').findings[0]!.text).toBe('Healthwatch');
  });

  const GOOD = [
    'We will also work with community organisations to reach people who are seldom heard.',
    'Reaching out\n\nWe will visit food banks, mosques and youth clubs, going to where people already are.',
    'We want to hear new voices, not just the usual groups.',
    'We will pay two VCSE partners to run conversations with people who do not usually take part.',
    'The group will reflect the local population; we will also work with faith groups.',
    'Reaching people who are not already involved\n\nYoung researchers will go to youth clubs and the young carers group.',
  ];
  for (const extra of GOOD) {
    it(`accepts: ${extra.split('\n')[0]}`, () => {
      expect(check(rule, `${PLAN}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('does not take one passing mention of partners as reaching wider', () => {
    const r = check(rule, `${PLAN}\n\nMessages will be cascaded through VCSE organisations.`);
    expect(r.findings).toHaveLength(1);
  });

  it('runs only on plans', () => {
    expect(check(rule, 'We are consulting on library opening hours. Have your say by 9 January 2027. Our patient panel helped write this.').findings).toEqual([]);
  });
});

describe('narrow-recruitment: people who would not join (s20-profiles)', () => {
  it('counts "so that we hear from people who would not join a formal group" as reaching wider', () => {
    const text = `${PLAN}\n\nWe will also visit two lunch clubs, so that we hear from people who would not join a formal group.`;
    expect(check(rule, text).findings).toEqual([]);
  });
});
