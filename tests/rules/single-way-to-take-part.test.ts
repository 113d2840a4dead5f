import { describe, expect, it } from 'vitest';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { check } from './structure-helpers';

const rule = singleWayToTakePart;
const intro = 'Have your say on library opening hours\n\nWe are consulting on new opening hours. The consultation closes on 9 January 2027.\n\nHow to respond\n\n';

describe('single-way-to-take-part', () => {
  it('flags an online survey as the only route, anchored at "How to respond"', () => {
    const r = check(rule, `${intro}Please complete the online survey at www.leeds.gov.uk/libraries.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/only respond in one way: an online survey/);
    expect(r.findings[0]!.message).toMatch(/a paper form, phone, events/);
    expect(r.anchorText(r.findings[0]!)).toBe('How to respond');
  });

  it('flags other single routes and no route at all', () => {
    expect(check(rule, `${intro}- Email your comments to libraries@leeds.gov.uk`).findings[0]!.message).toMatch(/one way: e-mail/);
    expect(check(rule, `${intro}Come to our public meeting at the Town Hall.`).findings[0]!.message).toMatch(/one way: events/);
    expect(check(rule, 'We are consulting on new opening hours. Tell us what you think.').findings[0]!.message).toMatch(/does not say how people can respond/);
  });

  it('counts a web link next to the survey as online', () => {
    const r = check(rule, `${intro}Survey: https://example.citizenspace.com/libraries\nPaper copies are at every library.`);
    expect(r.findings).toEqual([]);
  });

  const GOOD = [
    'Fill in the survey online or ask for a paper copy at any library.',
    '- Online: www.leeds.gov.uk/libraries\n- By post: Freepost LIBRARIES\n- By phone: 0113 496 0000',
    'Complete the questionnaire online, or come to one of our drop-in sessions.',
    'Route\tDetails\nEmail\tSend your views by email to libraries@leeds.gov.uk\nWrite to us\tFreepost RTXX-1234',
    'You can text us on 60006 or send a BSL video.',
    'Call us on 0113 496 0000 or come and talk to us in person at the library.',
  ];
  for (const text of GOOD) {
    it(`accepts: ${text.split('\n')[0]}`, () => {
      expect(check(rule, intro + text).findings).toEqual([]);
    });
  }

  it('does not count a letter people will be sent, or a contact e-mail, as a way to respond', () => {
    const r = check(rule, `${intro}Complete our online survey. Patients will be told their new clinic by letter.\n\nEmail: clinic@example.nhs.uk`);
    expect(r.findings).toHaveLength(1);
  });

  it('accepts paper, phone and meetings written in other ways', () => {
    const text = `${intro}- complete the questionnaire online or on paper\n- talk to us on 01632 960 901\n- come to a meeting for residents at the home`;
    expect(check(rule, text).findings).toEqual([]);
  });

  it('does not count "in the event of"', () => {
    expect(check(rule, `${intro}Complete the online survey. In the event of problems, tell the library staff.`).findings).toHaveLength(1);
  });

  it('runs only on consultations', () => {
    expect(check(rule, 'You are invited to our patient panel.\n\nVenue: Town Hall\nTime: 2pm').findings).toEqual([]);
  });

  it('counts a comments form or reply slip as a paper route, and a place to fill it in', () => {
    expect(check(rule, `${intro}Please fill in a comments form at either reception desk, or email practice@example.nhs.uk.`).findings).toEqual([]);
    expect(check(rule, `${intro}Pick up a feedback form at the library, or call us on 0113 496 0000.`).findings).toEqual([]);
  });

  it('counts paper and post as one way', () => {
    const r = check(rule, `${intro}Please complete the reply slip below and return it to the estate office by 29 March.`);
    expect(r.findings).toHaveLength(1);
    expect(check(rule, `${intro}Fill in a paper copy and send it to Freepost LIBRARIES.`).findings).toHaveLength(1);
  });

  it('does not count routes in sentences about the past', () => {
    const text = `${intro}This draft is based on the feedback we received at a drop-in event held in January.\n\nPlease send your comments to send.strategy@example.gov.uk.`;
    const r = check(rule, text);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/one way: e-mail/);
    expect(check(rule, `${intro}Last year we held drop-in events. This year you can come to a drop-in event or fill in the survey online.`).findings).toEqual([]);
  });

  it('still counts a route described with "was" or "has been" in the present', () => {
    expect(check(rule, `${intro}A paper copy has been sent to every household. You can also fill in the survey online.`).findings).toEqual([]);
  });

  it('does not count an address given for questions about the survey as a second way to respond', () => {
    const online = `${intro}Fill in the survey online at www.example.gov.uk/libraries.`;
    expect(check(rule, `${online}\n\nIf you have any questions about the survey, e-mail libraries@example.gov.uk.`).findings).toHaveLength(1);
    expect(check(rule, `${online}\n\nNeed help with the questionnaire? Contact help@example.gov.uk.`).findings).toHaveLength(1);
    expect(check(rule, `${online}\n\nYou can also send your comments to libraries@example.gov.uk.`).findings).toEqual([]);
  });

  it('does not count the sender of an e-mail as a way to respond', () => {
    const mail = 'From: Parks Team <parks@example.gov.uk> Sent: 3 March 2027 10:15 Subject: Parks survey\n\nDear resident,\n\nWe are consulting on park opening times. Please take our survey at www.example.gov.uk/parks by 30 May 2027.';
    expect(check(rule, mail, ['consultation']).findings).toHaveLength(1);
  });
});
