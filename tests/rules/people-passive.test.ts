import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';
import { lemmasOf } from '../../rules/lib/people-passive';
import { runPatternExamples } from './rule-tester';

const linter = new Linter([doingTo]);
const check = (text: string) => linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

/** Whole sentences for the structure in rules/patterns/people-passive.yaml: doing-to flags each match, and no noMatch. */
const EXAMPLES = {
  match: [
    'Patients will be assessed by the new triage team before any appointment is booked.',
    'You will be kept informed by letter.',
    'Residents in the affected streets will be issued a new permit.',
    'Tenants are advised to attend the estate meeting on 4 March.',
    'We are writing to inform you that the branch surgery will close.',
    'We are writing to everyone on our list to inform you of a change.',
    'From April you will be moved back to weekly collections.',
    'Relatives will only be able to see residents by appointment.',
    'We may need to consider moving residents to other homes when their care changes.',
    'The audience will be led round the exhibition in small groups.',
    'No action is required on your part.',
    'Patients will be contacted and moved to the new list automatically, and you won’t be able to opt out.',
    'Service users will be reviewed and charged under the new policy.',
    // One-way news: nothing is asked of the reader.
    'You do not need to do anything.',
    'Tenants do not need to do anything, as the new landlord takes over on 1 May.',
    // Rules put on the public at a meeting.
    'There will be no chance for residents to speak at the committee.',
    'Anyone who comes to the hearing is deemed to have agreed to being recorded.',
    'Visitors may sit in the gallery to hear the debate but may not take part in it.',
    'Any statements must be about an item on the agenda.',
    // Something of the reader's own changed for them.
    'Your care contribution will be collected by direct debit.',
    'We will cancel your application if the form is not complete.',
    'Speakers can only speak for four minutes each.',
    'The council wants fewer placements of families in hotels, and an end to the placement of families in hotels by 2028.',
    'Visitors will be asked at the door to please obey the chair’s rulings.',
  ],
  noMatch: [
    'Residents will be invited to a workshop in May.',
    'You do not need to do anything special to join the panel.',
    'There will be a chance for residents to speak at the committee.',
    'Statements should be sent to the clerk by noon on Monday.',
    'Your housing application will be considered by the panel.',
    'You can speak to the clerk at any time.',
    'The transfer of records to the new practice is automatic.',
    'Visitors will be asked at the door to sign the book.',
    'Carers will be supported to take part and paid for their time.',
    'You will be contacted by your new practice.',
    'Patients will be seen by a nurse within two weeks.',
    'People who are affected by the changes can ask for a meeting.',
    'Residents are encouraged to share their views before 30 June.',
    'Tenants are being urged to have a say on the new repairs service.',
    'Each year the ideas from local people are published with our response.',
    'If you are admitted to hospital, your carer can stay with you.',
    'Patients were assessed by the old team last year.',
    'Patients will not be moved without their agreement.',
    'Frontline staff will be briefed before the change.',
    'Patient feedback will be collected at every clinic.',
    'All patients are asked to complete a short survey.',
    'To ensure all stakeholders are kept informed, we will send a monthly briefing.',
  ],
};

describe('people as the subject of a passive or obligation (whole-sentence examples)', () => {
  runPatternExamples(doingTo, EXAMPLES);
});

