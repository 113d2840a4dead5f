/**
 * Rules about what people send or do for an organisation (an application, a request, a form, a claim, a booking),
 * stated with no person named: an order on the act ("must be made online"), a notice it needs, or the act turned away
 * or limited ("no longer accepted", "can only be made online", "will be subject to review"). What people may choose and
 * what the organisation does for them are left alone. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const linter = new Linter([doingTo]);
const findings = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;
const flagged = (text: string) => findings(text).map((f) => text.slice(f.start!, f.end!));

describe('doing-to, rules about what people send or do', () => {
  it.each([
    ['From April all permit applications must be made online.', 'applications must be made'],
    ['Every housing transfer request must be submitted through the portal.', 'Every housing transfer request must be submitted'],
    ['Repair requests need to be made before noon for a visit the same week.', 'requests need to be made'],
    ['Completed forms should be returned to the library desk by Friday.', 'Completed forms should be returned'],
    ['Repeat prescriptions need three working days’ notice.', 'Repeat prescriptions need three working days’ notice'],
    ['Paper claims are no longer accepted at the town hall.', 'Paper claims are no longer accepted'],
    ['Late bids for allotment plots will not be considered.', 'Late bids for allotment plots will not be considered'],
    ['Parking permit applications can only be made online.', 'applications can only be made'],
    ['Requests for a second bin will be subject to a home check.', 'Requests for a second bin will be subject to'],
    ['Telephone bookings for the clinic will be refused after 10am.', 'Telephone bookings for the clinic will be refused'],
  ])('flags %j', (text, part) => {
    expect(flagged(text).map((f) => f.toLowerCase())).toContain(part.toLowerCase());
  });

  it.each([
    // A choice of ways, not an order.
    'Applications can be made online, by phone or in person at the library.',
    'You can send your form by post or hand it in at reception.',
    // What the organisation does for people.
    'Complaints will be answered within ten working days.',
    'Your referral should be processed within a fortnight.',
    'Bookings will be confirmed by text the day before.',
    // Not an act of people's at all.
    'The waiting room must be kept clear for wheelchair users.',
    // Rules the act must meet are not an order on how people send it.
    'Applications must meet the criteria in the allocations policy.',
  ])('leaves alone %j', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('says the rule is about what people send, and offers help', () => {
    const [f] = findings('All applications must be made online.');
    expect(f?.message).toMatch(/what people send or do/);
    expect(f?.suggestions?.[0]).toMatch(/all applications .*tell us and we will help/i);
  });
});
