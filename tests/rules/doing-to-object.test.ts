/**
 * doing-to with people as the OBJECT (rules/lib/people-object.ts, rules/patterns/people-object.yaml): the organisation
 * or an instruction does something to people, and orders stated as a noun for what people do. Sentences in our own
 * words.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const findings = (text: string) =>
  new Linter([doingTo]).lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

const ORG = 'people-object/structure/org-does-to-people';
const INSTRUCTION = 'people-object/structure/instruction-to-handle-people';
const ACT = 'people-object/required-act/act-is-mandatory';
const FOR_PEOPLE = 'people-object/required-act/mandatory-for-people';

describe('doing-to: people as the object of the organisation’s doing', () => {
  it.each([
    ['We will keep all patients informed about the building work.', ORG, 'We will keep all patients informed'],
    ['We increasingly direct patients elsewhere when the clinic is full.', ORG, 'We increasingly direct patients'],
    ['The team will assess you in your own home.', ORG, 'The team will assess you'],
    ['Our reception team will direct you to another clinic.', ORG, 'Our reception team will direct you'],
    ['Riverside Surgery will allocate patients to a named doctor.', ORG, 'Riverside Surgery will allocate patients'],
    ['We will charge residents for a second garden bin.', ORG, 'We will charge residents'],
    ['I will keep you informed as the work goes on.', ORG, 'I will keep you informed'],
    ['The two surgeries will keep all patients informed of progress.', ORG, 'The two surgeries will keep all patients informed'],
    ['Keep patients informed of any changes to the rota.', INSTRUCTION, 'Keep patients informed'],
    ['• Move residents to the new block before the lifts are replaced.', INSTRUCTION, 'Move residents'],
  ])('flags “%s”', (text, id, quoted) => {
    const found = findings(text);
    expect(found.map((f) => f.patternId)).toEqual([id]);
    expect(found[0]!.text).toBe(quoted);
  });

  it('says what people can do, and offers a kind rewording with them', () => {
    const [f] = findings('The team will assess you in your own home.');
    expect(f!.message).toMatch(/receiving end/);
    expect(f!.message).toMatch(/plan it with them/);
    expect(f!.suggestions[0]).toBe('We will talk with you first, and agree with you what will happen and how it will work for you.');
  });

  it.each([
    // Taking part, help, care, contact and making life better.
    'We will invite residents to the planning day.',
    'We support carers in every part of the county.',
    'The nurse will see you at the branch surgery.',
    'We will contact you when the results are in.',
    'Improve communities and neighbourhoods.',
    // Ability, what already happens, the past, and "not".
    'We can direct you to the right care.',
    'We will continue to see patients at the branch.',
    'Last year we moved residents to the new flats.',
    'We will not move residents without their agreement.',
    'If we need to charge residents, we will write to them first.',
    // The people describe something, are given something, or start a clause of their own.
    'We will review patient records every year.',
    'We will send you a letter next week.',
    'We know residents are worried about the noise.',
    'We will keep you updated every month.',
    // Not an instruction: a headline, a title, an acronym, a label.
    'Stroke patients asked to share their views.',
    'Cabinet member for housing',
    'TRA members',
    'Total respondents: 200',
    '2.3 Service users who receive benefits may pay less.',
    // Staff, a question, and the organisation after a preposition.
    'We will assess staff in the new office.',
    'How should we support patients at home?',
    'The plans of the council will affect residents.',
    'Both practices are members of the local network.',
  ])('leaves “%s” alone', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('doing-to: orders stated as a noun for what people do', () => {
  it.each([
    ['Attendance at the monthly meetings is mandatory.', ACT, 'Attendance at the monthly meetings is mandatory'],
    ['Membership of the forum is compulsory for all tenants.', ACT, 'Membership of the forum is compulsory'],
    ['It is mandatory for all members to attend the training.', FOR_PEOPLE, 'It is mandatory for all members to attend'],
  ])('flags “%s”', (text, id, quoted) => {
    const found = findings(text);
    expect(found.map((f) => f.patternId)).toEqual([id]);
    expect(found[0]!.text).toBe(quoted);
  });

  it('names what is asked and who helps when it is hard', () => {
    const [f] = findings('Attendance at the monthly meetings is mandatory.');
    expect(f!.message).toMatch(/order rather than an invitation/);
    expect(f!.suggestions[0]).toBe('Attendance at the monthly meetings matters to us. If this is hard for you, tell us and we will help or find another way.');
  });

  it.each([
    'Attendance is free and open to all.',
    'Attendance at the meetings is voluntary.',
    'Registration is required to help us plan the day.',
    'Booking is essential as places are limited.',
    'It is not compulsory for members to attend.',
    'It is important for residents to have their say.',
  ])('leaves “%s” alone', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('doing-to clauses: the subject head and the words between modal and verb', () => {
  it.each([
    ['Each household will soon be charged for garden waste.', 'Each household will soon be charged'],
    ['Any household that keeps two bins will be charged for the second one.', 'Any household that keeps two bins will be charged'],
    ['Tenants will later be moved to the new block.', 'Tenants will later be moved'],
    ['Anyone who replies will then automatically be added to the list.', 'Anyone who replies will then automatically be added'],
  ])('flags “%s”', (text, quoted) => {
    const found = findings(text);
    expect(found.map((f) => f.patternId)).toEqual(['doing-to/clause-passive']);
    expect(found[0]!.text).toBe(quoted);
  });

  it.each([
    'Patients will soon be seen by the nurse.',
    'Each member of staff will soon be trained in the new system.',
    'Each family will soon be invited to the open day.',
  ])('leaves “%s” alone', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