describe('structural doing-to findings', () => {
  it('flags the people and the verb, with a rewording for the same people', () => {
    const [f] = check('Residents will be charged for a second garden waste bin.');
    expect(f!.text).toBe('Residents will be charged');
    expect(f!.message).toMatch(/receiving end/);
    expect(f!.suggestions[0]).toBe('We will explain to residents what will happen and why, and agree with them how it will work for them.');
  });
  it('reads the reader as the people', () => {
    const [f] = check('You will be assessed at the new hub.');
    expect(f!.text).toBe('You will be assessed');
    expect(f!.suggestions[0]).toMatch(/^We will explain to you what will happen and why, and agree with you/);
  });
  it('reads obligations, but not asks to take part', () => {
    expect(check('Tenants are urged to clear their balconies before the work starts.').map((f) => f.text)).toEqual(['Tenants are urged to']);
    expect(check('Tenants are urged to take part in the survey.')).toEqual([]);
  });
  it('does not read a condition or a possibility as a plan', () => {
    expect(check('When patients are admitted, a nurse will explain the ward routine.')).toEqual([]);
    expect(check('Patients can be charged only for missed appointments after two reminders.')).toEqual([]);
  });
  it('keeps “kept informed” but not “kept updated”', () => {
    expect(check('Patients will be kept informed.')).toHaveLength(1);
    expect(check('Patients will be kept updated every month.')).toEqual([]);
  });
  it('turns participles back into lemmas', () => {
    expect(lemmasOf('assessed')).toContain('assess');
    expect(lemmasOf('charged')).toContain('charge');
    expect(lemmasOf('carried')).toContain('carry');
    expect(lemmasOf('referred')).toContain('refer');
    expect(lemmasOf('kept')).toEqual(['keep']);
  });
});

describe('families seen on real published pages (issue 9)', () => {
  const texts = (text: string) => check(text).map((f) => f.text);
  it('reads people told what they must or should do, with the action in the rewording', () => {
    const [f] = check('All members should attend at least four meetings a year.');
    expect(f!.text).toBe('All members should attend');
    expect(f!.suggestions[0]).toMatch(/^We are asking all members to attend at least four meetings a year\./);
    expect(texts('If a tenant moves out, they must hand back the parking permit.')).toEqual(['they must hand']);
    expect(texts('This means you having to fill out a longer form each time.')).toEqual(['you having to fill']);
  });
  it('leaves asks to take part, expectations, the body itself and reassurances alone', () => {
    expect(check('You should get in touch if you have any questions.')).toEqual([]);
    expect(check('You should receive your new card within a week.')).toEqual([]);
    expect(check('Board members must declare any interest.')).toEqual([]);
    expect(check('We must be aware of what this costs.')).toEqual([]);
    expect(check('No tenant will have to move before their home is ready.')).toEqual([]);
    expect(check('Garden centres are open again, and they should be busy this weekend.')).toEqual([]);
  });
  it('reads being told to be aware, after a welcome too', () => {
    expect(texts('Leaseholders should be aware that the scaffold will stay up until June.')).toEqual(['Leaseholders should be aware']);
    expect(check('Visitors are welcome to sit in, but must be aware that they cannot ask questions.')).toHaveLength(1);
  });
  it('reads permission handed down', () => {
    expect(texts('Households on the old scheme will be allowed to swap their bin once.')).toEqual(['Households on the old scheme will be allowed to']);
  });
  it('reads a letter that opens by telling people, not one that asks them', () => {
    expect(check('We are writing to you to let you know that the branch will shut.')).toHaveLength(1);
    expect(check('We are writing to update you on the new phone system.')).toHaveLength(1);
    expect(check('We would also like to inform you that the lifts will be replaced in May.')).toHaveLength(1);
    expect(check('We are writing to you to ask what you think of the new opening hours.')).toEqual([]);
    expect(check('I am writing to you all in response to the rumours about the estate.')).toEqual([]);
  });
  it('reads the organisation instructing people, but not urging them to take part', () => {
    const [f] = check('We would like to again advise tenants on the estate to keep their windows shut.');
    expect(f!.text).toBe('We would like to again advise tenants on the estate to');
    expect(f!.suggestions[0]).toMatch(/^We are asking tenants to keep their windows shut\./);
    expect(check('We urge residents to have their say before the end of June.')).toEqual([]);
  });
  it('reads an organisation that may need to move people', () => {
    expect(texts('We may need to move some residents to the other home.')).toEqual(['We may need to move some residents']);
  });
  it('reads "they" as the people only when people start the sentence and nothing else plural comes between', () => {
    expect(texts('If patients do not choose a practice, they will be assigned to one.')).toEqual(['they will be assigned']);
    expect(check('Patients told us the forms are long and they will be transferred online.')).toEqual([]);
    expect(check('The bins are old, so they will be replaced in May.')).toEqual([]);
  });
});
