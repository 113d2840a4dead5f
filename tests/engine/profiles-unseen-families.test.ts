/**
 * Kinds of published page that were read as "general" on pages nobody had
 * tuned for (issue 9, real set h), written in our own words. Each family has
 * a near miss that must not change kind.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);
const kinds = (text: string) => linter.lint(parsePlainText(text, { source: 't' }).doc, {}).profiles.map((p) => p.id).sort();

describe('the page of a standing group, or of how an organisation involves people, is a plan', () => {
  it.each([
    [
      'a patient group with its aims and membership',
      'Patient Participation Group\n\nWhat the group is for\n\nThe purpose of the group is to give patients a say in how the surgery runs.\n\nMembership of the group\n\nUp to twelve patients of any age can be members. Meetings take place every other month.',
    ],
    [
      'a group update that sets out what was agreed',
      'PPG update\n\nAfter a long break the group met the practice manager to agree how it will work.\n\n1. The PPG shall collect ideas from patients in the waiting room.\n2. The PPG shall not talk about any one patient’s care.',
    ],
    [
      'a tenants’ panel with its officer roles',
      'Tenants review panel\n\nThe panel looks at one housing service each year.\n\nThe chair is responsible for running each meeting and agreeing the notes.\n\nThe secretary is responsible for sending papers out a week before.',
    ],
    [
      'a page titled by how it involves people, with principles',
      'Involving residents and communities\n\nThere are eight principles that guide how the partnership will work with residents. We will start early, listen widely and say what changed.',
    ],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['engagement-plan']));

  it('not a dated meeting of the group', () => {
    const text = 'Patient group meeting on 3 May 2027\n\nAll patients are welcome to join us at the surgery at 6pm on Tuesday 3 May 2027.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it('not a news line that names a group in passing', () => {
    const text = 'Surgery news\n\nThe flu clinic runs every Saturday in October. Our patient group helped choose the new chairs for the waiting room.';
    expect(kinds(text)).toEqual(['general']);
  });
});
