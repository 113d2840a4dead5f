import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';
import { runRuleCases } from './rule-tester';

const linter = new Linter([doingTo]);
const check = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

// [sentence, the exact words flagged]
const BAD: Array<[string, string]> = [
  ['Residents will be informed of the changes by letter in March.', 'Residents will be informed'],
  ['All patients will be transferred to the new unit at Northgate Hospital.', 'All patients will be transferred'],
  ['We will educate the public about using NHS 111 before going to A&E.', 'We will educate the public'],
  ['Carers are required to attend an assessment at the civic centre.', 'Carers are required to'],
  ['Following the review, we will decide what the new service will look like.', 'we will decide'],
  ['Patients must bring a list of their medicines to every appointment.', 'Patients must bring'],
  ['The team will make sure that parents attend the information evening.', 'make sure that parents attend'],
  ['These proposals are to be consulted upon over the summer.', 'are to be consulted upon'],
  ['Tenants are to be asked for their views on the estate plans.', 'Tenants are to be asked for their views'],
  ['The trust will roll out the new booking system to all outpatients in May.', 'The trust will roll out the new booking system to all outpatients'],
  ['Local residents living near the depot will be notified of the new collection days.', 'Local residents living near the depot will be notified'],
  ['Staff will be redeployed to other wards while the unit is refurbished.', 'Staff will be redeployed'],
  ['You will be expected to attend in person with photo ID.', 'You will be expected to'],
  ['Patients will be offered an appointment at another surgery.', 'Patients will be offered'],
  ['Service users will be consulted on the new charging policy.', 'Service users will be consulted'],
  ['We will inform families that the home will close.', 'We will inform families'],
  ['Tenants will be contacted by the housing team and will be told their new rent.', 'will be told'],
  ['Passengers will be notified of the new timetable.', 'Passengers will be notified'],
  // words between the people and the verb, after a paragraph number or bullet
  ['3.2 Families visiting the ward after 8pm will be asked to leave by the night staff.', 'Families visiting the ward after 8pm will be asked to leave'],
  ['• Tenants on the upper floors will be rehoused while the lifts are replaced.', 'Tenants on the upper floors will be rehoused'],
  // educating people, in any form of the verb
  ['To educate residents about recycling, we will run a poster campaign.', 'educate residents'],
  ['Our volunteers will be educating parents about safe sleep.', 'educating parents'],
  ['Educating the public about self-care is a priority for 2027.', 'Educating the public'],
  // moves and switches done to people
  ['All customers will be migrated to the new billing system in June.', 'All customers will be migrated'],
  ['Existing users will be switched over to the new app automatically.', 'Existing users will be switched over'],
  // people's own things decided for them
  ['Your care package will be reduced from April.', 'Your care package will be reduced'],
  ['Their new key worker will be assigned by the team.', 'Their new key worker will be assigned'],
  // people handled by a system: the verb class is read from the lemma, in any inflection
  ['After surgery, patients will be transported by minibus to the community hospital.', 'patients will be transported'],
  ['Everyone on the waiting list will be re-registered with the new provider.', 'Everyone on the waiting list will be re-registered'],
  ['New patients will be onboarded onto the app in their first week.', 'New patients will be onboarded'],
  ['Tenants will be supplied with a new key fob and a parking permit.', 'Tenants will be supplied'],
  ['Pupils will be sent home at midday on training days.', 'Pupils will be sent'],
  ['Older residents will be placed in the nearest home with a vacancy.', 'Older residents will be placed'],
  // a second passive shares the people of the first
  ['Clients on the old scheme will be contacted by a social worker, and will be told their new charge later.', 'will be told'],
  // a change done to people, in the passive
  ['The new charging policy will be agreed in May and rolled out to all tenants in June.', 'rolled out to all tenants'],
  // something of theirs chosen without them
  ['Your street has been selected for the new parking scheme.', 'Your street has been selected'],
  // the reader told to be there
  ['Please ensure you attend, as we need enough members to vote.', 'ensure you attend'],
  ['Make sure that everyone turns up on time.', 'Make sure that everyone turns up'],
];

const GOOD = [
  'Make sure you come and say hello at the stall.',
  'Please make sure you bring your appointment letter.',
  'We will tell you what we decided and why.',
  'People will be able to give their views online, by post or by phone.',
  'Patients will be offered a choice of appointment times.',
  'Residents will be informed of the outcome of the consultation in July.',
  'We will decide together with carers what the new service looks like.',
  'Patients must be involved in decisions about their care.',
  'Patients were consulted on the plans in 2023.',
  'Residents said the clinic will be moved to the new site.',
  'We will work with residents to plan the changes, and keep you updated every month.',
  'Carers will be paid for their time and offered support with travel.',
  'We will let you know how your views were used.',
  'The changes will be rolled out in stages.',
  'We will send you the joining link a week before.',
  'Board members must show how they took the responses into account.',
  'Teachers will educate pupils about online safety.',
  'We were educated about the service by the people who use it.',
  'Your appointment will be confirmed by text.',
  'Patients who wish to move will be supported to choose a new practice.',
  // clinical care, descriptions of what can happen, and things given with a choice are not handling
  'Patients will be seen by a nurse within two weeks.',
  'At present, people having a heart attack can be taken to either hospital.',
  'Carers will be taken into account when we plan the service.',
  'Families will be provided with the chance to visit the new unit first.',
  'Patients were transported by the volunteer car scheme last year.',
  'The new app was rolled out to all patients in 2024.',
  'We will tell you how each option would affect your household.',
];

describe('doing-to', () => {
  runRuleCases(doingTo, {
    bad: BAD,
    good: GOOD,
    profiles: ['general'],
    expectFinding: (f) => {
      expect(f.message).toMatch(/done to people|order rather than an invitation|deciding for people|consulting on a plan/);
      expect(f.suggestions[0]).toMatch(/^We /);
      expect(f.barriers).toContain('us-and-them-attitude');
      expect(f.enablers).toEqual(['doing-with-not-doing-to']);
    },
  });

  it('builds the rewording from the sentence', () => {
    const [f] = check('Residents will be informed of the changes by letter.');
    expect(f!.suggestions[0]).toBe('We will talk with residents about the changes, listen to what they say, and tell them what we decide and why.');
    const [g] = check('Patients will be transferred to the new unit in March 2027.');
    expect(g!.suggestions[0]).toBe('We will plan any move to the new unit with patients, and agree with them how it will work.');
  });

  it('flags each doing-to phrase in a paragraph once', () => {
    const text = 'Residents will be told about the closure. Patients will be moved to Ward 4. We will keep everyone updated.';
    expect(check(text).map((f) => f.text)).toEqual(['Residents will be told', 'Patients will be moved']);
  });
});
