/**
 * Session 25 additions to doing-to, each a structure rather than a wording: people as the subject of a past or
 * perfect passive, something of people's own changed for them (an appointment, a registration, a care package), orders
 * stated as a need or as a bare "ensure your …", what people will no longer be able to do, an organisation saying it
 * need not consult them, a prohibition wrapped in thanks, and a new way of serving people announced as settled. The
 * sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const linter = new Linter([doingTo]);
const flagged = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.map((f) => text.slice(f.start!, f.end!));

describe('doing-to, session 25 structure', () => {
  it.each([
    // Past and perfect passives with people as the subject.
    ['We will write to your doctor to say you have been removed from the clinic list.', 'you have been removed'],
    ['Tenants in the east block were moved to flats across town in the spring.', 'Tenants in the east block were moved'],
    ['Families have been left waiting for a decision since June.', 'Families have been left'],
    // Something of people's own changed for them.
    ['From next week all routine appointments will be done by video call unless a nurse says otherwise.', 'all routine appointments will be done'],
    ['Appointments must be attended, or cancelled a day ahead.', 'Appointments must be attended'],
    ['Your registration will transfer to the merged practice on 1 May.', 'Your registration will transfer'],
    ['Their care packages have been reduced to two visits a day.', 'Their care packages have been reduced'],
    ['Some planned operations may be postponed this winter.', 'Some planned operations may be postponed'],
    // The organisation changing something of people's own, in the active voice.
    ['Under the lease we may alter the terms of your tenancy at any time.', 'we may alter'],
    ['Since March we have been switching many routine appointments to video calls.', 'we have been switching many routine appointments'],
    // A sanction stated as what a lapse leads to.
    ['Two missed visits in a year may lead to removal from the practice list.', 'may lead to removal from'],
    // Orders stated as a need, or as a bare "ensure your …".
    ['The scan is booked for you, so it is vital that you arrive on time.', 'it is vital that you arrive'],
    ['Ensure your recycling box is at the kerb by six on the day.', 'Ensure your recycling box is at'],
    // An order after a condition that has its own subject and verb, with no comma between.
    ['If you rent a garage you must return the key by Friday.', 'you must return'],
    // A duty handed to people as their responsibility.
    ['Tenants are responsible for clearing their own gutters.', 'Tenants are responsible for clearing'],
    ['It is up to you to move the car before the works start.', 'It is up to you to move'],
    ['If you are on benefits, your claim will be adjusted by the office.', 'your claim will be adjusted'],
    // What people will no longer be able to do.
    ['From April residents will no longer be able to park on the green.', 'residents will no longer be able to park'],
    // The organisation saying it need not consult people.
    ['The trust is not required to consult patients about the new opening hours.', 'is not required to consult patients'],
    // A prohibition wrapped in thanks.
    ['We would be grateful if visitors do not bring food onto the ward.', 'We would be grateful if visitors do not bring'],
    // A new way of serving people announced as settled.
    ['From 1 June we are switching to a new online booking system.', 'we are switching to a new online booking system'],
    // Making sure people are aware: information pushed one way.
    ['We will make sure all tenants are aware of the new door rules.', 'all tenants are aware'],
  ])('flags “%s”', (text, part) => {
    expect(flagged(text).some((f) => f.includes(part) || part.includes(f))).toBe(true);
  });

  it.each([
    // Taking part, care, states of mind and reporting back, in the past.
    'Residents were asked for their views at three drop-in sessions.',
    'Patients were seen by the nurse within the hour.',
    // A simple past with a past time is history.
    'Tenants were moved to new flats in 2019.',
    'Residents were rehoused three years ago while the tower was repaired.',
    'Tenants were frustrated by the long delay.',
    'Members were told the outcome at the June meeting.',
    'People were invited to join the panel.',
    // A condition, not a plan.
    'If you were discharged last week, please ring the ward.',
    // Things looked after, not changed; what people may do; reassurance; things that go with their owner.
    'Your records will be kept safe and only shared with your consent.',
    'Your appointment will be confirmed by text the day before.',
    'Appointments can be booked online at any time.',
    'Your appointment will not be cancelled.',
    'Appointments must be kept safe in the new diary.',
    'Your records are held securely by the practice.',
    'Your medical records will move with you.',
    'The practice will be closed on bank holidays.',
    'New homes will be built to a higher standard.',
    // An offer to change something at people's request, and a date that is not theirs.
    'We can move your appointment to a later day if that suits you better.',
    'We will change the date of the panel meeting.',
    'The new booking line may lead to shorter waits.',
    // How things work, described; a choice; a condition whose order is an ask to get in touch.
    'Appointments are released at eight each morning.',
    'It is up to you whether you come along.',
    'You are responsible for your own belongings.',
    'If you need to talk you should call us.',
    // A proposal is still open.
    'The day centre would close for a year while it is rebuilt.',
    'We are proposing to move to a new booking system and would like your views.',
    // An ask to take part, and a friendly "make sure".
    'It is important that you tell us what you think.',
    'Please make sure you come along and say hello.',
    // A condition or a question about being able to come.
    'If you will not be able to come, please let us know.',
    // The organisation promising to consult.
    'We will always consult you before we change your tenancy.',
    // Thanks for taking part, and the friendly "do not hesitate".
    'We would be grateful if you could tell us what you think.',
    'We would be grateful if you do not hesitate to call us.',
  ])('leaves alone “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
