import { describe, expect, it } from 'vitest';
import { involvementPayment } from '../../rules/involvement-payment';
import { check } from './structure-helpers';

const rule = involvementPayment;
const PLAN = `Co-production plan: community transport

Objectives

We will set up a working group of people who use community transport and staff.

Governance

The group reports to the transport board.

Timeline

Workshops from March 2027. We will pay for the venue and refreshments.`;

const INVITE = `You are invited to our patient panel meeting

Date: Tuesday 3 March 2027
Time: 2pm to 4pm
Venue: Town Hall, Leeds

Please let us know if you can come.`;

describe('involvement-payment', () => {
  it('flags a plan that does not pay people, anchored at the last heading', () => {
    const r = check(rule, PLAN);
    expect(r.profiles).toEqual(['engagement-plan']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/expenses and time will be paid/);
    expect(r.findings[0]!.example).toMatch(/£25 an hour/);
    expect(r.anchorText(r.findings[0]!)).toBe('Timeline');
  });

  it('flags a meeting invitation that does not mention expenses', () => {
    const r = check(rule, INVITE);
    expect(r.profiles).toEqual(['meeting-invitation']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/This invitation does not say whether travel or care costs are paid/);
    expect(r.anchorText(r.findings[0]!)).toMatch(/^Venue:/);
  });

  it('does not accept a statement that expenses are not paid', () => {
    expect(check(rule, `${INVITE}\n\nWe are unable to pay travel expenses.`).findings).toHaveLength(1);
  });

  const GOOD = [
    'We will pay travel expenses.',
    'Travel costs\tReimbursed on the day',
    '- Members are paid £25 an hour for meetings.',
    'Everyone who takes part receives a £20 shopping voucher.',
    'Involvement payments are made in line with our reward and recognition policy.',
    'We will cover your taxi fares and any replacement care costs.',
    'Experts by experience will be paid for their time.',
  ];
  for (const extra of GOOD) {
    it(`accepts: ${extra}`, () => {
      expect(check(rule, `${PLAN}\n\n${extra}`).findings).toEqual([]);
      expect(check(rule, `${INVITE}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('does not ask for payment for observers at a board meeting held in public', () => {
    const text = 'Notice of meeting\n\nBoard of Directors meeting held in public\n\nThursday 6 March 2027, 9.30am to 12.45pm\nVenue: Boardroom, Hexley General Hospital\n\nMembers of the public are welcome to attend.';
    const r = check(rule, text);
    expect(r.profiles).toEqual(['meeting-invitation']);
    expect(r.findings).toEqual([]);
  });

  it('does not run on a consultation alone', () => {
    expect(check(rule, 'We are consulting on library opening hours. Have your say by 9 January 2027.').findings).toEqual([]);
  });

  it('does not ask for payment at a public information event, but does for an involvement role', () => {
    const webinar = 'Webinar: changes to talking therapies\n\nRegister now\n\nWe are holding two online information sessions for anyone who is interested.\n\nSession 1: Wednesday 12 May 2027, 12.30pm to 1.30pm. Please book a place.';
    expect(check(rule, webinar, ['meeting-invitation']).findings).toEqual([]);
    const panel = 'Join our patient panel workshop\n\nWe are holding a workshop for panel members.\n\nWednesday 12 May 2027, 12.30pm to 2.30pm. Please book a place.';
    expect(check(rule, panel, ['meeting-invitation']).findings).toHaveLength(1);
  });

  it('does not ask a communications plan that only tells people to pay them, but does an engagement plan', () => {
    const comms = 'Neighbourhood Hubs – Communications Plan 2027/28\n\nBackground\n\nWe will inform residents through leaflets, posters and social media.';
    expect(check(rule, comms, ['engagement-plan']).findings).toEqual([]);
    const engagement = 'Neighbourhood Hubs – Communications and Engagement Plan 2027/28\n\nBackground\n\nWe will hold workshops with residents.';
    expect(check(rule, engagement, ['engagement-plan']).findings).toHaveLength(1);
  });
});
