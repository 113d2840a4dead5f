import { describe, expect, it } from 'vitest';
import { missingContact } from '../../rules/missing-contact';
import { findContactDetails } from '../../rules/lib/contact-details';
import { check } from './structure-helpers';

const rule = missingContact;
const CONSULTATION = 'Have your say on library opening hours\n\nWe are consulting on new opening hours. The consultation closes on 9 January 2027.\n\nHow to respond\n\nFill in the survey.';

describe('missing-contact', () => {
  it('flags a consultation with no contact, anchored at the end', () => {
    const r = check(rule, CONSULTATION);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/does not say who to contact/);
    expect(r.anchorText(r.findings[0]!)).toBe('Fill in the survey.');
    expect(r.findings[0]!.example).toMatch(/Call 0113 496 0000/);
  });

  it('flags an e-mail address without a phone number, on the address', () => {
    const r = check(rule, `${CONSULTATION}\n\nContact us\n\nQuestions? Email the engagement team at engagement@leeds.gov.uk.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.text).toBe('engagement@leeds.gov.uk');
    expect(r.findings[0]!.message).toMatch(/Add a phone number,/);
    expect(r.findings[0]!.severity).toBe('warning');
  });

  it('asks for a name too when only an anonymous inbox is given', () => {
    const r = check(rule, `${CONSULTATION}\n\n- Send comments to haveyoursay@example.org`);
    expect(r.findings[0]!.message).toMatch(/a phone number and a named contact/);
  });

  it('applies to meeting invitations', () => {
    const invite = 'You are invited to our patient panel meeting.\n\nDate: Tuesday 3 March 2027\nTime: 2pm to 4pm\nVenue: Town Hall\n\nTo book, email panel@example.nhs.uk';
    const r = check(rule, invite);
    expect(r.profiles).toContain('meeting-invitation');
    expect(r.findings.map((f) => f.text)).toEqual(['panel@example.nhs.uk']);
  });

  it('suggests a name when there is only a number', () => {
    const r = check(rule, `${CONSULTATION}\n\nRing 0113 496 0000.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('suggestion');
  });

  const GOOD = [
    'Contact: Priya Shah, 0113 496 0000, priya.shah@example.nhs.uk',
    'If you have questions, call the engagement team on 0800 123 4567.',
    'Contact us\tPatient Advice and Liaison Service (PALS)\nPhone\t01632 960 123',
    'Questions? Speak to Dr Ahmed on 07700 900 123 or email clinic@example.nhs.uk.',
    'Textphone: 18001 0113 496 0000 (engagement team)',
    'Call +44 (0)113 496 0000 and ask for Jo Bloggs.',
  ];
  for (const extra of GOOD) {
    it(`accepts: ${extra}`, () => {
      expect(check(rule, `${CONSULTATION}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('does not read dates or reference numbers as phone numbers', () => {
    expect(findContactDetails('Closing date 29/09/2026').phone).toBeNull();
    expect(findContactDetails('Ref 2026-0099').phone).toBeNull();
    expect(findContactDetails('Call 0113 496 0000').phone).not.toBeNull();
  });

  it('does not run on engagement plans', () => {
    expect(check(rule, 'Engagement plan\n\nObjectives\n\nWe will involve carers.\n\nMilestones\n\nMarch 2027.').findings).toEqual([]);
  });
});

describe('missing-contact: a route without details is not "no contact"', () => {
  it('quotes the route and asks for a number and address', () => {
    const f = check(missingContact, 'We are consulting on the merger. Please send your questions to the practice manager before the evening.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^This says “Please send your questions to the practice manager before the evening”, but not a phone number or e-mail address/);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });
  it('still says there is no contact when there is none', () => {
    expect(check(missingContact, 'We are consulting on the merger. Please fill in the survey.').findings[0]!.message).toMatch(/does not say who to contact/);
  });
});

describe('missing-contact: "please email the trust secretary" with no address', () => {
  it('quotes the route and asks for the address and a phone number', () => {
    const f = check(missingContact, 'Members of the public are welcome to attend the Board. If you would like to ask a question, please email the Trust Secretary three days before the meeting.', ['meeting-invitation']).findings;
    expect(f[0]!.message).toMatch(/^This says “If you would like to ask a question, please email the Trust Secretary three days before the meeting”, but not a phone number or e-mail address/);
  });
});

describe('missing-contact: an invitation to get in touch without details', () => {
  it('quotes "contact us" and asks for a number and an address', () => {
    const f = check(missingContact, 'We are consulting on the merger. If you have questions, please contact us using the online contact form.').findings;
    expect(f[0]!.message).toMatch(/^This says “If you have questions, please contact us using the online contact form”, but not a phone number or e-mail address/);
  });
});

describe('missing-contact: a mailbox set up for questions, address not given', () => {
  it('quotes it rather than saying there is no contact', () => {
    const f = check(missingContact, 'We are consulting on the care homes. An inbox has been set up for questions about the changes.').findings;
    expect(f[0]!.message).toMatch(/^This says “An inbox has been set up/);
  });
});

describe('missing-contact: "by contacting the engagement team", "in writing to"', () => {
  it.each([
    ['For a paper copy, get in touch by contacting the engagement team.', /by contacting the engagement team/],
    ['Questions for the Board must be sent in writing to us a week ahead.', /sent in writing to us a week ahead/],
  ])('quotes “%s”', (sentence, quote) => {
    const f = check(missingContact, `We are consulting on the units. ${sentence}`).findings;
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });
});

describe('missing-contact: an address hidden from spam robots', () => {
  it('reads "[email protected]" as the e-mail address it stands for', () => {
    const r = check(rule, `${CONSULTATION}\n\nTo book a place on the walk, email [email protected] or just come along.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.text).toBe('[email protected]');
    expect(r.findings[0]!.message).toMatch(/e-mail address but no phone number/);
  });
});

describe('missing-contact: "by emailing us" with no address given', () => {
  it('quotes the route rather than saying there is no contact', () => {
    const r = check(rule, `${CONSULTATION}\n\nYou can ask to watch the meeting by emailing us before 4pm the day before.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/^This says “You can ask to watch the meeting by emailing us/);
    expect(r.findings[0]!.message).not.toMatch(/does not say who to contact/);
  });
});

describe('missing-contact: one way to get in touch, with no number or address (real-page families)', () => {
  it.each([
    ['Please send all your questions via email.', /send all your questions via email/],
    ['Any comments can be emailed to the highways team at.', /emailed to the highways team/],
    ['Questions must be submitted in advance to the clerk.', /submitted in advance to the clerk/],
    ['If you have questions, call the surgery.', /call the surgery/],
    ['If you are not sure, ask a member of staff.', /ask a member of staff/],
    ['Post your paper form to Freepost BUS LANES.', /Freepost BUS LANES/],
    ['Our contact details are on the back page.', /contact details are on the back page/],
    ['Text us if you need a paper copy.', /Text us if you need a paper copy/],
  ])('quotes “%s” instead of saying there is no contact', (sentence, quote) => {
    const f = check(rule, `${CONSULTATION}\n\n${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });

  it('quotes a "Contact:" line whose details were left off', () => {
    const f = check(rule, `${CONSULTATION}\n\nContact: Sam Patel`).findings;
    expect(f[0]!.message).toMatch(/^This says “Contact: Sam Patel”/);
  });

  it('still says there is no contact when there is none', () => {
    expect(check(rule, `${CONSULTATION}\n\nWe will send you a letter by post.`).findings[0]!.message).toMatch(/does not say who to contact/);
  });
});

describe('missing-contact: a word about post is not a way to reach someone', () => {
  it('does not quote "voted with freepost cards" as a contact route', () => {
    expect(check(rule, `${CONSULTATION}\n\nLast year tenants voted with freepost cards.`).findings[0]!.message).toMatch(/does not say who to contact/);
  });
});

describe('missing-contact: thin ways to reach someone from set k (s19)', () => {
  it.each([
    ['phoning the practice, no number', 'You can tell us what you think by phoning the surgery after two o’clock.', /phoning the surgery/],
    ['email to confirm, no address', 'Anyone who would like to watch the board should email to confirm a place beforehand.', /email to confirm/],
    ['only a website for more information', 'Keep an eye on the village hall website for more details and how to comment further.', /village hall website/],
  ])('%s is thin, quoted, never "does not say"', (_family, sentence, quote) => {
    const f = check(missingContact, `We are consulting on the merger. ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say who to contact/);
    expect(f[0]!.message).toMatch(quote);
  });

  it('does not read the organisation calling people as a way to reach it', () => {
    expect(check(missingContact, 'We are consulting on the merger. We will call to confirm your appointment.').findings[0]!.message).toMatch(/does not say who to contact/);
  });
});

describe('missing-contact: speaking to a named role, no number (s19)', () => {
  it('is thin, quoted', () => {
    const f = check(missingContact, 'We are consulting on the rent. You can give your views by speaking directly to your housing officer.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say who to contact/);
  });
});

describe('missing-contact: ways to reach someone read on real pages (s26)', () => {
  it('reads contacting local ward members or an MP as a route, quoted, not "no contact"', () => {
    for (const sentence of ['Once it has closed, people may still contact their ward members about the scheme.', 'You can also write to your MP.']) {
      const f = check(missingContact, `We are consulting on the merger. ${sentence}`).findings;
      expect(f, sentence).toHaveLength(1);
      expect(f[0]!.message, sentence).toMatch(/^This says “/);
      expect(f[0]!.message, sentence).not.toMatch(/does not say who to contact/);
    }
  });
  it('reads a contact verb whose address was a lost link (the next line runs on) as a way to reach someone', () => {
    const f = check(missingContact, 'We are consulting on the merger.\nFor details about the meetings see the papers or email\nThe board meets in public every month.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/or email/);
    expect(f[0]!.message).not.toMatch(/does not say who to contact/);
  });
  it('still says there is no contact when no contact verb runs on into a new sentence', () => {
    const f = check(missingContact, 'We are consulting on the merger.\nFor details about the meetings see the papers\nThe board meets in public every month.').findings;
    expect(f[0]!.message).toMatch(/does not say who to contact/);
  });
});
