/**
 * How the kind of document weighs its evidence (issue 9, session 22): a cue told in
 * the past, a page that tells of involvement in the past, a title that only names
 * events, and a list of dated sessions. Texts in our own words; each reading has a
 * near miss that must keep its kind.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('a way to respond told in the past reports an ask that is over', () => {
  it('an account of drop-in events where people gave comments on forms is a report', () => {
    const text =
      'Village plan events in 2024\n\nWhat happened at the drop-in events.\n\nOver 300 people came to six drop-in events in May and June. People gave their comments on feedback forms and on a large map of the village. The plan group looked at the main points in September and asked the clerk to write a first draft.';
    expect(kinds(text)).toEqual(['report']);
  });

  it('not a page that asks for comments on a form by a date', () => {
    const text =
      'Village plan survey\n\nPlease give your comments on the feedback form by 30 June 2027. Over 300 people have already come to our drop-in events and we want to hear from everyone.';
    expect(kinds(text)).toEqual(['consultation']);
  });
});

describe('a page about involvement that tells of it in the past is a report, not a plan', () => {
  it('"we asked, you said" about a survey of panel members', () => {
    const text =
      'Survey on our involvement guide\n\nWe asked\n\nWe wanted to know how well our guide on involvement and participation works for members of panels, forums and groups. The survey was open for six weeks last spring.\n\nYou said\n\nOf the 96 members who took part, 60% said they had been involved in a panel or group in the last year. Most participants said that involvement groups online worked well. Members of panels and forums said they wanted more notice of meetings.';
    expect(kinds(text)).toEqual(['report']);
  });

  it('not the page of a standing panel told in the present', () => {
    const text =
      'Our patient panel\n\nThe panel is a group of patients who help the practice. Members meet every other month and the panel has twelve members. Members of the panel help choose topics for surveys and talk about how involvement and feedback from patients is used by the practice.';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });
});

describe('a title that only names events does not invite when the page tells of them in the past', () => {
  it('a committee item reporting on listening sessions that were held', () => {
    const text =
      'Agenda item\n\nItem 4: the listening exercise\n\nThe planning manager told members that this was the report on the listening sessions held with residents in June. The sessions were run by an outside team. Members heard that the sessions were well attended and that residents raised worries about response times. The manager explained that the findings were used to shape the first draft.';
    expect(kinds(text)).toEqual(['report']);
  });

  it('not a page that names its sessions and asks people to come', () => {
    const text =
      'Listening sessions in June\n\nWe are holding three listening sessions for residents in June. Come along to tell us what matters to you. The sessions are at the library.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });
});

describe('a list of dated, timed lines is a schedule of sessions', () => {
  it('a patient group page whose title links a yearly report, then lists its meetings', () => {
    const text =
      'Hill Street Surgery Patient Group\n\nChair’s annual report\n\nMonday 8th March 2pm – 3.30pm\n\nMonday 7th June 2pm – 3.30pm\n\nMonday 6th September 2pm – 3.30pm\n\nThe patient group is made up of patients who want to help the surgery. Members give their views on how the practice runs and can suggest topics for the agenda. To join, fill in the form at reception.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it('not a list of opening hours on the same page', () => {
    const text =
      'Hill Street Surgery Patient Group\n\nChair’s annual report\n\nThe patient group is made up of patients who want to help the surgery. Members give their views on how the practice runs and can suggest topics for the agenda. To join, fill in the form at reception.\n\nOpening times: Monday 8th March 8am to 6.30pm\n\nClosed: Monday 5th April 9am onwards';
    expect(kinds(text)).toEqual(['general']);
  });

  it('not dates and times on a page that names no meeting or event', () => {
    const text =
      'Garden waste collections\n\nThe crews start early on these days.\n\nMonday 8th March from 7am\n\nMonday 22nd March from 7am\n\nPut your bin out the night before. Bins left out after 7am may be missed.';
    expect(kinds(text)).toEqual(['general']);
  });
});

describe('when two kinds tie and none reaches the threshold, the title and then the tense decide', () => {
  it('a page titled by its board meetings, mostly about members of the public, is an invitation', () => {
    const text =
      'Board meetings\n\nMeetings of the partnership board\n\nThe partnership board will be holding its meetings in public from next spring, so members of the public can watch how decisions are made. It is not a forum for the public to take part or raise new items.\n\nHow can I watch?\n\nYou can watch the meeting online through a link. Papers and the agenda go on this page a week before. Members of the public who want to ask a question about an item should email it two days before. Members of the board will answer questions from the public at the start.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it('not a board page about its lay members with no title naming meetings', () => {
    const text =
      'The partnership board\n\nWho we are\n\nThe partnership board brings together members of the public, members of local groups and members from the council and the NHS. Members of the public can join as lay members and take part in the work of the board. Lay members are involved in setting the agenda. Lay members and public members take part in every decision.';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('a news story about a listening event, told in the past, that mentions feedback forms is a report', () => {
    const text =
      'Parents speak up about care for new mums\n\nAround 40 parents shared their stories at a listening event held by the hospital trust in March.\n\nPeople talked with midwives at small tables and wrote their thoughts on paper tablecloths. The feedback, which is now being looked at by the team, was gathered from feedback forms and from a large wall chart drawn during the day. Parents said they wanted more time with midwives. Most parents said the event was useful.\n\nThemes raised on the day included:\n\n• clear information before birth\n• time to talk after birth\n• help with feeding';
    expect(kinds(text)).toEqual(['report']);
  });

  it('not a page asking parents for comment cards now', () => {
    const text =
      'Parents: tell us about care for new mums\n\nThe hospital trust wants to hear from parents about care before and after birth.\n\nYou can fill in a comment card at any of our clinics or write your thoughts on the wall chart in the waiting room. The feedback will be looked at by the team in the spring.';
    expect(kinds(text)).toEqual(['consultation']);
  });
});

describe('a plan named in passing in an opening paragraph is not the page’s title', () => {
  it('a news-style survey page that opens with a paragraph naming the charter it will shape is a consultation', () => {
    const text =
      'How should the council work with tenants when it plans repairs? Tenants are being asked for their views in a short survey that will shape the council’s new tenant involvement charter, which will set out how tenants can have a say.\n\nThe survey asks how tenants like to hear from the council and which decisions they want a say in. It takes ten minutes and is open until 30 June 2027.';
    expect(kinds(text)).toEqual(['consultation']);
  });

  it('title lines run together in plain text are still title lines: a strategy that says how it was written', () => {
    const text =
      'Working Together\nOur co-production strategy for children\'s services 2027 to 2030\nRiverside Council and the Riverside Parents Board\n\nWhat co-production means\nParents, young people and council staff work as equal partners and decide together from the start.\n\nHow we wrote this strategy\nBetween March and July 2026, 48 parents and young people took part in nine workshops. The Parents Board agreed every part of this strategy.';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('not a page titled by its charter', () => {
    const text =
      'Our tenant involvement charter\n\nThis charter sets out how the council will involve tenants in decisions about their homes. We will meet tenants four times a year and publish what changed after each meeting.';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });
});

describe('a report cue in an opening paragraph is background, not the page’s purpose', () => {
  it('a consultation that opens with the replies to an earlier survey, then gives a dated exhibition', () => {
    const text =
      'Last autumn the council asked people in the Mill Lane area about parking. The council sent 400 letters and received 150 replies, and more than half of the replies asked for a permit scheme.\n\nWe now propose a permit scheme for Mill Lane and the roads next to it. Please tell us what you think by filling in the questionnaire by 20 March 2027.\n\nWe are also holding an exhibition at the Mill Lane community hall on Tuesday 3 March between 4pm and 7pm, where residents can drop in and talk to officers about the plan.';
    expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('not a page titled as survey results', () => {
    const text =
      'Parking survey results\n\n150 residents responded to our survey about parking in the Mill Lane area. Most of them said they wanted a permit scheme in their street.\n\nThe council will look at the results at its meeting on Tuesday 3 March at 7pm.';
    expect(kinds(text)).toEqual(['report']);
  });
});
