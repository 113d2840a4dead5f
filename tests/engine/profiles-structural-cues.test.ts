/**
 * Profile cues read as structures, not wordings (issue 9, s19-gen-profiles):
 * a count of people with a verb of responding, "You said:" / "We did:" line
 * labels, people asked for their views in any tense, and a group's meeting
 * cycle that is not an invitation. Texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('profiles by structure', () => {
  it('"You said:" and "We did:" lines make a report', () => {
    const text = `Learning from your comments\n\nEach season we share some of what changed.\n\nYou said: the waiting room was too cold in winter\n\nWe did: fitted new heaters and draught strips\n\nYou said: the phone line was often busy\n\nWe did: added two more staff at peak times`;
    expect(kinds(text)).toEqual(['report']);
  });

  it('a count of people who raised issues makes a report', () => {
    const text = `A busy year for the advice service\n\nAround 2,600 local people raised concerns about dental care with us last year, and many more asked for advice. Our volunteers visited care homes and clinics across the county.`;
    expect(kinds(text)).toEqual(['report']);
  });

  it('people "are to be asked for their views" with a long gap is a consultation', () => {
    const text = `Hospital changes\n\nFamilies across Northfield, Eastbrook & the river villages are to be asked for their views on two options for the children's ward when a public consultation opens next month.`;
    expect(kinds(text)).toContain('consultation');
  });

  it('a group that meets on a cycle, with no invitation or date, is not a meeting invitation', () => {
    const text = `Patient Participation Group\n\nOur patient group has 12 members who meet on a quarterly basis at the surgery. The group's aims are to give patients a voice in how the practice is run and to support health events.\n\nMembership\n\nMembers serve for two years.`;
    expect(kinds(text)).not.toContain('meeting-invitation');
  });

  it('the same group with an invitation to its next meeting is still one', () => {
    const text = `Patient Participation Group\n\nOur patient group meets on a quarterly basis at the surgery. We invite you to our next meeting on Tuesday 9 March 2027 at 6pm in the community room.`;
    expect(kinds(text)).toContain('meeting-invitation');
  });

  it('a body that would encourage people to respond is asking for views', () => {
    const text = `Rent and service charges\n\nEvery year we look at our costs and set next year's rent.\n\nWe would encourage all tenants to respond.`;
    expect(kinds(text)).toContain('consultation');
  });

  it('how people took part, in the past, does not make a results page a consultation', () => {
    const text = `Budget consultation: what you told us\n\nThe most common way to take part in the consultation was through the online form, with 1,400 responses received. Most people agreed with keeping the libraries open.`;
    expect(kinds(text)).toEqual(['report']);
  });

  it('a survey for suggesting topics for a meeting belongs to the meeting', () => {
    const text = `Annual General Meeting 2027\n\nWe invite you to our annual general meeting on Thursday 16 September 2027 at 2pm in the town hall. Please book a place online.\n\nIf you would like a topic to be covered at the meeting, please complete the survey.`;
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it('a report that only mentions a survey and proposals in passing is not also a consultation', () => {
    const text = `Our year in numbers\n\nLast spring 1,800 of you filled in our residents survey. What you said led to eight proposals on parks and bins, and a public consultation on them followed.\n\nKey findings\n\nMost people want more bins in the town centre.`;
    expect(kinds(text)).toEqual(['report']);
  });
});
