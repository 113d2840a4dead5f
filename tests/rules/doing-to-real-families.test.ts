/**
 * Families of "doing to" found on real published pages that the rule missed or
 * wrongly flagged (issue 9). Each family is a structure, tested with sentences
 * written for this file, each with a near miss that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const linter = new Linter([doingTo]);
const flagged = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.map((f) => f.text);

const FAMILIES: Record<string, { match: string[]; noMatch: string[] }> = {
  'a letter telling its readers of something settled (round 2)': {
    match: [
      'I am writing to inform all tenants of the roof repairs starting next month.',
      'We are writing to provide you with an important update about your surgery.',
      'You do not need to take any action, as your records will move on their own.',
    ],
    noMatch: [
      'We are writing to ask all tenants what they think of the roof repairs.',
      'You do not need to do anything if you are happy with the new times.',
      'I hope you are assured that the surgery will stay open.',
    ],
  },
  'an order in polite form (round 2, sets i and j)': {
    match: [
      'We would ask that you keep the side gate shut while the builders are here.',
      'We do ask that, while the road is closed, you park on the next street.',
      'We also need you to move your car off the street on Monday.',
      'Please ensure bins are left at the kerb by seven.',
      'Please could you make sure the hedge is cut back before the work starts.',
      'Please make every effort not to block the drive.',
    ],
    noMatch: [
      'We would ask that you tell us what you think of the plans.',
      'We need you to have your say on the new timetable.',
      'Please ensure you get in touch if you need help.',
      'Please make sure you come and say hello.',
    ],
  },
  'a notice handed down: people "reminded that"': {
    match: ['Local residents are being reminded that the bridge closes on Monday.', 'Parents are reminded that the car park is for staff only.'],
    noMatch: ['You will be reminded of the date nearer the time.', 'We reminded residents last year.'],
  },
  'a letter that serves notice': {
    match: ['We are writing to formally give notice that the garages will be demolished.', 'I am writing to give you notice of the new service charges.', 'We are writing to formally inform you that the surgery will close.'],
    noMatch: ['We are writing to give you a chance to comment on the plans.', 'We are writing to ask whether notice boards would help.'],
  },
  'people told what they may not do': {
    match: ['The public are not permitted to speak at the meeting.', 'Residents will not be allowed to park on the verge.', 'You won’t be allowed to bring pets into the building.'],
    noMatch: ['Residents are welcome to park on the verge after six.', 'Dogs are not permitted to enter the play area.'],
  },
  'people as a describing word, not the people moved': {
    match: ['We will be moving patients to the new ward in June.'],
    noMatch: ['There is talk of moving all other patient services to the new hospital.', 'We are transferring resident records to a new system.'],
  },
  'an order to people described first': {
    match: ['People who want to speak must send their question in writing.', 'Residents living on the estate will have to move out by May.', 'Anyone who wants to speak must send a question first.'],
    noMatch: ['People who want to speak can send their question in writing.', 'Residents living on the estate must contact the office.', 'Residents who wish to keep the service must register online.'],
  },
  'people named by a pronoun and described: "not everyone", "anyone", "those"': {
    match: ['Not everyone who fills in the form will be selected.', 'Those affected will be moved to the new ward.', 'Patients wishing to join the group will be assessed by the doctor.'],
    noMatch: ['Not everyone agrees that the clinic will be moved.', 'Those who took part were thanked.', 'Residents said they want to know when the clinic will be moved.'],
  },
  'people already told of something settled': {
    match: ['Parents have been told the nursery will close in July.', 'All patients have now been written to about the move.'],
    noMatch: ['Patients have been told the outcome of the review.', 'The plan has been written up for the board.'],
  },
  'told not to do something': {
    match: ['People are being asked not to attend the unit unless it is urgent.', 'Visitors are requested not to park on the grass.'],
    noMatch: ['People were asked not to attend last winter.', 'Residents are asked to share their views on the plan.'],
  },
  'an order in the short or adverbed future': {
    match: ['You’ll have to take bulky waste to the tip yourself.', "You'll need to pay a yearly charge for the brown bin.", 'Patients will now need to go to the main site.'],
    noMatch: ['Some people need to stay in hospital for longer.', 'You’ll be able to take bulky waste to the tip.'],
  },
  'a letter whose stated purpose is to tell people (set k)': {
    match: [
      'The purpose of this letter is to make residents aware of plans for new parking rules.',
      'This notice is to inform you that the footpath will close in June.',
      'We wanted to write to you to tell you some news about the surgery.',
      'If you are happy to move, there is no need for you to take any further action.',
    ],
    noMatch: ['The purpose of this letter is to ask for your views on parking.', 'We wanted to write to you to thank you for your help.', 'We wanted to tell you about the new bins.'],
  },
  'a prohibition that names the people after it (set k)': {
    match: ['Speaking at the meeting is not permitted by those watching.', 'Questions are not allowed from members of the public.'],
    noMatch: ['Smoking is not permitted in the building.', 'Parking is not allowed for more than two hours.'],
  },
  'a passive that may happen, and members of a patient group (sets i and j)': {
    match: [
      'You may then be held in a queue until a nurse is free.',
      'After two years, members will have to be voted in again at the annual meeting.',
      'We see first those patients that are judged most at risk.',
      'Forum representatives are expected to come to every meeting.',
    ],
    noMatch: [
      'Patients can be seen at either surgery.',
      'Board members will have to be re-elected every three years.',
      'We welcome questions from members of the public that are related to the agenda.',
      'The plan includes freezing staff pay, while ten posts are expected to go.',
      'The public should telephone the office to book a seat.',
      'We can direct you to the right service.',
    ],
  },
  'people after "that", set off by commas, or told to have done something first (set j)': {
    match: [
      'We have agreed that patients will be assessed at the new site.',
      'The contract says that patients, judged by the practice as urgent, must be dealt with the same day.',
      'Patients, who use the old clinic, will be assessed by the new team.',
      'To take part you will also need to have signed the code of conduct first.',
    ],
    noMatch: [
      'You should have received a letter with your new rent.',
      'Every resident, business and community organisation should be aware of the plan.',
      'We know that the clinic patients use will be moved.',
    ],
  },
};

describe('doing-to: families from real pages', () => {
  for (const [family, { match, noMatch }] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const text of match) it(`flags: ${text}`, () => expect(flagged(text)).not.toEqual([]));
      for (const text of noMatch) it(`leaves alone: ${text}`, () => expect(flagged(text)).toEqual([]));
    });
  }
  it('names the data pattern that made a finding', () => {
    const f = linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'We are writing to formally give notice that the garages will close.' }], meta: {} }, { profiles: ['general'] }).findings;
    expect(f.map((x) => x.patternId)).toEqual(['people-passive/receiving-end/writing-to-give-notice']);
  });
});
