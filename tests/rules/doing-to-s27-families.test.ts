/**
 * Session 27: the "doing to" families real pages showed and the checker missed, read by structure. Rules and
 * refusals on what people send or bring (a fixed cut-off, not received, not accepted, not recorded); lost choices
 * (no right to, leave only if registered or invited, a usual right suspended); one-way letters; people as the subject
 * of a passive after "where"; orders carried by a fixed cut-off; a service handed to another body; a decision taken
 * in people's best interests. Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const linter = new Linter([doingTo]);
const findings = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;
const flagged = (text: string) => findings(text).map((f) => text.slice(f.start!, f.end!).toLowerCase());

const flags = (cases: Array<[string, string]>) =>
  it.each(cases)('flags %j', (text, part) => {
    expect(flagged(text).some((f) => f.includes(part.toLowerCase()) || part.toLowerCase().includes(f))).toBe(true);
  });
const leaves = (cases: string[]) =>
  it.each(cases)('leaves alone %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

describe('doing-to s27: rules and refusals on what people send or bring', () => {
  flags([
    ['Fresh ideas for how the swimming pool could stay open on a smaller budget must be submitted by 14 August.', 'Fresh ideas'],
    ['Paper surveys need to be filled in online or handed in at the desk by 17:00 on Friday 9 May.', 'surveys need to be'],
    ['Any written statements that speakers want the panel to read must be emailed to the clerk by noon the day before.', 'written statements'],
    ['Comments and objections cannot be received after the closing date.', 'objections cannot be received'],
    ['Material brought to the hearing will not be accepted or read out.', 'material brought to the hearing will not be accepted'],
    ['Representations handed in after the closing date will not be considered.', 'Representations handed in after the closing date will not be considered'],
    ['Further debate cannot take place unless the chair allows it.', 'further debate cannot take place'],
    ['The proceedings of this panel cannot currently be recorded on phones.', 'cannot currently be recorded'],
  ]);
  leaves([
    'Surveys can be filled in online or handed in at the desk by Friday.',
    'Statements should be sent to the clerk.',
    'Questions must be submitted in writing by noon on Monday.',
    'The draft plan must be submitted to the inspector by March.',
    'The meeting will not be recorded.',
    'If a question cannot be answered on the night, we will write to you.',
  ]);
});

describe('doing-to s27: lost choices and refusals', () => {
  flags([
    ['There is no legal right to a parking bay outside your own house.', 'There is no legal right to a'],
    ['Visitors do not have a right to put points to the forum, but the chair may ask them to.', 'do not have a right to put'],
    ['Tenants have no automatic right to a second parking permit.', 'no automatic right to a'],
    ['The public will be able to sit in the chamber if they are registered to put a question.', 'will be able to sit'],
    ['Residents may put a point to the committee if invited by the chair.', 'Residents may put'],
    ['The public would normally be able to watch these hearings in person, but this is not possible this spring.', 'would normally be able to'],
  ]);
  leaves([
    'There is no right or wrong answer.',
    'You have the right to ask for a review.',
    'You can join the call if you have a tablet or a computer.',
    'Residents will be able to speak if they wish.',
    'The public would normally be able to watch these hearings, and that will continue.',
  ]);
});

describe('doing-to s27: one-way information', () => {
  flags([
    ['I write to update you on the new garden waste rounds.', 'I write to update you'],
    ['We are writing to all tenants with a garage on the lane to inform them that the garages will be sold.', 'writing to all tenants'],
    ['All tenants are being written to explain the new rent charges.', 'tenants are being written to'],
    ['A letter informing residents has been drafted and will go to every flat this week.', 'A letter informing residents'],
  ]);
  leaves([
    'We are writing to ask what you think of the plans.',
    'Tenants will be written to with the outcome in the spring.',
    'A letter inviting residents to the drop-in will go to every flat.',
    'A letter telling residents how to take part will go to every flat.',
  ]);
});

describe('doing-to s27: people as the subject of a passive', () => {
  flags([
    ['There are a few private items where the public and the media may have to be excluded from the room.', 'the public and the media may have to be excluded'],
    ['Residents will be excluded from the meeting for this item.', 'Residents will be excluded from the meeting'],
  ]);
  leaves([
    'We want your views on where people should go for care after a fall.',
    'Residents parking permits should be seen as a privilege.',
    'People who are socially excluded will be invited to the forum.',
  ]);
});

describe('doing-to s27: orders carried by a fixed cut-off', () => {
  flags([
    ['People who wish to ask a question must register at the desk by noon on the day before the hearing.', 'must register'],
    ['Anyone wishing to speak is requested to contact the clerk in advance of the meeting.', 'is requested'],
    ['As before, ask residents to have their boxes at the kerb by 7am on collection day.', 'ask residents to have'],
  ]);
  leaves([
    'People who wish to ask a question can register at the desk.',
    'You should contact us if you need help to get to the meeting.',
    'We ask residents to give their views by 5 June.',
    'Ask residents to have their boxes at the kerb.',
  ]);
});

describe('doing-to s27: a service handed over and a decision taken for people', () => {
  flags([
    ['The practice, together with its staff, will be transferred to the health board next month.', 'The practice'],
    ['The village pharmacy is being taken over by a larger chain.', 'The village pharmacy is being taken over by'],
    ['We have decided, in the best interests of keeping patients safe, that the clinic would shut for a month.', 'We have decided, in the best interests'],
    ['In the best interests of residents, the council has decided to close the pool for the winter.', 'In the best interests'],
  ]);
  leaves([
    'The practice would be transferred to the health board if the plan goes ahead.',
    'The clinic will be moved to the ground floor.',
    'We will decide with residents what is in their best interests.',
    'It is in your best interests to book early.',
  ]);
});
